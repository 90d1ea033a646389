// One place that decides where the end-to-end run's server and database live, read by the
// Playwright config, its fixtures and scripts/e2e-server.mjs alike.
export function e2eSettings() {
  const port = Number(process.env.E2E_PORT || 3100);
  const serverUrl = process.env.TEST_DATABASE_URL || null;
  const databaseName = process.env.E2E_DB_NAME || "summit_e2e";
  const embeddedPort = Number(process.env.E2E_DB_PORT || 54329);
  let databaseUrl;
  if (serverUrl) {
    const u = new URL(serverUrl);
    u.pathname = `/${databaseName}`;
    databaseUrl = u.toString();
  } else {
    databaseUrl = `postgresql://postgres@127.0.0.1:${embeddedPort}/postgres?sslmode=disable`;
  }
  return {
    port,
    baseUrl: `http://localhost:${port}`,
    serverUrl,
    databaseName,
    embeddedPort,
    databaseUrl,
    embedded: !serverUrl,
    /** The demo summit as the server seeded it, as an archive: each spec that changes the programme imports a copy of its own. */
    demoArchive: `/tmp/summit-e2e-${databaseName}-${port}-demo.json`,
    /** The demo summit's slug, the installation's default summit while copies of it exist. */
    demoSlug: "nato-2025-the-hague",
    secret: "e2e-only-secret-not-for-production-0123456789",
  };
}

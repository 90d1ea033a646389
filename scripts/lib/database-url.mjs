// Checks on a DATABASE_URL before anything uses it, so a typo gives one clear line, not a stack.
import pg from "pg";

const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost", "::1", "[::1]"]);

export function describeUrl(url) {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || 5432}/${u.pathname.slice(1) || "postgres"}`;
  } catch {
    return "(unparseable URL)";
  }
}

export function isLocalUrl(url) {
  try {
    return LOCAL_HOSTS.has(new URL(url).hostname);
  } catch {
    return false;
  }
}

/** Resolve when the database answers; otherwise throw an Error with a one-line, actionable message. */
export async function assertReachable(url, label = "DATABASE_URL") {
  let parsed;
  try {
    parsed = new URL(url);
    if (!/^postgres(ql)?:$/.test(parsed.protocol)) throw new Error("not a postgresql:// URL");
  } catch (error) {
    throw new Error(`${label} is not a valid PostgreSQL URL (${error.message}). Expected postgresql://user@host:5432/db`);
  }
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query("select 1");
  } catch (error) {
    const why = error.code ? `${error.code}: ${error.message}` : error.message;
    throw new Error(`Cannot use the database at ${describeUrl(url)} (${why}). Check ${label}, or unset it to use the embedded database.`);
  } finally {
    await client.end().catch(() => {});
  }
}

/** Connect to the server of `serverUrl` and (re)create an empty database named `name`. */
export async function recreateDatabase(serverUrl, name) {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`unsafe database name ${name}`);
  const admin = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 5000 });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const u = new URL(serverUrl);
  u.pathname = `/${name}`;
  return u.toString();
}

export async function dropDatabase(serverUrl, name) {
  const admin = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 5000 });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

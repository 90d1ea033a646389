// A fresh database for the integration run: on the PostgreSQL server named by TEST_DATABASE_URL
// (local hosts only), or, when it is unset, on a fresh in-memory embedded database.
import type { TestProject } from "vitest/node";
import { dropDatabase, isLocalUrl, recreateDatabase } from "../../scripts/lib/database-url.mjs";
import { startEmbeddedDb } from "../../scripts/lib/embedded-db.mjs";
import { migrate } from "../../scripts/lib/migrate.mjs";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    embedded: boolean;
  }
}

export default async function setup(project: TestProject) {
  const serverUrl = process.env.TEST_DATABASE_URL;
  let url: string;
  let teardown: () => Promise<void>;
  if (serverUrl) {
    if (!isLocalUrl(serverUrl)) throw new Error("TEST_DATABASE_URL must point at a local server (127.0.0.1 or localhost).");
    const name = `summit_test_${process.pid}_${Date.now()}`;
    url = await recreateDatabase(serverUrl, name);
    teardown = () => dropDatabase(serverUrl, name);
  } else {
    const embedded = await startEmbeddedDb({ dataDir: null });
    url = embedded.url;
    teardown = embedded.stop;
  }
  await migrate(url);
  project.provide("databaseUrl", url);
  project.provide("embedded", !serverUrl);
  return teardown;
}

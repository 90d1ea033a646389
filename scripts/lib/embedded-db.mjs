// Embedded PostgreSQL for a machine with no server: PGlite (PostgreSQL in WebAssembly) served on
// 127.0.0.1 over the wire protocol, so Prisma's CLI, the app and psql connect with a plain URL.
// PGlite loses acknowledged writes when several clients write at once (pglite issue 1046):
// every client of this server must use a single connection (DATABASE_POOL_MAX=1). Its one backend
// session serves every connection, so lib/db.ts names a client's prepared statements for that
// client alone (sharedSessionNames).
import fs from "node:fs";
import net from "node:net";
import { PGlite } from "@electric-sql/pglite";
import { btree_gist } from "@electric-sql/pglite/contrib/btree_gist";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export class EmbeddedDbError extends Error {}

export function portIsFree(port, host = "127.0.0.1") {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.once("listening", () => probe.close(() => resolve(true)));
    probe.listen(port, host);
  });
}

/** A free port chosen by the OS. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Start the embedded server. `dataDir` null keeps the data in memory (tests).
 * Returns the connection URL and a stop function that flushes and closes the data directory.
 */
export async function startEmbeddedDb({ dataDir = null, port = 0 } = {}) {
  const chosenPort = port || (await freePort());
  if (!(await portIsFree(chosenPort))) {
    throw new EmbeddedDbError(
      `Port ${chosenPort} is already in use. Stop whatever runs there or set EMBEDDED_DB_PORT to another port.`,
    );
  }
  if (dataDir) fs.mkdirSync(dataDir, { recursive: true });
  let db;
  try {
    db = await PGlite.create(dataDir ?? undefined, { extensions: { btree_gist } });
    await db.query("select 1");
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new EmbeddedDbError(
      `The embedded database in ${dataDir} could not be opened (${reason}). ` +
        `It may be corrupt: move it aside or run "npm run demo:reset" to start with fresh demo data.`,
    );
  }
  // Two server slots for single-connection clients: pg reconnects at once after a failed query
  // and the server must accept the new socket while the old one is still closing.
  const server = new PGLiteSocketServer({ db, port: chosenPort, host: "127.0.0.1", maxConnections: 2 });
  await server.start();
  const url = `postgresql://postgres@127.0.0.1:${chosenPort}/postgres?sslmode=disable`;
  return {
    url,
    port: chosenPort,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}

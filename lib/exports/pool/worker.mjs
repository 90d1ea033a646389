// The entry point of the export worker threads (pool.ts hands piscina this file's path). It is
// plain JavaScript on purpose: `next build` bundles the server's own code, so no compiled copy of
// the renderers exists at a path a worker could load. The worker instead compiles the TypeScript
// renderers itself, through tsx's require hook (esbuild, results cached on disk), with the
// repository's tsconfig for the "@/" paths — the same way `npm run db:seed` and the bench run.
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

process.env.TSX_TSCONFIG_PATH ??= fileURLToPath(new URL("../../../tsconfig.json", import.meta.url));
const { register } = await import("tsx/cjs/api");
register();

const require = createRequire(import.meta.url);
/** @type {typeof import("./task").default} */
const renderJob = require("./task.ts").default;

export default renderJob;

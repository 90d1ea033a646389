import fs from "node:fs";
import { defineConfig, env } from "prisma/config";

// Machines that cannot download Prisma's native schema engine (offline CI) run its WebAssembly
// build through a shared tool. Only when the native engine is missing and the tool exists.
const wasmEngine = "../shared/tools/prisma-schema-engine-wasm.mjs";
const hasNativeEngine = ["node_modules/@prisma/engines", "node_modules/prisma"].some(
  (dir) => fs.existsSync(dir) && fs.readdirSync(dir).some((f) => f.startsWith("schema-engine-")),
);
if (!hasNativeEngine && fs.existsSync(wasmEngine)) process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= wasmEngine;

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed.ts" },
  // Commands that need no database (generate) run without DATABASE_URL.
  ...(process.env.DATABASE_URL ? { datasource: { url: env("DATABASE_URL") } } : {}),
});

#!/usr/bin/env node
// `prisma generate` that works with no network. The CLI insists on finding its native schema
// engine before generating (and tries to download it), although generating never runs it. Where
// no native engine was installed and none is named, point it at a stand-in that explains itself.
import fs from "node:fs";
import path from "node:path";
import { run } from "./lib/processes.mjs";

const root = path.resolve(import.meta.dirname, "..");
const hasNativeEngine = ["node_modules/@prisma/engines", "node_modules/prisma"].some((dir) => {
  const full = path.join(root, dir);
  return fs.existsSync(full) && fs.readdirSync(full).some((f) => f.startsWith("schema-engine-"));
});
const env = {};
if (!hasNativeEngine && !process.env.PRISMA_SCHEMA_ENGINE_BINARY) {
  env.PRISMA_SCHEMA_ENGINE_BINARY = path.join(root, "scripts", "no-schema-engine.mjs");
}
try {
  await run(path.join(root, "node_modules", ".bin", "prisma"), ["generate"], { env, cwd: root, inherit: true });
} catch (error) {
  console.error(`✖ ${error.message.split("\n")[0]}`);
  process.exit(1);
}

// The committed migrations are the schema: they apply cleanly, and schema.prisma never drifts
// from them (CI fails the moment someone edits one without the other).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { inject } from "vitest";
import { run } from "../../scripts/lib/processes.mjs";

const root = path.resolve(__dirname, "../..");
const prisma = path.join(root, "node_modules/.bin/prisma");
const env = () => ({ DATABASE_URL: inject("databaseUrl") });

function diff(schemaPath: string) {
  return run(prisma, ["migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema", schemaPath, "--exit-code"], { env: env(), cwd: root });
}

describe("migrations", () => {
  it("are all applied to the fresh database", async () => {
    const out = await run(prisma, ["migrate", "status"], { env: env(), cwd: root });
    expect(out).toContain("Database schema is up to date");
  }, 60_000);

  it("match schema.prisma exactly (drift check)", async () => {
    const out = await diff("prisma/schema.prisma");
    expect(out).toContain("No difference detected");
  }, 60_000);

  it("the drift check notices a schema change that has no migration", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "drift-"));
    const changed = path.join(dir, "schema.prisma");
    const schema = fs.readFileSync(path.join(root, "prisma/schema.prisma"), "utf8");
    fs.writeFileSync(changed, schema.replace("model Agency {\n", "model Agency {\n  driftProbe String?\n"));
    await expect(diff(changed)).rejects.toMatchObject({ exitCode: 2 });
  }, 60_000);
});

// The proxy only checks that a session cookie exists (an optimistic redirect), so every page and
// route handler must find its actor itself. This fails when a new one forgets to.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const APP = path.resolve(import.meta.dirname, "../../app");

/** Public by design, each with the reason. */
const PUBLIC: Record<string, string> = {
  "feeds/[token]/route.ts": "the calendar feed: the secret token in the URL is the credential",
  "api/auth/[...nextauth]/route.ts": "next-auth's own sign-in endpoints",
  "api/health/route.ts": "liveness probe; touches no data",
};

const GUARD = /\b(requireActor|getActor|defineRoute)\(/;

function entries(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name);
    if (d.isDirectory()) return entries(full);
    return d.name === "page.tsx" || d.name === "route.ts" ? [full] : [];
  });
}

/** The file itself, or a module of its own folder it imports (e.g. "./load"), calls a guard. */
function guarded(file: string): boolean {
  const source = fs.readFileSync(file, "utf8");
  if (GUARD.test(source)) return true;
  return [...source.matchAll(/from "\.\/([\w-]+)"/g)].some(([, name]) => {
    const sibling = path.join(path.dirname(file), `${name}.ts`);
    return fs.existsSync(sibling) && GUARD.test(fs.readFileSync(sibling, "utf8"));
  });
}

describe("every page and route handler", () => {
  const files = entries(APP).map((f) => path.relative(APP, f).split(path.sep).join("/"));

  it("finds a good number of them (the scan works)", () => {
    expect(files.length).toBeGreaterThan(20);
    for (const file of Object.keys(PUBLIC)) expect(files).toContain(file);
  });

  it("checks the actor itself, unless public by design", () => {
    const unguarded = files.filter((f) => !(f in PUBLIC) && !guarded(path.join(APP, f)));
    expect(unguarded).toEqual([]);
  });
});

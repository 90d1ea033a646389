// The structure check on small trees of its own: it must see a cycle between two domains that
// runs through different files (type-only imports included), a cycle between files, an import
// against the layers, an arrow against the domains' written order, a file name outside a
// domain's set and a unit test kept away from the one domain it tests, and pass a tree that has none.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { analyse } from "../../scripts/check-structure.mjs";

function tree(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "structure-"));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), text);
  }
  return root;
}

describe("structure check", () => {
  it("passes a tree whose domains point one way", () => {
    const found = analyse(tree({
      "lib/a/queries.ts": `import { x } from "@/lib/b/schema";\nexport const q = x;`,
      "lib/b/schema.ts": `export const x = 1;`,
      "components/c/view.tsx": `import { q } from "@/lib/a/queries";\nexport const v = q;`,
    }), [["b"], ["a"]]);
    expect(found).toMatchObject({ layer: [], cycleEdges: [], againstTheGrain: [], fileCycles: [], names: [] });
  });

  it("finds an arrow against the written order before it closes a cycle, and a domain not placed in it", () => {
    const files = {
      "lib/a/queries.ts": `import { x } from "@/lib/b/schema";\nexport const q = x;`,
      "lib/b/schema.ts": `import { y } from "@/lib/c/schema";\nexport const x = y;`,
      "lib/c/schema.ts": `export const y = 1;`,
    };
    expect(analyse(tree(files), [["c"], ["a"], ["b"]]).againstTheGrain).toEqual(["lib/a -> lib/b"]);
    expect(analyse(tree(files), [["c"], ["b"]]).againstTheGrain).toEqual(["lib/a is not placed in DOMAIN_LAYERS"]);
    expect(analyse(tree(files), [["c"], ["b", "a"]]).againstTheGrain).toEqual(["lib/a -> lib/b"]);
  });

  it("finds a cycle between domains through different files, a type-only import counting", () => {
    const found = analyse(tree({
      "lib/a/queries.ts": `import { x } from "@/lib/b/schema";\nexport const q = x;`,
      "lib/a/types.ts": `export type T = { id: string };`,
      "lib/b/schema.ts": `export const x = 1;`,
      "lib/b/mutations.ts": `import type { T } from "@/lib/a/types";\nexport const m = (t: T) => t;`,
    }));
    expect(found.cycleEdges).toEqual(["lib/a -> lib/b", "lib/b -> lib/a"]);
    expect(found.fileCycles).toEqual([]);
  });

  it("finds a cycle between files, an import against the layers and a name outside a domain's set (the dictionary's and the demo's data files excepted)", () => {
    const found = analyse(tree({
      "lib/a/queries.ts": `import { m } from "./mutations";\nimport { Page } from "@/app/page";\nexport const q = m;`,
      "lib/a/mutations.ts": `import { q } from "./queries";\nexport const m = q;`,
      "lib/a/helpers.ts": `export const h = 1;`,
      "lib/a/internal/helper.ts": `export const h = 1;`,
      "lib/a/queries.test.ts": `import { q } from "./queries";`,
      "lib/i18n/timeline.ts": `export const words = { en: "Zoom", nl: "Zoom" };`,
      "lib/demo/venues.ts": `export const venues = [];`,
      "app/page.tsx": `export const Page = 1;`,
    }));
    expect(found.fileCycles).toEqual(["lib/a/mutations.ts <-> lib/a/queries.ts"]);
    expect(found.layer).toEqual(["lib/a/queries.ts -> app/page.tsx"]);
    expect(found.names).toEqual(["lib/a/helpers.ts"]);
  });

  it("finds a unit test in tests/unit/ that tests one domain alone, not one that crosses domains or tests a component", () => {
    const found = analyse(tree({
      "lib/a/schema.ts": `export const x = 1;`,
      "lib/b/schema.ts": `export const y = 1;`,
      "lib/generated/enums.ts": `export const E = {};`,
      "components/c/view.tsx": `export const v = 1;`,
      "tests/unit/a-schema.test.ts": `import { x } from "@/lib/a/schema";\nimport { E } from "@/lib/generated/enums";`,
      "tests/unit/a-and-b.test.ts": `import { x } from "@/lib/a/schema";\nimport { y } from "../../lib/b/schema";`,
      "tests/unit/view.test.ts": `import { v } from "@/components/c/view";`,
      "lib/a/schema.test.ts": `import { x } from "./schema";`,
    }), [["a", "b"]]);
    expect(found.misplacedTests).toEqual(["tests/unit/a-schema.test.ts tests lib/a alone"]);
  });
});

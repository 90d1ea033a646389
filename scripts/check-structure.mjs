#!/usr/bin/env node
// The structure check `npm run lint` runs (see ARCHITECTURE.md); tests are left out of the graph:
//  1. layers: lib/ never imports app/ or components/; components/ never imports app/.
//  2. no cycle between domains: the import graph collapsed to one node per lib/<domain> and per
//     components/<area> (type-only imports count: they couple too) must have no cycle, and no
//     cycle between files either; and the domains of lib/ stack in the order DOMAIN_LAYERS writes
//     down: each imports only domains of lower layers, so a new arrow against the grain fails even
//     before it closes a cycle;
//  3. names: each lib/<domain> folder holds only the file names ARCHITECTURE.md lists (plus
//     internal/ for its helpers);
//  4. where unit tests live: a test of one part of lib/ sits beside it, so a file in tests/unit/
//     that imports from a single lib/<domain> (or one of lib/'s own files) and nothing else of the
//     repository belongs in that domain.
// What exists today against these rules is written down in scripts/structure-exceptions.json. That
// list may only shrink: a new violation fails, and so does an entry that no longer happens (delete
// it). `--write-exceptions` rewrites the list from the tree (for a reviewed change only).
import fs from "node:fs";
import path from "node:path";

const REPO = path.resolve(import.meta.dirname, "..");
const EXCEPTIONS_FILE = path.join(REPO, "scripts", "structure-exceptions.json");
// The tree analysed: the repository, or a test's own small tree.
let ROOT = REPO;
const SOURCE_DIRS = ["app", "lib", "components"];
const EXTENSIONS = [".ts", ".tsx", ".mts", ".mjs", ".js"];

/** Folders of data, not domains: the dictionary (lib/i18n, one word file per area of the app, each
 *  English and Dutch side by side) and the demo summit (lib/demo, one file per kind of demo row,
 *  and the seed that writes them). Their file names are those areas' and kinds'. */
const DATA_FOLDERS = new Set(["i18n", "demo"]);

/** File names a lib/<domain> folder may hold (tests beside them are always allowed). */
export const ALLOWED_NAMES = new Set([
  "schema.ts", // zod schemas of the domain's inputs, with their inferred types
  "queries.ts", // reads, scoped to the actor
  "mutations.ts", // writes: (db, actor, input), authorised through policy.ts, audited
  "actions.ts", // thin server actions: session, parse once, call the mutation, revalidate
  "policy.ts", // who may see or change what, beyond the role table
  "types.ts", // the domain's shared types
  "labels.ts", // words shown for the domain's enums
  "index.ts", // the domain's public surface where it has one
]);

/**
 * The domains of lib/ (and its shared kernel files, lib/db.ts and the like), from the bottom up. A
 * domain imports only domains of lower layers; one not listed here fails until it is placed.
 */
export const DOMAIN_LAYERS = [
  ["generated", "http", "time"],
  ["i18n"],
  ["errors", "scheduling"],
  ["db", "validation"],
  ["auth", "snapshot"],
  ["audit", "conflict-store"],
  ["agency-admin", "summits", "users"],
  ["archive", "coverage", "delegations", "venues"],
  ["conflicts"],
  ["programme"],
  ["bilaterals", "itinerary", "push", "tasks"],
  ["exports", "movements"],
  ["live"],
  ["arrivals", "calendar-feed", "import", "start"],
  ["demo"],
];

function walk(dir, out = []) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name === "node_modules" || entry.name === "generated" || entry.name.startsWith(".")) continue;
      walk(full, out);
    } else if (EXTENSIONS.some((ext) => entry.name.endsWith(ext)) && !entry.name.endsWith(".d.ts")) out.push(full);
  }
  return out;
}

const IMPORT_RE = /(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[^'"`;]*?\s+from\s+)?["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;

function resolveImport(fromFile, spec) {
  let base;
  if (spec.startsWith("@/")) base = path.join(ROOT, spec.slice(2));
  else if (spec.startsWith(".")) base = path.resolve(path.dirname(fromFile), spec);
  else return null;
  const candidates = [base, ...EXTENSIONS.map((e) => base + e), ...EXTENSIONS.map((e) => path.join(base, "index" + e))];
  // ESM-style specifiers name the compiled file (".mjs" for a ".mts").
  if (/\.(m?js)$/.test(base)) candidates.push(base.replace(/\.m?js$/, ".ts"), base.replace(/\.mjs$/, ".mts"));
  return candidates.find((c) => fs.existsSync(c) && fs.statSync(c).isFile()) ?? null;
}

const rel = (file) => path.relative(ROOT, file).split(path.sep).join("/");

/** The node a file belongs to in the domain graph: lib/<domain>, components/<area> or app. */
export function nodeOf(relPath) {
  const parts = relPath.split("/");
  if (parts[0] === "app") return "app";
  if (parts[0] === "lib" || parts[0] === "components") return parts.length > 2 ? `${parts[0]}/${parts[1]}` : `${parts[0]}/${parts[1].replace(/\.(tsx?|mts|mjs|js)$/, "")}`;
  return parts[0];
}

function strongComponents(nodes, edges) {
  // Tarjan's algorithm, iterative enough for a source tree.
  let index = 0;
  const stack = [];
  const onStack = new Set();
  const idx = new Map();
  const low = new Map();
  const out = [];
  const visit = (v) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v), idx.get(w)));
    }
    if (low.get(v) === idx.get(v)) {
      const component = [];
      let w;
      do {
        w = stack.pop();
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) out.push(component.sort());
    }
  };
  for (const v of nodes) if (!idx.has(v)) visit(v);
  return out;
}

export function analyse(root = REPO, layers = DOMAIN_LAYERS) {
  ROOT = root;
  const rank = new Map(layers.flatMap((names, i) => names.map((name) => [`lib/${name}`, i])));
  const files = SOURCE_DIRS.flatMap((d) => (fs.existsSync(path.join(ROOT, d)) ? walk(path.join(ROOT, d)) : []));
  const fileEdges = new Map();
  const domainEdges = new Map(); // "a -> b" → first example "file -> file"
  const layer = [];
  for (const file of files) {
    const from = rel(file);
    const text = fs.readFileSync(file, "utf8");
    const targets = new Set();
    for (const m of text.matchAll(IMPORT_RE)) {
      const resolved = resolveImport(file, m[1] ?? m[2]);
      if (resolved) targets.add(rel(resolved));
    }
    fileEdges.set(from, targets);
    // Tests may reach across domains for fixtures (the demo data): they couple nothing at run time.
    if (/\.test\.tsx?$/.test(from)) continue;
    for (const to of targets) {
      if (!SOURCE_DIRS.includes(to.split("/")[0])) continue;
      const [a, b] = [nodeOf(from), nodeOf(to)];
      if ((from.startsWith("lib/") && /^(app|components)\//.test(to)) || (from.startsWith("components/") && to.startsWith("app/"))) {
        layer.push(`${from} -> ${to}`);
      }
      if (a !== b && a !== "app" && b !== "app") {
        const key = `${a} -> ${b}`;
        if (!domainEdges.has(key)) domainEdges.set(key, `${from} -> ${to}`);
      }
    }
  }

  const graph = new Map();
  for (const key of domainEdges.keys()) {
    const [a, b] = key.split(" -> ");
    if (!graph.has(a)) graph.set(a, new Set());
    graph.get(a).add(b);
  }
  const domainCycles = strongComponents([...graph.keys()], graph);
  const inCycle = new Map(domainCycles.flatMap((c) => c.map((n) => [n, c])));
  // The arrows that hold a knot together: both ends in the same strongly connected component.
  const cycleEdges = [...domainEdges.keys()].filter((key) => {
    const [a, b] = key.split(" -> ");
    return inCycle.has(a) && inCycle.get(a) === inCycle.get(b);
  });
  const fileCycles = strongComponents([...fileEdges.keys()], fileEdges).map((c) => c.join(" <-> "));
  // Between domains of lib/: an arrow to the same or a higher layer, or from or to a domain not placed.
  const againstTheGrain = new Set();
  for (const key of domainEdges.keys()) {
    const [a, b] = key.split(" -> ");
    if (!a.startsWith("lib/") || !b.startsWith("lib/")) continue;
    for (const node of [a, b]) if (!rank.has(node)) againstTheGrain.add(`${node} is not placed in DOMAIN_LAYERS`);
    if (rank.has(a) && rank.has(b) && rank.get(b) >= rank.get(a)) againstTheGrain.add(key);
  }

  const names = [];
  for (const file of files) {
    const r = rel(file);
    const parts = r.split("/");
    if (parts[0] !== "lib" || parts.length !== 3) continue; // lib/<domain>/<file>; deeper folders are the domain's own
    if (DATA_FOLDERS.has(parts[1])) continue; // words per area, demo rows per kind
    const name = parts[2];
    if (/\.test\.tsx?$/.test(name) || ALLOWED_NAMES.has(name)) continue;
    names.push(r);
  }
  // A unit test that reaches one part of lib/ alone belongs beside it. Generated code is no part.
  const misplacedTests = [];
  const unitDir = path.join(ROOT, "tests", "unit");
  for (const file of fs.existsSync(unitDir) ? walk(unitDir) : []) {
    if (!/\.test\.tsx?$/.test(file)) continue;
    const reached = new Set();
    for (const m of fs.readFileSync(file, "utf8").matchAll(IMPORT_RE)) {
      const resolved = resolveImport(file, m[1] ?? m[2]);
      if (resolved) reached.add(nodeOf(rel(resolved)));
    }
    reached.delete("lib/generated");
    const [only] = reached;
    if (reached.size === 1 && only.startsWith("lib/")) misplacedTests.push(`${rel(file)} tests ${only} alone`);
  }
  return { layer: layer.sort(), misplacedTests: misplacedTests.sort(), cycleEdges: cycleEdges.sort(), againstTheGrain: [...againstTheGrain].sort(), fileCycles: fileCycles.sort(), names: names.sort(), examples: domainEdges, domainCycles };
}

function main() {
  const found = analyse();
  const current = { layer: found.layer, misplacedTests: found.misplacedTests, domainCycleEdges: found.cycleEdges, againstTheGrain: found.againstTheGrain, fileCycles: found.fileCycles, fileNames: found.names };
  if (process.argv.includes("--write-exceptions")) {
    fs.writeFileSync(EXCEPTIONS_FILE, JSON.stringify(current, null, 2) + "\n");
    console.log(`wrote ${path.relative(REPO, EXCEPTIONS_FILE)}`);
    return;
  }
  const known = fs.existsSync(EXCEPTIONS_FILE) ? JSON.parse(fs.readFileSync(EXCEPTIONS_FILE, "utf8")) : {};
  const problems = [];
  const what = {
    layer: "imports against the layers",
    domainCycleEdges: "arrows inside a cycle between domains",
    againstTheGrain: "arrows against the domains' order (DOMAIN_LAYERS in scripts/check-structure.mjs)",
    fileCycles: "cycles between files",
    fileNames: "file names outside a domain's allowed set",
    misplacedTests: "unit tests of one part of lib/ kept in tests/unit/ instead of beside it",
  };
  for (const [key, label] of Object.entries(what)) {
    const allowed = new Set(known[key] ?? []);
    const now = new Set(current[key]);
    for (const item of now) {
      if (!allowed.has(item)) {
        const example = key === "domainCycleEdges" || (key === "againstTheGrain" && found.examples.has(item)) ? `  (e.g. ${found.examples.get(item)})` : "";
        problems.push(`new ${label.replace(/s$/, "")}: ${item}${example}`);
      }
    }
    for (const item of allowed) if (!now.has(item)) problems.push(`fixed, so remove it from ${path.relative(REPO, EXCEPTIONS_FILE)} (${key}): ${item}`);
  }
  if (problems.length) {
    console.error(`✖ structure check (see ARCHITECTURE.md):\n  ${problems.join("\n  ")}`);
    process.exit(1);
  }
  const left = Object.keys(what).reduce((n, k) => n + (known[k]?.length ?? 0), 0);
  console.log(`✔ structure: layers, domain and file cycles, file names, unit tests' places (${left} known exceptions left to remove)`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();

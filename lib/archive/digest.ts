// The content digest: SHA-256 over the canonical JSON of the archive's content (object keys sorted,
// no white space, arrays in their order). It does not depend on how the file was indented or in
// which order a writer put the keys, but every value and every row counts.
import { createHash } from "node:crypto";

/** JSON text of a value with every object's keys sorted. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.keys(value)
    .sort()
    .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
    .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
  return `{${entries.join(",")}}`;
}

/** "sha256:<hex>" of the canonical content, hashed row by row so no one string holds it all. */
export function contentDigest(content: Record<string, unknown>): string {
  const hash = createHash("sha256");
  const keys = Object.keys(content)
    .sort()
    .filter((key) => content[key] !== undefined);
  hash.update("{");
  keys.forEach((key, i) => {
    const value = content[key];
    hash.update(`${i > 0 ? "," : ""}${JSON.stringify(key)}:`);
    if (Array.isArray(value)) {
      hash.update("[");
      value.forEach((row, j) => hash.update(`${j > 0 ? "," : ""}${canonicalJson(row)}`));
      hash.update("]");
    } else {
      hash.update(canonicalJson(value));
    }
  });
  hash.update("}");
  return `sha256:${hash.digest("hex")}`;
}

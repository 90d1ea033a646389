// New ids for an imported summit. Every row gets a fresh id, and everything that names a row is
// rewritten to the new one: the references between rows (lib/archive/references.ts), the audit
// trail's entity ids and the ids inside its before/after snapshots, and the conflict ids that
// overrides are keyed by. So one archive can be imported twice, side by side.
import { randomBytes } from "node:crypto";
import { TABLE_KEYS, type ArchiveContent, type ArchiveFileContent } from "./format";
import { REFERENCES } from "./references";

/** A fresh id in the shape of Prisma's cuid(): "c" and 24 lower-case letters or digits. */
export function newId(): string {
  const bytes = randomBytes(24);
  let out = "c";
  for (const byte of bytes) out += (byte % 36).toString(36);
  return out;
}

export type IdLookup = (id: string) => string | undefined;

/**
 * Old id → new id for the summit, every row of every table, and every entity id of the audit
 * trail: rows deleted before the export keep their history under a fresh id too, so two imports
 * of one archive share no id.
 */
export function newIds(content: ArchiveContent | ArchiveFileContent, make: () => string = newId): Map<string, string> {
  const ids = new Map<string, string>();
  const add = (id: string) => {
    if (!ids.has(id)) ids.set(id, make());
  };
  add(content.summit.id);
  for (const table of TABLE_KEYS) for (const row of content[table] as readonly { id?: string }[]) if (row.id) add(row.id);
  for (const entry of content.auditEntries) add(entry.entityId);
  return ids;
}

/** A rule's discriminator naming a row after a word and a colon ("gap:<delegation id>"), remapped; undefined when it is not one. */
function prefixed(token: string, lookup: IdLookup): string | undefined {
  const colon = token.indexOf(":");
  if (colon <= 0) return undefined;
  const id = lookup(token.slice(colon + 1));
  return id === undefined ? undefined : `${token.slice(0, colon + 1)}${id}`;
}

/**
 * A conflict id (lib/scheduling/make-conflict.ts: "TYPE|item,item|movements=m,m|member=x|…") with
 * its ids replaced. The engine lists item and movement ids sorted, so the new ones are sorted
 * again: the override then matches the id the engine computes for the imported rows.
 */
export function remapConflictId(conflictId: string, lookup: IdLookup): string {
  return conflictId
    .split("|")
    .map((part, index) => {
      const eq = part.indexOf("=");
      const key = eq >= 0 ? part.slice(0, eq + 1) : "";
      const values = (eq >= 0 ? part.slice(eq + 1) : part).split(",").map((token) => lookup(token) ?? prefixed(token, lookup) ?? token);
      if (index === 1 || key === "movements=") values.sort();
      return key + values.join(",");
    })
    .join("|");
}

/** A JSON value (an audit snapshot) with every string and key that is a known id replaced. */
export function remapJson(value: unknown, lookup: IdLookup): unknown {
  if (typeof value === "string") return lookup(value) ?? value;
  if (Array.isArray(value)) return value.map((v) => remapJson(v, lookup));
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, v]) => [
      lookup(key) ?? key,
      key === "conflictId" && typeof v === "string" ? remapConflictId(v, lookup) : remapJson(v, lookup),
    ]),
  );
}

/** The content (as read, or as in the file) with every id replaced through `lookup`: row ids, references, audit trail, conflict ids. */
export function remapContent<C extends ArchiveContent | ArchiveFileContent>(content: C, lookup: IdLookup): C {
  const swap = (id: string) => lookup(id) ?? id;
  const out: Record<string, unknown> = { summit: { ...content.summit, id: swap(content.summit.id) } };
  for (const table of TABLE_KEYS) {
    const refs = REFERENCES.filter((r) => r.table === table).map((r) => r.field);
    out[table] = (content[table] as readonly Record<string, unknown>[]).map((row) => {
      const next: Record<string, unknown> = { ...row };
      if (typeof row.id === "string") next.id = swap(row.id);
      for (const field of refs) if (row[field] !== null) next[field] = swap(row[field] as string);
      if (table === "conflictOverrides") next.conflictId = remapConflictId(row.conflictId as string, lookup);
      if (table === "auditEntries") {
        next.entityId = swap(row.entityId as string);
        next.before = remapJson(row.before, lookup);
        next.after = remapJson(row.after, lookup);
      }
      return next;
    });
  }
  return out as C;
}

// Archive content compared without ids, for the round-trip tests: each row gets a label from a
// canonical order of its table, an order computed from the row's values and, recursively, from the
// rows it references (never from an id). Labels then replace ids everywhere: references, audit
// snapshots, conflict ids. What an import deliberately changes is left out (docs/summit-archive.md).
import { createHash } from "node:crypto";
import { expect } from "vitest";
import { canonicalJson } from "@/lib/archive/digest";
import { TABLE_KEYS, type ArchiveFileContent, type TableKey } from "@/lib/archive/format";
import { REFERENCES } from "@/lib/archive/references";
import { remapConflictId, remapContent, remapJson } from "@/lib/archive/remap";
import { NOT_IMPORTED } from "@/lib/archive/tables";

export type Row = Record<string, unknown>;
const sha = (text: string) => createHash("sha256").update(text).digest("hex");
/** What import deliberately changes: the slug (chosen), isDemo (never set) and rows needing users. */
const COMPARED = TABLE_KEYS.filter((t) => !NOT_IMPORTED.includes(t));

function labels(content: ArchiveFileContent): Map<string, string> {
  const rows = (t: TableKey) => content[t] as readonly Row[];
  const byId = new Map<string, Row>();
  for (const t of TABLE_KEYS) for (const row of rows(t)) if (typeof row.id === "string") byId.set(`${t}:${row.id}`, row);
  const keys = new Map<string, string>();
  const keyOf = (table: TableKey, row: Row): string => {
    const cached = typeof row.id === "string" ? keys.get(`${table}:${row.id}`) : undefined;
    if (cached) return cached;
    const { id, ...values } = row;
    for (const ref of REFERENCES.filter((r) => r.table === table)) {
      if (values[ref.field] !== null) values[ref.field] = keyOf(ref.target, byId.get(`${ref.target}:${values[ref.field] as string}`)!);
    }
    const key = sha(`${table}${canonicalJson(values)}`);
    if (typeof id === "string") keys.set(`${table}:${id}`, key);
    return key;
  };
  const label = new Map<string, string>([[content.summit.id, "summit"]]);
  // Identical rows that other rows name would get their labels in an arbitrary order: say so, not flake.
  const named = new Set(REFERENCES.map((r) => r.target));
  const assign = (table: TableKey, keyed: { id: string; key: string }[]) => {
    keyed.sort((a, b) => a.key.localeCompare(b.key)).forEach(({ id }, i) => label.set(id, `${table}#${i}`));
    if (named.has(table)) expect(new Set(keyed.map((k) => k.key)).size, `identical rows in ${table}`).toBe(keyed.length);
  };
  for (const t of TABLE_KEYS.filter((t) => t !== "auditEntries" && t !== "conflictOverrides")) {
    assign(t, rows(t).filter((r) => typeof r.id === "string").map((r) => ({ id: r.id as string, key: keyOf(t, r) })));
  }
  // Overrides and audit entries name rows inside text and snapshots: labelled after the rows they name.
  const known = (id: string) => label.get(id);
  const entityIds = new Set(content.auditEntries.map((e) => e.entityId));
  const masked = (id: string) => known(id) ?? (entityIds.has(id) ? "?" : undefined);
  assign("conflictOverrides", content.conflictOverrides.map(({ id, ...o }) => ({ id, key: sha(canonicalJson({ ...o, conflictId: remapConflictId(o.conflictId, known) })) })));
  const audit = content.auditEntries.map(({ id, ...e }) => ({
    id,
    entityId: e.entityId,
    key: sha(canonicalJson({ ...e, entityId: masked(e.entityId), before: remapJson(e.before, masked), after: remapJson(e.after, masked) })),
  }));
  assign("auditEntries", audit);
  // Rows deleted before the export are named only by the audit trail: labelled in its order.
  let deleted = 0;
  for (const { entityId } of audit) if (!label.has(entityId)) label.set(entityId, `deleted#${deleted++}`);
  return label;
}

/** A digest of the content with ids replaced by labels, and the rows per table. */
export function normalise(content: ArchiveFileContent): { digest: string; counts: Record<string, number> } {
  const label = labels(content);
  const relabelled = remapContent(content, (id) => label.get(id)) as unknown as Record<string, Row[]> & { summit: Row };
  const { slug, isDemo, ...summit } = relabelled.summit;
  void slug;
  void isDemo;
  const tables = Object.fromEntries(COMPARED.map((t) => [t, relabelled[t].map(canonicalJson).sort()]));
  const counts = Object.fromEntries(COMPARED.map((t) => [t, relabelled[t].length]));
  return { digest: sha(canonicalJson({ summit, ...tables })), counts };
}

/** Every row id of the content. */
export const idsOf = (content: ArchiveFileContent) => new Set(TABLE_KEYS.flatMap((t) => (content[t] as readonly Row[]).map((r) => r.id)).filter(Boolean));

// Column mappings remembered per summit and kind (ImportMapping): the header text each field was
// read from, so the next file with the same headers is mapped the way the planner last chose.
import type { DbOrTx, Tx } from "@/lib/db";
import type { ColumnMapping } from "./columns";
import { KIND_ENUM, type ImportKindName } from "./fields";
import { normalizeHeader } from "./text";

export type RememberedMappings = Partial<Record<ImportKindName, Record<string, string>>>;

export async function loadMappings(db: DbOrTx, summitId: string): Promise<RememberedMappings> {
  const rows = await db.importMapping.findMany({ where: { summitId }, select: { kind: true, columns: true } });
  const out: RememberedMappings = {};
  for (const row of rows) {
    const kind = (Object.keys(KIND_ENUM) as ImportKindName[]).find((k) => KIND_ENUM[k] === row.kind);
    if (kind && row.columns && typeof row.columns === "object" && !Array.isArray(row.columns)) {
      out[kind] = Object.fromEntries(Object.entries(row.columns).filter((e): e is [string, string] => typeof e[1] === "string"));
    }
  }
  return out;
}

/** The remembered fields whose header is in this file, as column indexes. */
export function rememberedFor(mappings: RememberedMappings) {
  return (kind: ImportKindName, headers: readonly string[]): ColumnMapping | null => {
    const remembered = mappings[kind];
    if (!remembered) return null;
    const index = new Map(headers.map((h, i) => [normalizeHeader(h), i] as const).reverse());
    const out: ColumnMapping = {};
    for (const [field, header] of Object.entries(remembered)) {
      const column = index.get(normalizeHeader(header));
      if (column !== undefined) out[field] = column;
    }
    return out;
  };
}

/** Remember the mapping applied: field → header text (unmapped fields left out). */
export async function saveMapping(tx: Tx, summitId: string, kind: ImportKindName, mapping: ColumnMapping, headers: readonly string[], userId: string | null) {
  const columns = Object.fromEntries(Object.entries(mapping).flatMap(([field, column]) => (column === null || headers[column] === undefined ? [] : [[field, headers[column]]])));
  const known = await tx.importMapping.findUnique({ where: { summitId_kind: { summitId, kind: KIND_ENUM[kind] } }, select: { columns: true } });
  if (known && JSON.stringify(known.columns) === JSON.stringify(columns)) return;
  await tx.importMapping.upsert({
    where: { summitId_kind: { summitId, kind: KIND_ENUM[kind] } },
    create: { summitId, kind: KIND_ENUM[kind], columns, updatedById: userId },
    update: { columns, updatedById: userId },
  });
}

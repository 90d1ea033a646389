// Which column holds which field, guessed from the header names (English and Dutch), and which
// kind of spreadsheet a header row describes. A planner can change any guess; the mapping they
// apply is remembered per summit and kind (mappings.ts).
import { FIELDS, IMPORT_KINDS, type FieldDef, type ImportKindName } from "./fields";
import { normalizeHeader } from "./text";

/** Field name → column index (0-based) in the header row, or null when no column holds it. */
export type ColumnMapping = Record<string, number | null>;

/**
 * How well a header names a field: 3 for an alias exactly, 2 plus a little per character for an
 * alias inside it as whole words ("Arrival time (local)" holds "time"), 0 otherwise.
 */
export function matchScore(header: string, field: FieldDef): number {
  const h = normalizeHeader(header);
  if (!h) return 0;
  let best = 0;
  for (const alias of field.aliases) {
    const a = normalizeHeader(alias);
    if (!a) continue;
    if (h === a) return 3;
    if (` ${h} `.includes(` ${a} `)) best = Math.max(best, 2 + a.length / 100);
  }
  return best;
}

/** Each field to the column whose header names it best; no column serves two fields. */
export function guessColumns(headers: readonly string[], kind: ImportKindName): ColumnMapping {
  const fields = FIELDS[kind];
  const candidates: { field: string; column: number; score: number }[] = [];
  headers.forEach((header, column) => {
    for (const field of fields) {
      const score = matchScore(header, field);
      if (score > 0) candidates.push({ field: field.name, column, score });
    }
  });
  // Best first; on a tie the earlier field and column, so the guess never depends on luck.
  candidates.sort((a, b) => b.score - a.score || a.column - b.column);
  const mapping: ColumnMapping = Object.fromEntries(fields.map((f) => [f.name, null]));
  const taken = new Set<number>();
  for (const c of candidates) {
    if (mapping[c.field] !== null || taken.has(c.column)) continue;
    mapping[c.field] = c.column;
    taken.add(c.column);
  }
  return mapping;
}

/** Required fields mapped, for a kind: how completely a header row describes it. */
function coverage(headers: readonly string[], kind: ImportKindName): { required: number; missing: number; mapped: number } {
  const mapping = guessColumns(headers, kind);
  const fields = FIELDS[kind];
  const required = fields.filter((f) => f.required);
  return {
    required: required.length,
    missing: required.filter((f) => mapping[f.name] === null).length,
    mapped: fields.filter((f) => mapping[f.name] !== null).length,
  };
}

/** Cells of a row that name a field of the kind (or of any kind): how much a row looks like a header. */
export function headerMatches(cells: readonly string[], kind?: ImportKindName): number {
  const kinds = kind ? [kind] : IMPORT_KINDS;
  return Math.max(...kinds.map((k) => Object.values(guessColumns(cells, k)).filter((c) => c !== null).length));
}

/**
 * The kind whose required fields the headers all name, the one naming most fields when several
 * do; null when none does (the planner then chooses).
 */
export function guessKind(headers: readonly string[]): ImportKindName | null {
  let best: ImportKindName | null = null;
  let bestScore = -1;
  for (const kind of IMPORT_KINDS) {
    const c = coverage(headers, kind);
    if (c.missing > 0) continue;
    // A header row naming every field of a kind beats one naming as many fields of a bigger kind.
    const score = c.mapped * 10 - (FIELDS[kind].length - c.mapped);
    if (score > bestScore) [best, bestScore] = [kind, score];
  }
  return best;
}

/** The fields a mapping leaves without a column although every row needs them. */
export function missingRequired(kind: ImportKindName, mapping: ColumnMapping): FieldDef[] {
  return FIELDS[kind].filter((f) => f.required && (mapping[f.name] === null || mapping[f.name] === undefined));
}

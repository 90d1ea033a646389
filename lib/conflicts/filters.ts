// The conflicts page's filters (day, delegation, venue, kind, severity) and the rows it shows, in
// triage order. Pure: works on the engine's output and the snapshot it was computed from. Each
// filter returns exactly what it names: the day the card shows, the delegations the conflict
// affects (see ConflictFacts), the venues where it happens, its type, its severity.
import { z } from "zod";
import { CONFLICT_TYPES, type Conflict, type ConflictSeverity, type ConflictType, type SummitSnapshot } from "@/lib/scheduling";
import { conflictText, type Lang } from "@/lib/i18n";
import { isIsoDay, isoDayOf, type IsoDay } from "@/lib/time";
import { conflictFacts, type ConflictFacts, type MovementRef, type TriageConflict } from "./facts";

const optional = z
  .string()
  .max(64)
  .optional()
  .catch(undefined)
  .transform((v) => v || undefined);

/** Search params → filters; anything malformed is simply not applied. */
export const conflictFiltersSchema = z.object({
  day: optional.refine((v) => v === undefined || isIsoDay(v)).catch(undefined),
  venue: optional,
  delegation: optional,
  kind: z.enum(CONFLICT_TYPES).optional().catch(undefined),
  severity: z.enum(["hard", "warning"]).optional().catch(undefined),
});
export type ConflictFilters = { day?: IsoDay; venue?: string; delegation?: string; kind?: ConflictType; severity?: ConflictSeverity };

export type ConflictRowItem = { id: string; title: string; startsAt: Date; endsAt: Date; day: IsoDay };
export type ConflictRow = Conflict & { items: ConflictRowItem[] };
/** A conflict on the conflicts page: its items resolved for links, and its facts. */
export type TriageRow = TriageConflict & Omit<ConflictFacts, "items"> & { items: ConflictRowItem[] };

const SEVERITY_RANK: Record<ConflictSeverity, number> = { hard: 0, warning: 1 };

/**
 * Conflicts matching every given filter, hard ones first, then by time, then in the engine's
 * order. Pass the movements the conflicts name (movementIds): their times and delegations count.
 */
export function filterConflicts(
  snapshot: SummitSnapshot,
  conflicts: readonly TriageConflict[],
  filters: ConflictFilters,
  movements: readonly MovementRef[] = [],
): TriageRow[] {
  const tz = snapshot.timeZone;
  const factsOf = conflictFacts(snapshot, movements);
  const rows: { row: TriageRow; index: number }[] = [];
  conflicts.forEach((conflict, index) => {
    if (filters.severity && conflict.severity !== filters.severity) return;
    if (filters.kind && conflict.type !== filters.kind) return;
    const facts = factsOf(conflict);
    if (filters.day && facts.day !== filters.day) return;
    if (filters.venue && !facts.venueIds.includes(filters.venue)) return;
    if (filters.delegation && !facts.delegationIds.includes(filters.delegation)) return;
    const items = facts.items.map((i) => ({ id: i.id, title: i.title, startsAt: i.startsAt, endsAt: i.endsAt, day: isoDayOf(i.startsAt, tz) }));
    rows.push({ row: { ...conflict, ...facts, items }, index });
  });
  const time = (row: TriageRow) => row.startsAt?.getTime() ?? Number.MAX_SAFE_INTEGER;
  return rows
    .sort((a, b) => SEVERITY_RANK[a.row.severity] - SEVERITY_RANK[b.row.severity] || time(a.row) - time(b.row) || a.index - b.index)
    .map(({ row }) => row);
}

/** How many conflicts each item is part of, whether any of them is hard, and what they say in the reader's language. */
export function conflictMarkers(conflicts: readonly Conflict[], lang: Lang = "en"): Map<string, { count: number; hard: boolean; messages: string[] }> {
  const markers = new Map<string, { count: number; hard: boolean; messages: string[] }>();
  for (const conflict of conflicts) {
    for (const id of conflict.itemIds) {
      const marker = markers.get(id) ?? { count: 0, hard: false, messages: [] };
      marker.count++;
      marker.hard ||= conflict.severity === "hard";
      marker.messages.push(conflictText(conflict, lang).text);
      markers.set(id, marker);
    }
  }
  return markers;
}

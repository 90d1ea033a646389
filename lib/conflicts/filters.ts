// The conflicts page's filters (day, venue, delegation, severity) and the rows it shows. Pure:
// works on the engine's output and the snapshot it was computed from.
import { z } from "zod";
import type { Conflict, ConflictSeverity, SummitSnapshot } from "@/lib/scheduling";
import { isIsoDay, isoDayOf, type IsoDay } from "@/lib/time";

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
  severity: z.enum(["hard", "warning"]).optional().catch(undefined),
});
export type ConflictFilters = { day?: IsoDay; venue?: string; delegation?: string; severity?: ConflictSeverity };

export type ConflictRowItem = { id: string; title: string; startsAt: Date; endsAt: Date; day: IsoDay };
export type ConflictRow = Conflict & { items: ConflictRowItem[] };

/** Conflicts matching every given filter, with their items resolved for links. */
export function filterConflicts(
  snapshot: SummitSnapshot,
  conflicts: readonly Conflict[],
  filters: ConflictFilters,
): ConflictRow[] {
  const tz = snapshot.timeZone;
  const itemsById = new Map(snapshot.items.map((i) => [i.id, i]));
  const venueOfSpace = new Map(snapshot.spaces.map((s) => [s.id, s.venueId]));
  const delegationOfMember = new Map(snapshot.members.map((m) => [m.id, m.delegationId]));

  const rows: ConflictRow[] = [];
  for (const conflict of conflicts) {
    if (filters.severity && conflict.severity !== filters.severity) continue;
    const items = conflict.itemIds.flatMap((id) => {
      const item = itemsById.get(id);
      return item ? [item] : [];
    });
    if (filters.day && !items.some((i) => isoDayOf(i.startsAt, tz) === filters.day)) continue;
    if (filters.venue) {
      const venues = new Set(items.map((i) => (i.spaceId ? venueOfSpace.get(i.spaceId) : undefined)));
      if (conflict.venueId !== filters.venue && !venues.has(filters.venue)) continue;
    }
    if (filters.delegation) {
      const delegations = new Set(items.flatMap((i) => [...i.delegationIds, ...i.memberIds.map((m) => delegationOfMember.get(m))]));
      if (conflict.delegationId !== filters.delegation && !delegations.has(filters.delegation)) continue;
    }
    rows.push({
      ...conflict,
      items: items.map((i) => ({ id: i.id, title: i.title, startsAt: i.startsAt, endsAt: i.endsAt, day: isoDayOf(i.startsAt, tz) })),
    });
  }
  return rows;
}

/** How many conflicts each item is part of, and whether any of them is hard. */
export function conflictMarkers(conflicts: readonly Conflict[]): Map<string, { count: number; hard: boolean; messages: string[] }> {
  const markers = new Map<string, { count: number; hard: boolean; messages: string[] }>();
  for (const conflict of conflicts) {
    for (const id of conflict.itemIds) {
      const marker = markers.get(id) ?? { count: 0, hard: false, messages: [] };
      marker.count++;
      marker.hard ||= conflict.severity === "hard";
      marker.messages.push(conflict.message);
      markers.set(id, marker);
    }
  }
  return markers;
}

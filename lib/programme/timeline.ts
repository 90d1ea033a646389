// The data of the venue timeline for one summit-local day: every space as a lane (grouped by
// venue, empty ones too, so items can be moved into them), the day's items as plain minutes from
// the start of the day, and each item's conflict marker. A session without a space of its own
// stands in its event's lane, where it takes place.
import type { Lang } from "@/lib/i18n";
import { conflictMarkers } from "@/lib/conflicts/filters";
import { conflictsOfDay } from "@/lib/conflicts/queries";
import type { DbOrTx } from "@/lib/db";
import type { ItemKind, ItemStatus } from "@/lib/generated/prisma/enums";
import { dayBounds, zonedInstant, type IsoDay } from "@/lib/time";

export type TimelineLane = { id: string; name: string; venueId: string | null; venueName: string; capacity: number | null };
export type TimelineItem = {
  id: string;
  title: string;
  kind: ItemKind;
  status: ItemStatus;
  version: number;
  /** Lane id: the space, or "" for items without a space. */
  laneId: string;
  /** A session in its event's space (it has none of its own): the title of that event. */
  sessionOf: string | null;
  /** True when laneId is the event's space, not the session's own: moving it within that lane keeps it so. */
  inheritsSpace: boolean;
  /** Minutes from the start of the day (negative or beyond the day's length when it spills over). */
  startMinute: number;
  endMinute: number;
  conflictCount: number;
  hardConflict: boolean;
  conflictMessages: string[];
};
export type TimelineDay = {
  dayStartMs: number;
  dayMinutes: number;
  /**
   * The summit's programme hours on this day, as minutes from its start: from the earliest local
   * start of any of the summit's items to the latest local end (midnight when one runs past it),
   * so every day of a summit shows the same hours. Null when the summit has no items.
   */
  span: { start: number; end: number } | null;
  lanes: TimelineLane[];
  items: TimelineItem[];
};

export const NO_SPACE_LANE = "";
const MINUTE = 60_000;

export async function getTimelineDay(db: DbOrTx, summit: { id: string; timeZone: string }, day: IsoDay, lang: Lang = "en"): Promise<TimelineDay> {
  const bounds = dayBounds(day, summit.timeZone);
  const [spaces, rows, conflicts, hours] = await Promise.all([
    db.space.findMany({
      where: { venue: { summitId: summit.id } },
      orderBy: [{ venue: { name: "asc" } }, { name: "asc" }],
      select: { id: true, name: true, capacity: true, venue: { select: { id: true, name: true } } },
    }),
    db.programmeItem.findMany({
      where: { summitId: summit.id, startsAt: { lt: bounds.endsAt }, endsAt: { gt: bounds.startsAt } },
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      select: {
        id: true, title: true, kind: true, status: true, version: true, spaceId: true, startsAt: true, endsAt: true,
        parent: { select: { title: true, spaceId: true } },
      },
    }),
    conflictsOfDay(db, summit.id, bounds),
    programmeHours(db, summit),
  ]);
  const markers = conflictMarkers(conflicts, lang);
  const laneOf = (r: (typeof rows)[number]) => r.spaceId ?? r.parent?.spaceId ?? null;
  // Busy venues first (by their first item of the day), then the others by name.
  const firstStart = new Map<string, number>();
  const venueOf = new Map(spaces.map((s) => [s.id, s.venue.id]));
  for (const r of rows) {
    const lane = laneOf(r);
    const venueId = lane ? venueOf.get(lane) : undefined;
    if (venueId && !firstStart.has(venueId)) firstStart.set(venueId, r.startsAt.getTime());
  }
  const rank = (venueId: string) => firstStart.get(venueId) ?? Number.MAX_SAFE_INTEGER;
  const ordered = spaces
    .map((s, index) => ({ s, index }))
    .sort((a, b) => rank(a.s.venue.id) - rank(b.s.venue.id) || a.index - b.index)
    .map(({ s }) => s);
  const lanes: TimelineLane[] = ordered.map((s) => ({ id: s.id, name: s.name, venueId: s.venue.id, venueName: s.venue.name, capacity: s.capacity }));
  if (rows.some((r) => laneOf(r) === null)) {
    lanes.push({ id: NO_SPACE_LANE, name: "No space", venueId: null, venueName: "No space set", capacity: null });
  }
  const start = bounds.startsAt.getTime();
  const dayMinutes = (bounds.endsAt.getTime() - start) / MINUTE;
  // Local clock times to minutes of this day (a DST day is an hour shorter or longer).
  const minuteOf = (localMinute: number) =>
    localMinute >= 24 * 60 ? dayMinutes : (zonedInstant(day, hhmm(localMinute), summit.timeZone).getTime() - start) / MINUTE;
  return {
    dayStartMs: start,
    dayMinutes,
    span: hours ? { start: minuteOf(hours.first), end: minuteOf(hours.last) } : null,
    lanes,
    items: rows.map((r) => {
      const marker = markers.get(r.id);
      return {
        id: r.id,
        title: r.title,
        kind: r.kind,
        status: r.status,
        version: r.version,
        laneId: laneOf(r) ?? NO_SPACE_LANE,
        sessionOf: r.parent?.title ?? null,
        inheritsSpace: r.spaceId === null && laneOf(r) !== null,
        startMinute: Math.round((r.startsAt.getTime() - start) / MINUTE),
        endMinute: Math.round((r.endsAt.getTime() - start) / MINUTE),
        conflictCount: marker?.count ?? 0,
        hardConflict: marker?.hard ?? false,
        conflictMessages: marker?.messages ?? [],
      };
    }),
  };
}

const hhmm = (minute: number) => `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;

/**
 * The earliest local start and the latest local end (24:00 when an item ends on a later day) of
 * all the summit's items, as minutes of the local day; null when it has none.
 */
async function programmeHours(db: DbOrTx, summit: { id: string; timeZone: string }): Promise<{ first: number; last: number } | null> {
  const [row] = await db.$queryRaw<{ first: number | null; last: number | null }[]>`
    SELECT
      min(extract(hour FROM ("startsAt" AT TIME ZONE ${summit.timeZone})) * 60 + extract(minute FROM ("startsAt" AT TIME ZONE ${summit.timeZone})))::int AS "first",
      max(CASE
        WHEN ("endsAt" AT TIME ZONE ${summit.timeZone})::date > ("startsAt" AT TIME ZONE ${summit.timeZone})::date THEN 1440
        ELSE extract(hour FROM ("endsAt" AT TIME ZONE ${summit.timeZone})) * 60 + extract(minute FROM ("endsAt" AT TIME ZONE ${summit.timeZone}))
      END)::int AS "last"
    FROM "ProgrammeItem"
    WHERE "summitId" = ${summit.id}`;
  return row && row.first !== null && row.last !== null ? { first: row.first, last: row.last } : null;
}

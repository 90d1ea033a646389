// How an entry reads, shared by the itinerary page and every export so they say the same thing.
import type { Dictionary } from "@/lib/i18n";
import { formatTime, isoDayOf, type IsoDay } from "@/lib/time";
import type { Entry, ItemArrival } from "./types";

export function entryTitle(entry: Entry, t: Dictionary): string {
  if (entry.source === "item") return entry.restricted ? t.restrictedItem.title : entry.title;
  switch (entry.kind) {
    case "ARRIVAL":
      return t.movement.arrival(entry.to, entry.flight);
    case "DEPARTURE":
      return t.movement.departure(entry.from, entry.flight);
    default:
      return t.movement.transfer(entry.from, entry.to);
  }
}

/** The kind in words; "" for an item whose kind the reader may not read (a restricted item). */
export function entryKindLabel(entry: Entry, t: Dictionary): string {
  if (entry.source === "movement") return t.movementKind[entry.kind];
  return entry.kind ? t.itemKind[entry.kind] : "";
}

/** "Royal Dining Room, Huis ten Bosch", or just the venue, or "". */
export function entryPlace(entry: Entry): string {
  return [entry.space, entry.venue].filter(Boolean).join(", ");
}

export function entryAttendees(entry: Entry, t: Dictionary): string {
  if (entry.source === "movement") return t.movement.partySize(entry.partySize);
  const people = entry.wholeDelegation ? [t.doc.wholeDelegation, ...entry.attendees] : entry.attendees;
  return people.join("; ");
}

/** The entry's arrivals (its delegation's own), one per line: where and when at the door, and when the motorcade leaves. */
export function entryArrivalLines(entry: Entry, t: Dictionary, timeZone: string): string[] {
  if (entry.source !== "item" || !entry.arrivals) return [];
  const w = t.arrivals.own;
  const several = entry.arrivals.length > 1;
  return entry.arrivals.map((a) => {
    const parts = [w.arrives(formatTime(a.arrivesAt, timeZone), arrivalPlace(a)), a.departsAt && a.from ? w.leaves(formatTime(a.departsAt, timeZone), a.from) : null];
    return `${several ? `${a.party}: ` : ""}${parts.filter(Boolean).join(" · ")}`;
  });
}

/** "Forecourt, Huis ten Bosch". */
export const arrivalPlace = (a: ItemArrival): string => `${a.entrance}, ${a.venue}`;

/** "19:30–22:30", or "16:30" for an entry without an end. */
export function entryTimes(entry: Entry, timeZone: string): string {
  const start = formatTime(entry.startsAt, timeZone);
  return entry.endsAt ? `${start}–${formatTime(entry.endsAt, timeZone)}` : start;
}

/**
 * The same times in another zone, with a day marker when the calendar day differs from the
 * summit's ("01:30–04:30 +1"); null when the zone is the summit's own.
 */
export function entryHomeTimes(entry: Entry, summitZone: string, homeZone: string | null): string | null {
  if (!homeZone || homeZone === summitZone) return null;
  const shift = dayShift(isoDayOf(entry.startsAt, summitZone), isoDayOf(entry.startsAt, homeZone));
  return `${entryTimes(entry, homeZone)}${shift === 0 ? "" : ` ${shift > 0 ? "+" : "−"}${Math.abs(shift)}`}`;
}

function dayShift(summitDay: IsoDay, homeDay: IsoDay): number {
  const ms = Date.parse(`${homeDay}T00:00:00Z`) - Date.parse(`${summitDay}T00:00:00Z`);
  return Math.round(ms / 86_400_000);
}

/** Entries grouped by the summit-local day they start on, days in order. */
export function groupByDay<T extends Entry>(entries: readonly T[], timeZone: string): { day: IsoDay; entries: T[] }[] {
  const groups = new Map<IsoDay, T[]>();
  for (const entry of entries) {
    const day = isoDayOf(entry.startsAt, timeZone);
    if (!groups.has(day)) groups.set(day, []);
    groups.get(day)!.push(entry);
  }
  return [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([day, list]) => ({ day, entries: list }));
}

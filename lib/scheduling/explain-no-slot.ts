// Why the slot finder found nothing, in words a planner can act on, per summit-local day of the
// window: who is busy when, who has not arrived or has left, and where all participants would be
// free but no suitable space is. Every time is summit-local (lib/time), never the server's.
import { englishPhrase } from "@/lib/i18n";
import { phrase, type Phrase } from "@/lib/i18n/conflict-phrases";
import { formatTime, isoDayOf } from "@/lib/time";

import { gridPointsIn, intersectIntervals, type Interval } from "./free-intervals";
import type { MemberTimeline } from "./member-timeline";
import type { LocalDay } from "./slot-calendar";
import type { NormalizedSlotRequest } from "./slot-request";
import type { SummitItem, SummitVenue } from "./types";

export interface VenueAvailability {
  venue: SummitVenue;
  /** Starts at which every participant could be at this venue (travel included). */
  together: readonly Interval[];
}

export interface NoSlotInput {
  request: NormalizedSlotRequest;
  timelines: readonly MemberTimeline[];
  /** Venues that have at least one space large enough (after the venue filter). */
  venues: readonly VenueAvailability[];
  days: readonly LocalDay[];
  anchor: number;
  step: number;
}

/** "24 Jun 14:00": the day matters for arrivals, the weekday and year do not. */
function shortDayAndTime(instant: number, timeZone: string) {
  const at = new Date(instant);
  return { day: isoDayOf(at, timeZone), time: formatTime(at, timeZone), dateOnly: true as const };
}

/** An item as seen within the part of a day searched: "X 10:00–13:30", "X from 19:30", "X until 09:00". */
function busyText(item: SummitItem, part: Interval, timeZone: string): Phrase {
  const start = item.startsAt.getTime();
  const end = item.endsAt.getTime();
  if (start < part[0]) return phrase("busyUntil", item.title, formatTime(item.endsAt, timeZone));
  if (end > part[1]) return phrase("busyFrom", item.title, formatTime(item.startsAt, timeZone));
  return phrase("busyDuring", item.title, formatTime(item.startsAt, timeZone), formatTime(item.endsAt, timeZone));
}

function noCapacityLine(input: NoSlotInput): Phrase {
  const { request: r } = input;
  const venue = r.venueId === undefined ? undefined : (r.ctx.venuesById.get(r.venueId)?.name ?? r.venueId);
  if (r.minCapacity > 0) return venue === undefined ? phrase("noSpaceFor", r.minCapacity) : phrase("noSpaceAtFor", venue, r.minCapacity);
  return venue === undefined ? phrase("noSpace") : phrase("noSpaceAt", venue);
}

function participantLines(timeline: MemberTimeline, part: Interval, timeZone: string): Phrase[] {
  const lines: Phrase[] = [];
  const { title } = timeline.member;
  const arrives = timeline.stay?.arrives;
  const departs = timeline.stay?.departs;
  if (arrives && arrives.at.getTime() > part[0]) {
    lines.push(phrase("memberStay", title, arrives.movement?.phrase ?? phrase("arrivesWhen", shortDayAndTime(arrives.at.getTime(), timeZone))));
  }
  if (departs && departs.at.getTime() < part[1]) {
    lines.push(phrase("memberStay", title, departs.movement?.phrase ?? phrase("departsWhen", shortDayAndTime(departs.at.getTime(), timeZone))));
  }
  const busy = timeline.items
    .filter((i) => i.startsAt < i.endsAt && i.startsAt.getTime() < part[1] && i.endsAt.getTime() > part[0])
    .map((i) => busyText(i, part, timeZone));
  if (busy.length > 0) lines.push(phrase("memberBusy", title, phrase("semicolonList", ...busy)));
  return lines;
}

/** The explanation in English: the phrases' English, line by line. */
export function explainNoSlot(input: NoSlotInput): string[] {
  return explainNoSlotPhrases(input).map(englishPhrase);
}

/** Why no slot was found, line by line, as phrases a page renders in the reader's language. */
export function explainNoSlotPhrases(input: NoSlotInput): Phrase[] {
  const { request: r, timelines, venues, days, anchor, step } = input;
  if (venues.length === 0) return [noCapacityLine(input)];
  const timeZone = r.ctx.snapshot.timeZone;
  const d = r.durationMinutes;
  const lines: Phrase[] = [];

  for (const day of days) {
    // Starts on this day that the window allows; a day without one is not part of the search.
    const starts = intersectIntervals([[r.earliest, r.latest - r.durationMs + 1]], [[day.start, day.end]]);
    if (gridPointsIn(starts, anchor, step).length === 0) continue;
    const part: Interval = [Math.max(r.earliest, day.start), Math.min(r.latest, day.end)];
    const until = part[1] === day.end ? "24:00" : formatTime(new Date(part[1]), timeZone);
    lines.push(phrase("dayPart", { isoDay: isoDayOf(new Date(part[0]), timeZone) }, formatTime(new Date(part[0]), timeZone), until));

    for (const timeline of timelines) lines.push(...participantLines(timeline, part, timeZone));

    let anyTogether = false;
    for (const { venue, together } of venues) {
      for (const span of intersectIntervals(together, starts)) {
        const points = gridPointsIn([span], anchor, step);
        if (points.length === 0) continue;
        anyTogether = true;
        const from = formatTime(new Date(points[0]), timeZone);
        const to = formatTime(new Date(points[points.length - 1] + r.durationMs), timeZone);
        lines.push(phrase("noFreeSpace", d, venue.name, from, to));
      }
    }
    if (!anyTogether) lines.push(phrase("noCommonTime", d));
  }
  return lines;
}

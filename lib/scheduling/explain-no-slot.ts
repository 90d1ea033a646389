// Why the slot finder found nothing, in words a planner can act on, per summit-local day of the
// window: who is busy when, who has not arrived or has left, and where all participants would be
// free but no suitable space is. Every time is summit-local (lib/time), never the server's.
import { formatDay, formatTime } from "@/lib/time";

import { gridPointsIn, intersectSpans, type Span } from "./free-intervals";
import type { MemberTimeline } from "./member-timeline";
import type { LocalDay } from "./slot-calendar";
import type { NormalizedSlotRequest } from "./slot-request";
import type { SummitItem, SummitVenue } from "./types";

export interface VenueAvailability {
  venue: SummitVenue;
  /** Starts at which every participant could be at this venue (travel included). */
  together: readonly Span[];
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
function shortDayAndTime(instant: number, timeZone: string): string {
  const [, dayOfMonth, month] = formatDay(new Date(instant), timeZone).split(" ");
  return `${dayOfMonth} ${month} ${formatTime(new Date(instant), timeZone)}`;
}

/** An item as seen within the part of a day searched: "X 10:00–13:30", "X from 19:30", "X until 09:00". */
function busyText(item: SummitItem, part: Span, timeZone: string): string {
  const start = item.startsAt.getTime();
  const end = item.endsAt.getTime();
  if (start < part[0]) return `${item.title} until ${formatTime(item.endsAt, timeZone)}`;
  if (end > part[1]) return `${item.title} from ${formatTime(item.startsAt, timeZone)}`;
  return `${item.title} ${formatTime(item.startsAt, timeZone)}–${formatTime(item.endsAt, timeZone)}`;
}

function noCapacityLine(input: NoSlotInput): string {
  const { request: r } = input;
  const where = r.venueId === undefined ? "" : ` at ${r.ctx.venuesById.get(r.venueId)?.name ?? r.venueId}`;
  return r.minCapacity > 0 ? `No space${where} has room for ${r.minCapacity}` : `There is no space${where}`;
}

function participantLines(timeline: MemberTimeline, part: Span, timeZone: string): string[] {
  const lines: string[] = [];
  const { title } = timeline.member;
  const arrives = timeline.stay?.arrives;
  const departs = timeline.stay?.departs;
  if (arrives && arrives.at.getTime() > part[0]) {
    lines.push(`${title} ${arrives.movement?.text ?? `arrives ${shortDayAndTime(arrives.at.getTime(), timeZone)}`}`);
  }
  if (departs && departs.at.getTime() < part[1]) {
    lines.push(`${title} ${departs.movement?.text ?? `departs ${shortDayAndTime(departs.at.getTime(), timeZone)}`}`);
  }
  const busy = timeline.items
    .filter((i) => i.startsAt < i.endsAt && i.startsAt.getTime() < part[1] && i.endsAt.getTime() > part[0])
    .map((i) => busyText(i, part, timeZone));
  if (busy.length > 0) lines.push(`${title}: ${busy.join("; ")}`);
  return lines;
}

export function explainNoSlot(input: NoSlotInput): string[] {
  const { request: r, timelines, venues, days, anchor, step } = input;
  if (venues.length === 0) return [noCapacityLine(input)];
  const timeZone = r.ctx.snapshot.timeZone;
  const d = r.durationMinutes;
  const lines: string[] = [];

  for (const day of days) {
    // Starts on this day that the window allows; a day without one is not part of the search.
    const starts = intersectSpans([[r.earliest, r.latest - r.durationMs + 1]], [[day.start, day.end]]);
    if (gridPointsIn(starts, anchor, step).length === 0) continue;
    const part: Span = [Math.max(r.earliest, day.start), Math.min(r.latest, day.end)];
    const until = part[1] === day.end ? "24:00" : formatTime(new Date(part[1]), timeZone);
    lines.push(`${formatDay(new Date(part[0]), timeZone)} (${formatTime(new Date(part[0]), timeZone)}–${until})`);

    for (const timeline of timelines) lines.push(...participantLines(timeline, part, timeZone));

    let anyTogether = false;
    for (const { venue, together } of venues) {
      for (const span of intersectSpans(together, starts)) {
        const points = gridPointsIn([span], anchor, step);
        if (points.length === 0) continue;
        anyTogether = true;
        const from = formatTime(new Date(points[0]), timeZone);
        const to = formatTime(new Date(points[points.length - 1] + r.durationMs), timeZone);
        lines.push(`No free space for ${d} min at ${venue.name} between ${from} and ${to}`);
      }
    }
    if (!anyTogether) lines.push(`No common free ${d} min for all participants, counting travel time`);
  }
  return lines;
}

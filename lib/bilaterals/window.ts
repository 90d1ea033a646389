// The time window a slot is searched in or checked against, in the summit's time zone: the whole
// summit, one of its days, or part of one day. Pure, so its edge cases are unit-tested.
import { formatIsoDay } from "@/lib/i18n";
import { refusal, worded, type Refusal } from "@/lib/i18n/errors";
import { dayBounds, zonedInstant, type IsoDay } from "@/lib/time";

export type SummitDays = { timeZone: string; days: readonly IsoDay[] };
export type WindowInput = { day?: IsoDay; from?: string; until?: string };
export type SlotWindow = { earliest: Date; latest: Date };

/** From the start of the first summit day to the end of the last. */
export function summitWindow(summit: SummitDays): SlotWindow {
  return {
    earliest: dayBounds(summit.days[0], summit.timeZone).startsAt,
    latest: dayBounds(summit.days[summit.days.length - 1], summit.timeZone).endsAt,
  };
}

/** The window for a search; a day outside the summit is refused with the summit's days named. */
export function searchWindow(summit: SummitDays, input: WindowInput): { ok: true; window: SlotWindow } | { ok: false; refused: Refusal } {
  if (summit.days.length === 0) return { ok: false, refused: refusal("noDays", ["day"]) };
  if (input.day === undefined) return { ok: true, window: summitWindow(summit) };
  if (!summit.days.includes(input.day)) {
    const [first, last] = [summit.days[0], summit.days[summit.days.length - 1]];
    return { ok: false, refused: worded("chooseSummitDay", (t, lang) => t.chooseSummitDay(formatIsoDay(first, lang), formatIsoDay(last, lang)), ["day"]) };
  }
  const bounds = dayBounds(input.day, summit.timeZone);
  const earliest = input.from ? zonedInstant(input.day, input.from, summit.timeZone) : bounds.startsAt;
  const latest = input.until && input.until !== "24:00" ? zonedInstant(input.day, input.until, summit.timeZone) : bounds.endsAt;
  if (latest <= earliest) return { ok: false, refused: refusal("searchEndAfterStart", ["until"]) };
  return { ok: true, window: { earliest, latest } };
}

/** The days among `days` that are not days of the summit (checks preferred days). */
export function daysOutsideSummit(summit: SummitDays, days: readonly IsoDay[]): IsoDay[] {
  return days.filter((d) => !summit.days.includes(d));
}

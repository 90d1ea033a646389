// The days an imported time may fall on: the summit's days, and the day before and after them
// for arrivals the evening before and departures the morning after. Anything further off is a
// mistyped year or a day and month swapped, and refused.
import { addDays, format, parseISO } from "date-fns";
import type { IsoDay } from "@/lib/time";

const shift = (day: IsoDay, by: number) => format(addDays(parseISO(day), by), "yyyy-MM-dd");

export function summitWindow(days: readonly IsoDay[]): { first: IsoDay; last: IsoDay } {
  return { first: shift(days[0], -1), last: shift(days[days.length - 1], 1) };
}

/** Null when the local "YYYY-MM-DDTHH:mm" falls within the window, else the reason. */
export function outsideSummit(local: string, days: readonly IsoDay[]): string | null {
  if (days.length === 0) return null;
  const { first, last } = summitWindow(days);
  const day = local.slice(0, 10);
  if (day >= first && day <= last) return null;
  return `${day} is outside the summit's days (${days[0]} to ${days[days.length - 1]}, with the day before and after).`;
}

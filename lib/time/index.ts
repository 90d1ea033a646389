// The one module that turns instants into summit-local wall-clock text and back.
// Everything is stored as an instant (timestamptz); every page, export and message shows it in
// the summit's time zone, whatever zone the server or the test runner happens to be in.
import { TZDate } from "@date-fns/tz";
import { addDays, format, parseISO } from "date-fns";

/** A calendar day as "YYYY-MM-DD", interpreted in a named time zone. */
export type IsoDay = string;

/**
 * A stretch of time from one instant to another, the shape of every range of instants (rows, days,
 * windows). End excluded, as items are; coverage is the exception that says otherwise: a task's
 * window covers its end too, and a moment left uncovered is a span whose start and end are equal.
 */
export interface Span {
  startsAt: Date;
  endsAt: Date;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDay(value: string): value is IsoDay {
  if (!ISO_DAY.test(value)) return false;
  const d = parseISO(value);
  return !Number.isNaN(d.getTime()) && format(d, "yyyy-MM-dd") === value;
}

/** Wall-clock fields of an instant in a zone. */
interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

// One formatter per zone, made once: TZDate re-derives the zone offset through Intl on every
// construction (several formatToParts calls each), a cost a page pays for each of the few hundred
// times it shows. Formatters hold no request data, so keeping them is safe.
const wallClockFormatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = wallClockFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      hourCycle: "h23",
    });
    wallClockFormatters.set(timeZone, formatter);
  }
  return formatter;
}

function formatWallClock(ms: number, timeZone: string): WallClock {
  const clock: WallClock = { year: 0, month: 0, day: 0, hour: 0, minute: 0 };
  for (const part of formatterFor(timeZone).formatToParts(ms)) {
    if (part.type in clock) clock[part.type as keyof WallClock] = Number(part.value);
  }
  return clock;
}

const MINUTE = 60_000;
const SLOT = 15 * MINUTE;
// Since 1980 every zone's UTC offset is a whole number of minutes and changes on a quarter hour
// (local transition times on the quarter hour, offsets in quarter hours): an offset known for one
// 15-minute slot holds for every instant in it. formatToParts is by far the dearest step of a
// page's few hundred times, so offsets are kept per zone and slot (bounded) and the wall clock is
// plain arithmetic. Earlier instants (local mean times with seconds) are formatted every time.
const CACHE_FROM = Date.UTC(1980, 0, 1);
const offsetSlots = new Map<string, number | null>();

const utcOfClock = (c: WallClock) => Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute);

/** The zone's offset (ms) at an instant, to the minute. */
const offsetAt = (ms: number, timeZone: string) => utcOfClock(formatWallClock(ms, timeZone)) - Math.floor(ms / MINUTE) * MINUTE;

/** The zone's offset (ms) for the slot, or null when it changes within the slot. */
function slotOffset(slot: number, timeZone: string): number | null {
  const key = `${timeZone} ${slot}`;
  const known = offsetSlots.get(key);
  if (known !== undefined) return known;
  const start = slot * SLOT;
  // Its first and its last second: a change anywhere in the slot makes the two differ.
  const atStart = offsetAt(start, timeZone);
  const atEnd = offsetAt(start + SLOT - 1_000, timeZone);
  const offset = atStart === atEnd ? atStart : null;
  if (offsetSlots.size >= 50_000) offsetSlots.clear();
  offsetSlots.set(key, offset);
  return offset;
}

function wallClock(instant: Date, timeZone: string): WallClock {
  const ms = instant.getTime();
  const offset = ms >= CACHE_FROM ? slotOffset(Math.floor(ms / SLOT), timeZone) : null;
  if (offset === null) return formatWallClock(ms, timeZone);
  const local = new Date(ms + offset);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");
const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "14:05" in the given zone. */
export function formatTime(instant: Date, timeZone: string): string {
  const c = wallClock(instant, timeZone);
  return `${pad(c.hour)}:${pad(c.minute)}`;
}

/** "Tue 24 Jun 2025" in the given zone. */
export function formatDay(instant: Date, timeZone: string): string {
  const c = wallClock(instant, timeZone);
  const weekday = new Date(Date.UTC(c.year, c.month - 1, c.day)).getUTCDay();
  return `${WEEKDAYS[weekday]} ${c.day} ${MONTHS[c.month - 1]} ${c.year}`;
}

/** "Tue 24 Jun 2025 18:30" in the given zone. */
export function formatDayTime(instant: Date, timeZone: string): string {
  return `${formatDay(instant, timeZone)} ${formatTime(instant, timeZone)}`;
}

/** "Tue 24 Jun" in the given zone: a day named beside a time, where the year goes without saying. */
export function formatDayMonth(instant: Date, timeZone: string): string {
  const c = wallClock(instant, timeZone);
  const weekday = new Date(Date.UTC(c.year, c.month - 1, c.day)).getUTCDay();
  return `${WEEKDAYS[weekday]} ${c.day} ${MONTHS[c.month - 1]}`;
}

/** "2025-06-24" for the instant's calendar day in the given zone. */
export function isoDayOf(instant: Date, timeZone: string): IsoDay {
  const c = wallClock(instant, timeZone);
  return `${pad(c.year, 4)}-${pad(c.month)}-${pad(c.day)}`;
}

/** Minutes after local midnight of the instant's day in the given zone (0–1439). */
export function minuteOfDay(instant: Date, timeZone: string): number {
  const c = wallClock(instant, timeZone);
  return c.hour * 60 + c.minute;
}

/** The instant of local wall-clock time `HH:mm` on `day` in the zone. */
export function zonedInstant(day: IsoDay, hhmm: string, timeZone: string): Date {
  const [y, m, d] = day.split("-").map(Number);
  const [hh, mm] = hhmm.split(":").map(Number);
  return new Date(new TZDate(y, m - 1, d, hh, mm, 0, 0, timeZone).getTime());
}

/** The instants of a local calendar day, local midnight to the next; 23 or 25 hours long on DST change days. */
export function dayBounds(day: IsoDay, timeZone: string): Span {
  const next = format(addDays(parseISO(day), 1), "yyyy-MM-dd");
  return { startsAt: zonedInstant(day, "00:00", timeZone), endsAt: zonedInstant(next, "00:00", timeZone) };
}

/** Every calendar day from `first` to `last` inclusive. */
export function daysBetween(first: IsoDay, last: IsoDay): IsoDay[] {
  const days: IsoDay[] = [];
  for (let d = parseISO(first); format(d, "yyyy-MM-dd") <= last; d = addDays(d, 1)) {
    days.push(format(d, "yyyy-MM-dd"));
  }
  return days;
}

/** A `@db.Date` column value (midnight UTC) as an IsoDay. */
export function isoDayOfDateColumn(value: Date): IsoDay {
  return value.toISOString().slice(0, 10);
}

/** "2025-06-24T19:30" in the zone: the value of an <input type="datetime-local">. */
export function toLocalInput(instant: Date | null, timeZone: string): string {
  if (!instant) return "";
  const c = wallClock(instant, timeZone);
  return `${pad(c.year, 4)}-${pad(c.month)}-${pad(c.day)}T${pad(c.hour)}:${pad(c.minute)}`;
}

const LOCAL_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)$/;

/** Whether text is a datetime-local field's value ("YYYY-MM-DDTHH:mm") naming a real day. */
export function isLocalDateTime(value: string): boolean {
  const match = LOCAL_DATE_TIME.exec(value);
  return !!match && isIsoDay(match[1]);
}

/** The instant of a datetime-local field's value read as wall-clock time in the zone. */
export function localInstant(value: string, timeZone: string): Date {
  const [day, time] = value.split("T");
  return zonedInstant(day, time, timeZone);
}

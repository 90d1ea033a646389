// Dates and times as spreadsheets hold them, read as wall-clock time in the summit's zone: Excel
// serial numbers (days since 1899-12-30, the time as the fraction), dates exceljs has already
// turned into Date values, and text — 24-06-2025 14:30, 24/06/2025, 24.06.2025, 2025-06-24T14:30
// or 2025-06-24 14:30. Day-month-year always: a European summit's files put the day first.
// Instants are made by lib/time, never by the process's own zone.
import { isIsoDay, isoDayOf, formatTime, zonedInstant, type IsoDay } from "@/lib/time";
import type { Cell } from "./types";

/** A day, a time, or both, as read from one cell. */
export type WallClock = { day: IsoDay | null; time: string | null };

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(message: string): Parsed<T> => ({ ok: false, message });

const pad = (n: number) => String(n).padStart(2, "0");
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

function clockOfUtc(ms: number, withDay: boolean, withTime: boolean): WallClock {
  // Excel keeps times as binary fractions of a day: 14:30 is 14:29:59.99…; round to the minute.
  const d = new Date(Math.round(ms / 60_000) * 60_000);
  return {
    day: withDay ? `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}` : null,
    time: withTime ? `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}` : null,
  };
}

function fromSerial(serial: number): Parsed<WallClock> {
  if (!Number.isFinite(serial) || serial < 0 || serial >= 2_958_466) return fail("is not a date Excel knows.");
  const whole = Math.floor(serial);
  const hasTime = serial - whole > 1e-9;
  // A serial below 1 is a time of day alone (Excel's "0" day).
  return ok(clockOfUtc(EXCEL_EPOCH + serial * DAY_MS, whole >= 1, hasTime || whole < 1));
}

function fromDate(date: Date): Parsed<WallClock> {
  if (Number.isNaN(date.getTime())) return fail("is not a valid date.");
  // exceljs gives a time-only cell as that time on Excel's day 0 (1899-12-30 or 31).
  const timeOnly = date.getTime() < Date.UTC(1900, 0, 1);
  const midnight = date.getUTCHours() === 0 && date.getUTCMinutes() === 0 && date.getUTCSeconds() === 0;
  return ok(clockOfUtc(date.getTime(), !timeOnly, timeOnly || !midnight));
}

const TIME = "(\\d{1,2})[:.](\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?";
const ISO = new RegExp(`^(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ]+${TIME}(Z|[+-]\\d{2}:?\\d{2})?)?$`, "i");
const DMY = new RegExp(`^(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})(?:[ T,]+${TIME})?$`);
const TIME_ONLY = new RegExp(`^${TIME}(?:\\s*(?:h|u|uur))?$`, "i");

function day(y: string, m: string, d: string): IsoDay | null {
  const value = `${y}-${pad(Number(m))}-${pad(Number(d))}`;
  return isIsoDay(value) ? value : null;
}

function time(h: string | undefined, m: string | undefined): string | null | false {
  if (h === undefined || m === undefined) return null;
  const hours = Number(h);
  const minutes = Number(m);
  if (hours > 23 || minutes > 59) return false;
  return `${pad(hours)}:${pad(minutes)}`;
}

function fromText(text: string, timeZone: string): Parsed<WallClock> {
  let match = ISO.exec(text);
  if (match) {
    const d = day(match[1], match[2], match[3]);
    const t = time(match[4], match[5]);
    if (!d || t === false) return fail(`"${text}" is not a real date and time.`);
    const offset = match[7];
    if (offset && t) {
      // An instant with its own offset: shown in the summit's zone, as every time is.
      const iso = `${d}T${t}:${match[6] ?? "00"}${offset.toUpperCase() === "Z" ? "Z" : offset.length === 5 ? `${offset.slice(0, 3)}:${offset.slice(3)}` : offset}`;
      const instant = new Date(iso);
      if (Number.isNaN(instant.getTime())) return fail(`"${text}" is not a real date and time.`);
      return ok({ day: isoDayOf(instant, timeZone), time: formatTime(instant, timeZone) });
    }
    return ok({ day: d, time: t });
  }
  match = DMY.exec(text);
  if (match) {
    const d = day(match[3], match[2], match[1]);
    const t = time(match[4], match[5]);
    if (!d || t === false) return fail(`"${text}" is not a real date (use day-month-year, e.g. 24-06-2025 14:30).`);
    return ok({ day: d, time: t });
  }
  match = TIME_ONLY.exec(text);
  if (match) {
    const t = time(match[1], match[2]);
    if (!t) return fail(`"${text}" is not a time of day (use 14:30).`);
    return ok({ day: null, time: t });
  }
  return fail(`"${text}" is not a date or time (use 24-06-2025 14:30, 2025-06-24T14:30 or 24/06/2025).`);
}

/** A cell as a day, a time or both; an empty cell gives neither. */
export function parseWallClock(cell: Cell | undefined, timeZone: string): Parsed<WallClock> {
  if (cell === null || cell === undefined || cell === "") return ok({ day: null, time: null });
  if (cell instanceof Date) return fromDate(cell);
  if (typeof cell === "number") return fromSerial(cell);
  if (typeof cell === "boolean") return fail("is not a date or time.");
  const text = cell.trim();
  if (text === "") return ok({ day: null, time: null });
  // A serial number written out as text (a CSV saved from Excel with General format).
  if (/^\d+(\.\d+)?$/.test(text) && Number(text) > 59) return fromSerial(Number(text));
  return fromText(text, timeZone);
}

/**
 * A date and time from one cell or several (a date column and a time column): the day of the
 * first cell that has one, the time of the last cell that has one (a time column wins over a time
 * inside the date column). Gives the wall clock as "YYYY-MM-DDTHH:mm"; all cells empty give null.
 */
export function parseLocalDateTime(cells: readonly (Cell | undefined)[], timeZone: string): Parsed<string | null> {
  let d: IsoDay | null = null;
  let t: string | null = null;
  for (const cell of cells) {
    const parsed = parseWallClock(cell, timeZone);
    if (!parsed.ok) return parsed;
    d ??= parsed.value.day;
    t = parsed.value.time ?? t;
  }
  if (!d && !t) return ok(null);
  if (!d) return fail("has a time but no date (add the date, e.g. 24-06-2025 14:30).");
  if (!t) return fail("has a date but no time (add the time, e.g. 24-06-2025 14:30).");
  return ok(`${d}T${t}`);
}

/** The instant of a "YYYY-MM-DDTHH:mm" wall clock in the zone. */
export function instantOf(local: string, timeZone: string): Date {
  return zonedInstant(local.slice(0, 10), local.slice(11, 16), timeZone);
}

/** A time of day as minutes after midnight (opening hours); "24:00" is the end of the day. */
export function parseMinuteOfDay(cell: Cell | undefined, timeZone: string): Parsed<number | null> {
  if (typeof cell === "string" && /^\s*24[:.]00\s*$/.test(cell)) return ok(24 * 60);
  const parsed = parseWallClock(cell, timeZone);
  if (!parsed.ok) return parsed;
  if (parsed.value.day && !parsed.value.time) return fail("is a date, not a time of day (use 07:30).");
  if (!parsed.value.time) return ok(null);
  const [h, m] = parsed.value.time.split(":").map(Number);
  return ok(h * 60 + m);
}

// The text of the 24-hour time and date-time fields. A date-time travels as "YYYY-MM-DDTHH:mm",
// the value an <input type="datetime-local"> used to give, so the schemas and the server read the
// same value as before; the field shows it as a date and a 24-hour "HH:mm" time.

const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** Marks a time that is not a 24-hour "HH:mm", so that no schema takes it for one. */
const UNREADABLE = "!";

/** Minutes after midnight of a strict "HH:mm" (00:00–23:59), or null. */
export function parseClock(text: string): number | null {
  const match = CLOCK.exec(text.trim());
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

/** "HH:mm" of minutes after midnight, wrapping round the day. */
export function formatClock(minutes: number): string {
  const m = ((Math.round(minutes) % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
}

/**
 * The time after one press of an arrow key: to the next (or previous) multiple of `step` minutes,
 * wrapping round midnight. An empty or unreadable time starts from `fallback`.
 */
export function stepClock(text: string, direction: 1 | -1, step = 5, fallback = "09:00"): string {
  const now = parseClock(text);
  if (now === null) return fallback;
  const next = direction === 1 ? Math.floor(now / step) * step + step : Math.ceil(now / step) * step - step;
  return formatClock(next);
}

/** The date and the time text of a "YYYY-MM-DDTHH:mm" value (either may be empty). */
export function splitLocal(value: string | null | undefined): { day: string; time: string } {
  if (!value) return { day: "", time: "" };
  const at = value.indexOf("T");
  if (at === -1) return { day: value, time: "" };
  const time = value.slice(at + 1);
  return { day: value.slice(0, at), time: time.startsWith(UNREADABLE) ? time.slice(UNREADABLE.length) : time };
}

/**
 * The value of a date and a time as typed: "" when both are empty, else "day" + "T" + time. A time
 * that is not a 24-hour "HH:mm" (e.g. "7:5", "25:00") is kept as typed behind a mark, so every
 * schema refuses it with its own message, rather than the field dropping it or a lenient pattern
 * (two digits, colon, two digits) letting "25:00" through.
 */
export function joinLocal(day: string, time: string): string {
  const clock = time.trim();
  if (!day && !clock) return "";
  if (!clock || parseClock(clock) !== null) return `${day}T${clock}`;
  return `${day}T${UNREADABLE}${clock}`;
}

/** Whether a value is a complete, well-formed "YYYY-MM-DDTHH:mm". */
export function isCompleteLocal(value: string): boolean {
  const { day, time } = splitLocal(value);
  return DAY.test(day) && parseClock(time) !== null;
}

// Pure rules for items that vanished from a reader's calendar (lib/itinerary/vanished.ts reads the
// audit trail for them): the states an item went through and when, the spans in which an agency
// had a task on it (audit states do not record tasks), the state the reader last saw, and what the
// cancelled event says. Nothing here reads more than the audit sides it is given.
import { readFields, taskSnapshotSchema } from "@/lib/audit/schema";
import { parseSnapshot, type Snapshot } from "./change-rules";
import type { VanishedItem } from "./types";

/** An audit entry of an item or a task, oldest first. */
export type HistoryRow = { at: Date; before: unknown; after: unknown };

/** A period of time: from `from` (null: since before the audit trail began) to `to` (null: still). */
export type Period = { from: Date | null; to: Date | null };

/** A state the item was in, and the period it was in it. */
export type StatePeriod = Period & { state: Snapshot };

/**
 * The states of one item, oldest first, from its audit entries (oldest first): each entry's
 * before side held since the previous entry, its after side until the next one. Given a run of
 * entries that leaves out only entries whose sides all fail a test on the state alone, every state
 * that passes it still gets its true span (the entry next to it shows the same state, so it passes
 * too and is in the run).
 */
export function statePeriods(rows: readonly HistoryRow[]): StatePeriod[] {
  const spans: StatePeriod[] = [];
  rows.forEach((row, i) => {
    const before = parseSnapshot(row.before);
    const after = parseSnapshot(row.after);
    if (before) spans.push({ state: before, from: i > 0 ? rows[i - 1].at : null, to: row.at });
    if (after) spans.push({ state: after, from: row.at, to: i + 1 < rows.length ? rows[i + 1].at : null });
  });
  return spans;
}

/** Whether two spans share a moment (a span ending where the other begins does not; an empty span shares none). */
export function overlaps(a: Period, b: Period): boolean {
  const before = (x: Date | null, y: Date | null) => x === null || y === null || x.getTime() < y.getTime();
  return before(a.from, a.to) && before(b.from, b.to) && before(a.from, b.to) && before(b.from, a.to);
}

/**
 * The spans in which the agency had at least one task on the item: counted back from the number
 * of such tasks now through the task audit entries (oldest first). A task made without an audit
 * entry (seeded) counts from the start if it is still there.
 */
export function taskPeriods(rows: readonly HistoryRow[], agencyId: string, itemId: string, current: number): Period[] {
  const mine = (value: unknown) => {
    const side = readFields(taskSnapshotSchema, value);
    return side?.agencyId === agencyId && side.itemId === itemId ? 1 : 0;
  };
  const spans: Period[] = [];
  let count = current;
  let to: Date | null = null;
  for (let i = rows.length - 1; i >= 0; i--) {
    const row = rows[i];
    if (count > 0) spans.push({ from: row.at, to });
    count = Math.max(0, count - mine(row.after) + mine(row.before));
    to = row.at;
  }
  if (count > 0) spans.push({ from: null, to });
  return spans.reverse();
}

export type SeenRule = {
  /** Whether the reader's calendar held the item in this state: they could see it, and it belonged to the calendar's scope. */
  held: (span: StatePeriod) => boolean;
  /** Whether this file is one that listed it then (its day, member, venue). */
  inFile: (span: StatePeriod) => boolean;
};

/** A state that can be shown as an event: it has a title and times. */
const showable = (span: StatePeriod) => !!span.state.title && !!span.state.startsAt && !!span.state.endsAt;

/**
 * The state the reader last saw of an item that is out of their calendar now, or null when they
 * never saw it, or never in a file like this one.
 */
export function lastSeen(spans: readonly StatePeriod[], rule: SeenRule): StatePeriod | null {
  const seen = spans.filter((span) => showable(span) && rule.held(span));
  if (!seen.some(rule.inFile)) return null;
  return seen[seen.length - 1];
}

/**
 * The cancelled event for a state the reader last saw. SEQUENCE: the item's own event is version − 1.
 * When the item changed after the state the reader saw, that write raised its version past any the
 * reader had, so version − 1 is already higher (and an item that comes back later, changed again,
 * is higher still); when nothing of it changed (an agency's task was deleted), version.
 */
export function vanishedItem(id: string, version: number, seen: StatePeriod, restrictedTitle: string | null): VanishedItem {
  const { state } = seen;
  return {
    id,
    title: restrictedTitle ?? state.title!,
    restricted: restrictedTitle !== null,
    startsAt: state.startsAt!,
    endsAt: state.endsAt!,
    space: state.spaceName ?? null,
    venue: state.venueName ?? null,
    sequence: seen.to === null ? version : Math.max(0, version - 1),
  };
}

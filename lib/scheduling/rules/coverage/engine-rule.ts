// The coverage check as a rule of the conflict engine. Item gaps become MISSING_COVERAGE conflicts
// on the item; a movement gap becomes one on the programme item the movement serves (the
// delegation's item at the destination, or the one it leaves from), so "the Icelandic transfer
// to the royal dinner has no escort" shows beside the dinner. Arrivals and departures serve no
// item: their gaps are listed on the coverage page only. A requirement whose tasks leave part of the
// subject's time open says which part ("coverage only until 22:30 (uncovered 22:30–23:30)").
import { makeConflict, spoken } from "../../make-conflict";
import { missingCoverageConflict } from "../missing-coverage";
import type { Conflict, ConflictRule, EngineContext, SummitItem } from "../../types";
import { phrase, type Phrase } from "@/lib/i18n/conflict-phrases";
import { en } from "@/lib/i18n/en";
import { formatTime } from "@/lib/time";
import { shortfallPhrase, shortfallText } from "./describe";
import { evaluateCoverage } from "./evaluate";
import { coverageItemsFromContext, type ItemFacts } from "./items";
import type { CoverageItem, CoverageMovement, CoverageRuleData, CoverageTask } from "./types";

export interface CoverageData extends ItemFacts {
  rules: readonly CoverageRuleData[];
  movements: readonly CoverageMovement[];
  tasks: readonly CoverageTask[];
}

/** A programme item moved so that it starts `byMs` later (earlier when negative). */
export interface ItemShift {
  itemId: string;
  byMs: number;
  /** The transfers that follow the item (lib/programme/followers.ts), each by its own amount. */
  movements?: readonly { id: string; byMs: number }[];
  /** The sessions that follow a side event, whose tasks move with them. */
  sessions?: readonly { id: string; byMs: number }[];
}

/**
 * The data as it will be once the item's move is saved: its agency tasks keep their offset to
 * the item's start, and the transfers that follow it move with their tasks
 * (lib/programme/linked.ts shifts them all in the move's transaction).
 */
export function withItemTasksShifted(data: CoverageData, shift: ItemShift): CoverageData {
  const movementBy = new Map((shift.movements ?? []).map((m) => [m.id, m.byMs]));
  const itemBy = new Map([[shift.itemId, shift.byMs], ...(shift.sessions ?? []).map((s): [string, number] => [s.id, s.byMs])]);
  if (shift.byMs === 0 && movementBy.size === 0) return data;
  const by = (d: Date, ms: number) => new Date(d.getTime() + ms);
  const taskShift = (t: CoverageData["tasks"][number]) =>
    t.itemId ? (itemBy.get(t.itemId) ?? 0) : t.movementId ? (movementBy.get(t.movementId) ?? 0) : 0;
  return {
    ...data,
    movements: data.movements.map((m) => {
      const ms = movementBy.get(m.id);
      return ms ? { ...m, startsAt: by(m.startsAt, ms), endsAt: m.endsAt ? by(m.endsAt, ms) : null } : m;
    }),
    tasks: data.tasks.map((t) => {
      const ms = taskShift(t);
      return ms ? { ...t, startsAt: by(t.startsAt, ms), endsAt: by(t.endsAt, ms) } : t;
    }),
  };
}

/** How far from a movement the item it serves may start or end. */
const SERVES_WITHIN_MS = 3 * 60 * 60 * 1000;

/**
 * The programme item a movement takes its delegation to, or else the one it comes from: the item a
 * planner linked it to when there is one (and it is in the snapshot), else the nearest item at its
 * destination or origin that the delegation attends.
 */
export function itemServedBy(ctx: EngineContext, items: readonly CoverageItem[], movement: CoverageMovement): SummitItem | undefined {
  const linked = [movement.toItemId, movement.fromItemId].find((id) => id && ctx.itemsById.has(id));
  if (linked) return ctx.itemsById.get(linked);
  const attended = items.filter(
    (i) => i.parentId === null && (ctx.delegationsByItem.get(i.id) ?? []).includes(movement.delegationId),
  );
  const start = movement.startsAt.getTime();
  const to = attended
    .filter((i) => i.venueId !== null && i.venueId === movement.toVenueId)
    .filter((i) => i.startsAt.getTime() >= start && i.startsAt.getTime() - start <= SERVES_WITHIN_MS)
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())[0];
  const from = attended
    .filter((i) => i.venueId !== null && i.venueId === movement.fromVenueId)
    .filter((i) => i.endsAt.getTime() <= start + SERVES_WITHIN_MS && start - i.endsAt.getTime() <= SERVES_WITHIN_MS)
    .sort((a, b) => b.endsAt.getTime() - a.endsAt.getTime())[0];
  const served = to ?? from;
  return served ? ctx.itemsById.get(served.id) : undefined;
}

function movementText(ctx: EngineContext, movement: CoverageMovement): Phrase {
  const delegation = ctx.delegationsById.get(movement.delegationId)?.name ?? phrase("aDelegation");
  const place = (id: string | null) => (id ? ctx.venuesById.get(id)?.name : undefined) ?? "?";
  const time = formatTime(movement.startsAt, ctx.snapshot.timeZone);
  return phrase("movementRoute", { movementKind: movement.kind }, delegation, place(movement.fromVenueId), place(movement.toVenueId), time);
}

/**
 * A ConflictRule for checkSummit({ extraRules }): one MISSING_COVERAGE warning per unmet
 * requirement on an item, or on a movement that serves an item in the snapshot. Its id names the
 * requirement only (subject and task type), never the open period: a gap that grows or shrinks is
 * the same conflict with a new message.
 */
export function coverageConflictRule(data: CoverageData): ConflictRule {
  return (ctx) => {
    const items = coverageItemsFromContext(ctx, data);
    const { gaps } = evaluateCoverage(data.rules, items, data.movements, data.tasks);
    const movements = new Map(data.movements.map((m) => [m.id, m]));
    const conflicts: Conflict[] = [];
    for (const gap of gaps) {
      const label = en.tasks.type[gap.taskType].toLowerCase();
      const shortfall = shortfallText(gap, label, ctx.snapshot.timeZone);
      const lacking = shortfallPhrase(gap, { taskType: gap.taskType }, ctx.snapshot.timeZone);
      if (gap.target === "ITEM") {
        const item = ctx.itemsById.get(gap.subjectId);
        if (item) conflicts.push(missingCoverageConflict(ctx, item, { id: `type=${gap.taskType}`, label, shortfall, shortfallPhrase: lacking }));
        continue;
      }
      const movement = movements.get(gap.subjectId);
      const item = movement ? itemServedBy(ctx, items, movement) : undefined;
      if (!movement || !item) continue;
      conflicts.push(
        makeConflict(
          {
            type: "MISSING_COVERAGE",
            severity: "warning",
            itemIds: [item.id],
            delegationId: movement.delegationId,
            ...spoken(phrase("movementShortfall", movementText(ctx, movement), item.title, lacking)),
          },
          `movement=${movement.id}|type=${gap.taskType}`,
        ),
      );
    }
    return conflicts;
  };
}

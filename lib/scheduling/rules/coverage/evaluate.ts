// Which items and movements need which kinds of agency task, and which of those needs are met.
// Pure: the coverage page, the conflict engine rule and the tests all call evaluateCoverage.
import { TaskType } from "@/lib/generated/prisma/enums";
import type { Span } from "@/lib/time";
import type {
  CoverageEvaluation,
  CoverageItem,
  CoverageMovement,
  CoverageRuleData,
  CoverageTask,
  Requirement,
} from "./types";

const TYPE_ORDER: readonly string[] = Object.values(TaskType);

export function ruleMatchesItem(rule: CoverageRuleData, item: CoverageItem): boolean {
  if (rule.target !== "ITEM" || item.parentId !== null) return false;
  if (rule.itemKind !== null && rule.itemKind !== item.kind) return false;
  if (rule.venueId !== null && rule.venueId !== item.venueId) return false;
  if (rule.principalLevel !== null && !item.levels.includes(rule.principalLevel)) return false;
  return true;
}

export function ruleMatchesMovement(rule: CoverageRuleData, movement: CoverageMovement): boolean {
  if (rule.target !== "MOVEMENT") return false;
  if (rule.movementKind !== null && rule.movementKind !== movement.kind) return false;
  if (rule.principalLevel !== null && rule.principalLevel !== movement.principalLevel) return false;
  if (rule.venueId !== null && rule.venueId !== movement.fromVenueId && rule.venueId !== movement.toVenueId) return false;
  return true;
}

function pushTo(map: Map<string, CoverageTask[]>, id: string, task: CoverageTask): void {
  const list = map.get(id);
  if (list) list.push(task);
  else map.set(id, [task]);
}

function tasksBySubject(tasks: readonly CoverageTask[]): Record<"ITEM" | "MOVEMENT", Map<string, CoverageTask[]>> {
  // Keyed by the subject's own id, one map per kind: no key string built per task.
  const bySubject = { ITEM: new Map<string, CoverageTask[]>(), MOVEMENT: new Map<string, CoverageTask[]>() };
  for (const task of tasks) {
    if (task.itemId !== null) pushTo(bySubject.ITEM, task.itemId, task);
    else if (task.movementId !== null) pushTo(bySubject.MOVEMENT, task.movementId, task);
  }
  return bySubject;
}

/**
 * The parts of [startsAt, endsAt] that the union of the tasks' windows leaves open, in time order.
 * Windows are closed intervals, so consecutive shifts (18:00–21:00, 21:00–23:00) leave no gap
 * between them. A subject without an end (or ending where it starts) is a moment: it is covered
 * when some window contains it, otherwise it is one span with startsAt = endsAt.
 */
export function uncoveredPeriods(startsAt: Date, endsAt: Date | null, tasks: readonly { startsAt: Date; endsAt: Date }[]): Span[] {
  const start = startsAt.getTime();
  const end = endsAt === null ? start : endsAt.getTime();
  if (end <= start) {
    const held = tasks.some((t) => t.startsAt.getTime() <= start && start <= t.endsAt.getTime());
    return held ? [] : [{ startsAt: new Date(start), endsAt: new Date(start) }];
  }
  const windows = tasks
    .map((t) => [t.startsAt.getTime(), t.endsAt.getTime()] as const)
    .filter(([from, to]) => from < to) // a window of no length covers no stretch of time
    .sort((a, b) => a[0] - b[0]);
  const open: Span[] = [];
  let cursor = start; // everything before it is covered
  for (const [from, to] of windows) {
    if (cursor >= end) break;
    if (to <= cursor) continue;
    if (from > cursor) open.push({ startsAt: new Date(cursor), endsAt: new Date(Math.min(from, end)) });
    cursor = to;
  }
  if (cursor < end) open.push({ startsAt: new Date(cursor), endsAt: new Date(end) });
  return open;
}

/**
 * Every (subject, task type) pair the rules require, in time order, and the gaps among them: the
 * pairs whose tasks of that type do not together span the subject's time (an item's start to end,
 * a movement's start to end or, without an end, its start), with the periods left open. Tasks count
 * whatever their status: coverage here is what is planned, so a task marked PROBLEM still covers
 * its window (the coordinator's problem shows on the task itself, not as a gap). Cancelled items
 * need nothing; sessions are covered through their parent event.
 */
export function evaluateCoverage(
  rules: readonly CoverageRuleData[],
  items: readonly (CoverageItem & { status?: string })[],
  movements: readonly CoverageMovement[],
  tasks: readonly CoverageTask[],
): CoverageEvaluation {
  const byKey = new Map<string, Requirement>();
  const bySubject = tasksBySubject(tasks);

  const require = (target: "ITEM" | "MOVEMENT", subjectId: string, span: { startsAt: Date; endsAt: Date | null }, rule: CoverageRuleData) => {
    const key = `${target}:${subjectId}:${rule.requiredType}`;
    const existing = byKey.get(key);
    if (existing) {
      existing.ruleIds.push(rule.id);
      return;
    }
    const meeting = (bySubject[target].get(subjectId) ?? []).filter((t) => t.type === rule.requiredType);
    const uncovered = uncoveredPeriods(span.startsAt, span.endsAt, meeting);
    byKey.set(key, {
      target, subjectId, startsAt: span.startsAt, endsAt: span.endsAt, taskType: rule.requiredType, ruleIds: [rule.id],
      tasks: meeting, uncovered, covered: uncovered.length === 0,
    });
  };

  const itemRules = rules.filter((r) => r.target === "ITEM");
  const movementRules = rules.filter((r) => r.target === "MOVEMENT");
  for (const item of items) {
    if (item.status === "CANCELLED") continue;
    for (const rule of itemRules) if (ruleMatchesItem(rule, item)) require("ITEM", item.id, item, rule);
  }
  for (const movement of movements) {
    for (const rule of movementRules) if (ruleMatchesMovement(rule, movement)) require("MOVEMENT", movement.id, movement, rule);
  }

  const requirements = [...byKey.values()].sort(
    (a, b) =>
      a.startsAt.getTime() - b.startsAt.getTime() ||
      (a.target < b.target ? -1 : a.target > b.target ? 1 : 0) ||
      (a.subjectId < b.subjectId ? -1 : a.subjectId > b.subjectId ? 1 : 0) ||
      TYPE_ORDER.indexOf(a.taskType) - TYPE_ORDER.indexOf(b.taskType),
  );
  for (const r of requirements) r.ruleIds.sort();
  return { requirements, gaps: requirements.filter((r) => !r.covered) };
}

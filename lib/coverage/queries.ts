// The coverage matrix of one summit day for planners: every item and movement some rule applies
// to, a column per required task type, and the gaps (no task, or tasks whose times leave part of
// the subject open). Computed exactly as the conflict engine rule computes it (same snapshot,
// same context, same evaluateCoverage).
import type { Actor } from "@/lib/auth/actor";
import type { DbOrTx } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { TaskType, type CoverageTarget, type ItemKind, type MemberFunction, type MovementKind, type TaskStatus } from "@/lib/generated/prisma/enums";
import { loadSummitSnapshot } from "@/lib/snapshot/queries";
import { en } from "@/lib/i18n/en";
import { buildEngineContext } from "@/lib/scheduling";
import { dayBounds, type IsoDay, type Span } from "@/lib/time";
import { mayKeepCoverage } from "./policy";
import { evaluateCoverage } from "@/lib/scheduling/rules/coverage/evaluate";
import { coverageItemsFromContext } from "@/lib/scheduling/rules/coverage/items";
import { loadCoverageData } from "@/lib/snapshot/queries";

export type MatrixCell = {
  required: boolean;
  tasks: { id: string; agency: string; status: TaskStatus; startsAt: Date; endsAt: Date }[];
  /** Where a required type's tasks leave the subject's time open; empty when covered or not required. */
  uncovered: Span[];
};

export type MatrixRow = {
  target: CoverageTarget;
  id: string;
  startsAt: Date;
  endsAt: Date | null;
  /** Item title, or "Transfer · Iceland". */
  label: string;
  /** Venue of an item, route of a movement. */
  place: string | null;
  cells: Partial<Record<TaskType, MatrixCell>>;
  gaps: TaskType[];
};

export type CoverageMatrix = {
  columns: TaskType[];
  rows: MatrixRow[];
  requirementCount: number;
  gapCount: number;
};

const TYPE_ORDER = Object.values(TaskType);

export async function getCoverageMatrix(
  db: DbOrTx,
  actor: Actor,
  summit: { id: string; timeZone: string },
  day: IsoDay,
): Promise<CoverageMatrix> {
  if (!mayKeepCoverage(actor)) throw new NotFoundError();
  const [snapshot, data, agencies, movementNames] = await Promise.all([
    loadSummitSnapshot(db, summit.id),
    loadCoverageData(db, summit.id),
    db.agency.findMany({ where: { summitId: summit.id }, select: { id: true, shortName: true } }),
    db.movement.findMany({
      where: { summitId: summit.id },
      select: { id: true, flight: true, delegation: { select: { name: true } }, fromVenue: { select: { name: true } }, toVenue: { select: { name: true } } },
    }),
  ]);
  const ctx = buildEngineContext(snapshot);
  const items = coverageItemsFromContext(ctx, data);
  const { requirements } = evaluateCoverage(data.rules, items, data.movements, data.tasks);

  const bounds = dayBounds(day, summit.timeZone);
  const onDay = (at: Date) => at >= bounds.startsAt && at < bounds.endsAt;
  const agencyName = new Map(agencies.map((a) => [a.id, a.shortName]));
  const itemById = new Map(items.map((i) => [i.id, i]));
  const movementById = new Map(data.movements.map((m) => [m.id, m]));
  const namesOf = new Map(movementNames.map((m) => [m.id, m]));
  const tasksOf = (target: CoverageTarget, id: string, type: TaskType) =>
    data.tasks
      .filter((t) => t.type === type && (target === "ITEM" ? t.itemId === id : t.movementId === id))
      .map((t) => ({ id: t.id, agency: agencyName.get(t.agencyId) ?? "?", status: t.status, startsAt: t.startsAt, endsAt: t.endsAt }));

  const rows = new Map<string, MatrixRow>();
  const columns = new Set<TaskType>();
  for (const r of requirements) {
    columns.add(r.taskType);
    if (!onDay(r.startsAt)) continue;
    const key = `${r.target}:${r.subjectId}`;
    let row = rows.get(key);
    if (!row) {
      if (r.target === "ITEM") {
        const item = itemById.get(r.subjectId)!;
        const title = ctx.itemsById.get(item.id)?.title ?? "";
        const venue = item.venueId ? ctx.venuesById.get(item.venueId)?.name ?? null : null;
        row = { target: "ITEM", id: item.id, startsAt: item.startsAt, endsAt: item.endsAt, label: title, place: venue, cells: {}, gaps: [] };
      } else {
        const movement = movementById.get(r.subjectId)!;
        const names = namesOf.get(movement.id);
        const route = [names?.fromVenue?.name, names?.toVenue?.name].filter(Boolean).join(" → ");
        const label = `${en.movementKind[movement.kind]} · ${names?.delegation.name ?? ""}`;
        const place = [route, names?.flight].filter(Boolean).join(" · ") || null;
        row = { target: "MOVEMENT", id: movement.id, startsAt: movement.startsAt, endsAt: movement.endsAt, label, place, cells: {}, gaps: [] };
      }
      rows.set(key, row);
    }
    row.cells[r.taskType] = { required: true, tasks: tasksOf(r.target, r.subjectId, r.taskType), uncovered: r.uncovered };
    if (!r.covered) row.gaps.push(r.taskType);
  }
  const orderedColumns = TYPE_ORDER.filter((t) => columns.has(t));
  // Tasks of a type no rule requires on this subject are shown too, unmarked.
  for (const row of rows.values()) {
    for (const type of orderedColumns) {
      if (!row.cells[type]) row.cells[type] = { required: false, tasks: tasksOf(row.target, row.id, type), uncovered: [] };
    }
  }
  const list = [...rows.values()];
  return {
    columns: orderedColumns,
    rows: list,
    requirementCount: list.reduce((n, row) => n + Object.values(row.cells).filter((c) => c?.required).length, 0),
    gapCount: list.reduce((n, row) => n + row.gaps.length, 0),
  };
}

export type CoverageRuleView = {
  id: string;
  target: CoverageTarget;
  itemKind: ItemKind | null;
  venue: { id: string; name: string } | null;
  movementKind: MovementKind | null;
  principalLevel: MemberFunction | null;
  requiredType: TaskType;
  description: string;
};

export async function listCoverageRules(db: DbOrTx, actor: Actor, summitId: string): Promise<CoverageRuleView[]> {
  if (!mayKeepCoverage(actor)) throw new NotFoundError();
  return db.coverageRule.findMany({
    where: { summitId },
    orderBy: [{ target: "asc" }, { requiredType: "asc" }, { id: "asc" }],
    select: {
      id: true, target: true, itemKind: true, movementKind: true, principalLevel: true, requiredType: true, description: true,
      venue: { select: { id: true, name: true } },
    },
  });
}

export async function getCoverageRule(db: DbOrTx, actor: Actor, summitId: string, id: string): Promise<CoverageRuleView> {
  const rule = (await listCoverageRules(db, actor, summitId)).find((r) => r.id === id);
  if (!rule) throw new NotFoundError();
  return rule;
}

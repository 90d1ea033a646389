// Items that vanished from a reader's calendar: once in it (the audit trail shows a state the
// reader could see, couldSee in lib/programme/policy.ts, within the calendar's scope) and out of
// it now (set to draft, the delegation's participation removed, visibility narrowed, an agency's
// task deleted). The calendar files carry each as cancelled, as the reader last saw it, while the
// summit lasts, so copies imported earlier are corrected; a reader never hears of an item they
// never saw, nor more of it than they saw (an agency that saw "Restricted event" reads that).
//
// The scope is the one every file sharing the event's UID is made from: the reader's whole
// programme, or one or more delegations' itineraries. An item still in that scope is not vanished
// even if a narrower file (a day, a member, a venue, an agency's own tasks) no longer lists it,
// since a file of the same UIDs lists it live. Those narrowings only choose which vanished items a
// file carries: those it listed in some state the reader saw.
//
// Cost: one statement over the summit's programme audit entries, narrowed in SQL to items out of
// the scope now and to sides the reader might have seen (a coarse superset; couldSee decides);
// for an agency one more read of its task audit entries; never one query per item.
import type { Actor } from "@/lib/auth/actor";
import { isStaff } from "@/lib/auth/permissions";
import { readAll, type DbOrTx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { dictionary } from "@/lib/i18n";
import { ITEM_AUDIT_ENTITY } from "@/lib/programme/audit-state";
import { readFields, taskSnapshotSchema, type AuditEntity } from "@/lib/audit/schema";
import { couldSee, readsItemInFull, visibleItemsSql } from "@/lib/programme/policy";
import type { SummitSummary } from "@/lib/summits/queries";
import { dayBounds, type IsoDay } from "@/lib/time";
import { snapshotScope } from "./snapshot-visibility";
import type { VanishedItem } from "./types";
import { lastSeen, overlaps, statePeriods, taskPeriods, vanishedItem, type HistoryRow, type Period, type StatePeriod } from "./vanished-rules";

const TASK_AUDIT_ENTITY = "AgencyTask" satisfies AuditEntity;

export type VanishedQuery = {
  summit: Pick<SummitSummary, "id" | "timeZone" | "days">;
  /** The file's time: after the summit's last day nothing is carried any more. */
  now: Date;
  /** The calendar's scope: these delegations' itineraries, or null for the reader's whole programme. */
  delegationIds: readonly string[] | null;
  /** The file's narrowings. */
  day?: IsoDay | null;
  /** One member's itinerary; `principal`: whole-delegation items are theirs too. */
  member?: { id: string; delegationId: string; principal: boolean } | null;
  venueId?: string | null;
  /** An agency's calendar of the items behind its own tasks. */
  ownTasksOnly?: boolean;
};

type ItemAuditRow = HistoryRow & { itemId: string; version: number; parentVenueId: string | null };

/** The end of the summit's last day: "as long as the summit lasts". */
function summitEnd(summit: VanishedQuery["summit"]): Date | null {
  const last = summit.days[summit.days.length - 1];
  return last ? dayBounds(last, summit.timeZone).endsAt : null;
}

/** A side the reader might have seen: a coarse superset of couldSee, so that less is read. */
function mightSee(actor: Actor, side: Prisma.Sql, taskItemIds: readonly string[]): Prisma.Sql {
  if (isStaff(actor)) return Prisma.sql`TRUE`;
  const published = Prisma.sql`${side} ->> 'status' IN ('CONFIRMED', 'CANCELLED')`;
  switch (actor.role) {
    case "LIAISON":
      return Prisma.sql`(${published} AND ${side} ->> 'visibility' IN ('PUBLIC', 'ALL_DELEGATIONS', 'PARTICIPANTS'))`;
    case "AGENCY":
      return Prisma.sql`(${published} AND (${side} ->> 'visibility' = 'PUBLIC' OR e."entityId" = ANY(${[...taskItemIds]}::text[])))`;
    default:
      return Prisma.sql`(${published} AND ${side} ->> 'visibility' = 'PUBLIC')`;
  }
}

/** A side naming one of the delegations or their members (TRUE for a whole-programme scope). */
function involves(side: Prisma.Sql, delegationIds: readonly string[] | null, memberIds: readonly string[]): Prisma.Sql {
  if (delegationIds === null) return Prisma.sql`TRUE`;
  return Prisma.sql`(${side} -> 'delegationIds' ?| ${[...delegationIds]}::text[] OR ${side} -> 'memberIds' ?| ${[...memberIds]}::text[])`;
}

/** The audit entries (oldest first per item) of the summit's items out of the scope now, with a side that might have been in it. */
function readItemAudit(db: DbOrTx, actor: Actor, query: VanishedQuery, memberIds: readonly string[], taskItemIds: readonly string[]) {
  const { delegationIds } = query;
  const inScopeNow =
    delegationIds === null
      ? visibleItemsSql(actor)
      : Prisma.sql`(${visibleItemsSql(actor)} AND EXISTS (SELECT 1 FROM "Participation" sp WHERE sp."itemId" = i.id AND sp."delegationId" = ANY(${[...delegationIds]}::text[])))`;
  const side = (column: Prisma.Sql) => Prisma.sql`(${mightSee(actor, column, taskItemIds)} AND ${involves(column, delegationIds, memberIds)})`;
  return db.$queryRaw<ItemAuditRow[]>`
    SELECT e."entityId" AS "itemId", e.at, e.before, e.after, i.version, ps."venueId" AS "parentVenueId"
    FROM "AuditEntry" e
    JOIN "ProgrammeItem" i ON i.id = e."entityId" AND i."summitId" = ${query.summit.id}
    LEFT JOIN "ProgrammeItem" parent ON parent.id = i."parentId"
    LEFT JOIN "Space" ps ON ps.id = parent."spaceId"
    WHERE e.entity = ${ITEM_AUDIT_ENTITY} AND e."summitId" = ${query.summit.id}
      AND NOT ${inScopeNow}
      AND (${side(Prisma.sql`e.before`)} OR ${side(Prisma.sql`e.after`)})
    ORDER BY e."entityId", e.at, e.id`;
}

/** An agency's task audit entries of the summit (oldest first) and its tasks now, by item. */
async function readAgencyTasks(db: DbOrTx, summitId: string, agencyId: string) {
  const [rows, current] = await readAll(db, [
    () =>
      db.auditEntry.findMany({
        where: {
          entity: TASK_AUDIT_ENTITY,
          summitId,
          OR: [{ before: { path: ["agencyId"], equals: agencyId } }, { after: { path: ["agencyId"], equals: agencyId } }],
        },
        orderBy: [{ at: "asc" }, { id: "asc" }],
        select: { at: true, before: true, after: true },
      }),
    () => db.agencyTask.findMany({ where: { agencyId, itemId: { not: null } }, select: { itemId: true } }),
  ] as const);
  const count = new Map<string, number>();
  for (const task of current) count.set(task.itemId!, (count.get(task.itemId!) ?? 0) + 1);
  const itemIds = new Set(count.keys());
  for (const row of rows) {
    for (const side of [row.before, row.after]) {
      const itemId = readFields(taskSnapshotSchema, side)?.itemId;
      if (itemId) itemIds.add(itemId);
    }
  }
  return { rows: rows satisfies HistoryRow[], count, itemIds: [...itemIds] };
}

const groupByItem = (rows: readonly ItemAuditRow[]) => {
  const groups = new Map<string, ItemAuditRow[]>();
  for (const row of rows) groups.set(row.itemId, [...(groups.get(row.itemId) ?? []), row]);
  return groups;
};

/** The items that vanished from the reader's calendar, as they last saw them, by start. */
export async function findVanishedItems(db: DbOrTx, actor: Actor, query: VanishedQuery): Promise<VanishedItem[]> {
  const end = summitEnd(query.summit);
  if (!end || query.now.getTime() >= end.getTime()) return [];
  // Staff see every item: nothing leaves their whole programme.
  if (isStaff(actor) && query.delegationIds === null) return [];
  const agencyId = actor.role === "AGENCY" ? actor.agencyId : null;
  if (query.ownTasksOnly && !agencyId) return [];

  // Members of the scope's and the liaison's delegations: a snapshot names member participations by member.
  const delegationsOfMembers = [...new Set([...(query.delegationIds ?? []), ...(actor.role === "LIAISON" ? actor.delegationIds : [])])];
  const [members, tasks, venueSpaces] = await readAll(db, [
    () => (delegationsOfMembers.length ? db.member.findMany({ where: { delegationId: { in: delegationsOfMembers } }, select: { id: true, delegationId: true } }) : Promise.resolve([])),
    () => (agencyId ? readAgencyTasks(db, query.summit.id, agencyId) : Promise.resolve(null)),
    () => (query.venueId ? db.space.findMany({ where: { venueId: query.venueId }, select: { id: true } }) : Promise.resolve([])),
  ] as const);
  const memberDelegations = new Map(members.map((m) => [m.id, m.delegationId]));
  const scopeMembers = members.filter((m) => query.delegationIds?.includes(m.delegationId)).map((m) => m.id);
  const rows = await readItemAudit(db, actor, query, scopeMembers, tasks?.itemIds ?? []);
  if (rows.length === 0) return [];

  const window = query.day ? dayBounds(query.day, query.summit.timeZone) : null;
  const spaces = new Set(venueSpaces.map((s) => s.id));
  const restrictedTitle = dictionary("en").restrictedItem.title;
  const vanished: VanishedItem[] = [];
  for (const [itemId, history] of groupByItem(rows)) {
    const taskTimes: Period[] = agencyId && tasks ? taskPeriods(tasks.rows, agencyId, itemId, tasks.count.get(itemId) ?? 0) : [];
    const hadTask = (span: StatePeriod) => taskTimes.some((t) => overlaps(t, span));
    const scopeOf = (span: StatePeriod) => snapshotScope(span.state, memberDelegations, agencyId && hadTask(span) ? [agencyId] : []);
    const seen = lastSeen(statePeriods(history), {
      held: (span) => {
        const scope = scopeOf(span);
        return couldSee(actor, scope) && (query.delegationIds === null || scope.delegationIds.some((id) => query.delegationIds!.includes(id)));
      },
      inFile: ({ state, from, to }) => {
        if (window && !overlaps({ from: state.startsAt ?? null, to: state.endsAt ?? null }, { from: window.startsAt, to: window.endsAt })) return false;
        const member = query.member;
        if (member && !(state.memberIds ?? []).includes(member.id) && !(member.principal && (state.delegationIds ?? []).includes(member.delegationId))) return false;
        if (query.venueId && !(state.spaceId ? spaces.has(state.spaceId) : history[0].parentVenueId === query.venueId)) return false;
        return !query.ownTasksOnly || hadTask({ state, from, to });
      },
    });
    if (!seen) continue;
    const inFull = readsItemInFull(actor, seen.state);
    vanished.push(vanishedItem(itemId, history[0].version, seen, inFull ? null : restrictedTitle));
  }
  return vanished.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

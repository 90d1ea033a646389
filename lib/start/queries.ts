// The start pages' reads: what each role's day begins with, scoped to the actor and their current
// summit. Every count comes from the query its own page uses (conflict triage, the coverage
// matrix, the acknowledgement overviews, the bilateral list, the itinerary, the task list), so the
// start page and the page it links to always agree, and need-to-know stays in those queries.
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { taskPlace, taskTitle } from "@/lib/tasks/present";
import { listAgenciesWithPendingChanges, getTaskChangesSinceAck } from "@/lib/tasks/changes";
import { agencyOfActor, listTasks } from "@/lib/tasks/queries";
import { compareForBoard } from "@/lib/bilaterals/board";
import { mayManageBilaterals } from "@/lib/bilaterals/policy";
import { listBilaterals, type BilateralSummary } from "@/lib/bilaterals/queries";
import { conflictTriage } from "@/lib/conflicts/triage";
import { getCoverageMatrix } from "@/lib/coverage/queries";
import type { DbOrTx } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { BilateralStatus } from "@/lib/generated/prisma/enums";
import { dictionary, type Lang } from "@/lib/i18n";
import { getChangesSinceAck, listPendingAcknowledgements } from "@/lib/itinerary/changes";
import { entryPlace, entryTitle } from "@/lib/itinerary/present";
import { getItinerary } from "@/lib/itinerary/queries";
import { listItineraryDelegations } from "@/lib/itinerary/scope";
import type { Entry } from "@/lib/itinerary/types";
import { movementDays } from "@/lib/movements/queries";
import { getDayProgramme } from "@/lib/programme/queries";
import type { SummitSummary } from "@/lib/summits/queries";
import { isoDayOf, type IsoDay } from "@/lib/time";
import type {
  AgencyStart,
  AgencyTaskEntry,
  BilateralToDecide,
  ConflictDayCount,
  CoverageDayCount,
  LiaisonBilateral,
  LiaisonDelegationStart,
  LiaisonStart,
  PlannerStart,
  SummitMoment,
  UpcomingEntry,
} from "./types";

/** How many upcoming items, commitments or tasks a start page lists. */
export const UPCOMING_LIMIT = 6;

/** Requests the planners must act on: propose a slot (new or declined) or confirm one everybody accepted. */
const PLANNER_DECIDES: readonly BilateralStatus[] = ["REQUESTED", "DECLINED", "ACCEPTED"];
/** Requests still being arranged, as a delegation sees them. */
const OPEN: readonly BilateralStatus[] = ["REQUESTED", "PROPOSED", "ACCEPTED", "DECLINED"];

/** Where `now` stands against the summit's days, in the summit's zone. */
export function summitMoment(summit: Pick<SummitSummary, "days" | "timeZone">, now: Date): SummitMoment {
  const today = isoDayOf(now, summit.timeZone);
  const firstDay = summit.days[0];
  const lastDay = summit.days[summit.days.length - 1];
  const phase = today < firstDay ? "before" : today > lastDay ? "after" : "during";
  return { phase, today, firstDay };
}

/** During the summit what has not ended yet; before or after it, everything from the start. */
function upcoming<T extends { startsAt: Date; endsAt: Date | null }>(rows: readonly T[], moment: SummitMoment, now: Date): T[] {
  if (moment.phase !== "during") return [...rows];
  return rows.filter((r) => (r.endsAt ?? r.startsAt) > now);
}

const toDecide = (r: BilateralSummary): BilateralToDecide => ({
  id: r.id,
  status: r.status,
  parties: r.parties.map((p) => p.name),
  createdAt: r.createdAt,
  proposedStartsAt: r.proposal?.startsAt ?? null,
});

/** Hard conflicts per summit-local day, as the conflicts page filters them (day and severity). */
export async function hardConflictsByDay(db: DbOrTx, summit: SummitSummary): Promise<ConflictDayCount[]> {
  const { rows } = await conflictTriage(db, summit, { severity: "hard" }, { tasks: false, movements: false, bilaterals: false, timeline: false });
  const byDay = new Map<IsoDay | null, ConflictDayCount>();
  for (const row of rows) {
    const entry = byDay.get(row.day) ?? { day: row.day, count: 0, accepted: 0 };
    entry.count++;
    if (row.override) entry.accepted++;
    byDay.set(row.day, entry);
  }
  return [...byDay.values()].sort((a, b) => (a.day === null ? 1 : b.day === null ? -1 : a.day.localeCompare(b.day)));
}

/** Gaps per day of the coverage matrix, for the days that have any; null for who may not see coverage. */
export async function coverageGapsByDay(db: DbOrTx, actor: Actor, summit: SummitSummary): Promise<CoverageDayCount[] | null> {
  if (!can(actor, "tasks.edit")) return null;
  const days = await movementDays(db, summit);
  const counts = await Promise.all(days.map(async (day) => ({ day, gaps: (await getCoverageMatrix(db, actor, summit, day)).gapCount })));
  return counts.filter((c) => c.gaps > 0);
}

/** The programme's next items the actor may see (outside the summit's days: the first day's first). */
async function nextProgrammeItems(db: DbOrTx, actor: Actor, summit: SummitSummary, moment: SummitMoment, now: Date, lang: Lang): Promise<UpcomingEntry[]> {
  const t = dictionary(lang);
  const days = moment.phase === "during" ? summit.days.slice(summit.days.indexOf(moment.today)) : [moment.firstDay];
  const seen = new Set<string>();
  const out: UpcomingEntry[] = [];
  for (const day of days) {
    const groups = await getDayProgramme(db, actor, summit, day);
    const items = groups
      .flatMap((g) => g.items.map((item) => ({ item, venue: g.venue?.name ?? null })))
      .filter(({ item }) => item.status !== "CANCELLED" && !seen.has(item.id))
      .sort((a, b) => a.item.startsAt.getTime() - b.item.startsAt.getTime() || a.item.endsAt.getTime() - b.item.endsAt.getTime());
    for (const { item, venue } of items) {
      if (moment.phase === "during" && item.endsAt <= now) continue;
      seen.add(item.id);
      out.push({
        id: item.id,
        source: "item",
        title: item.restricted ? t.restrictedItem.title : item.title,
        startsAt: item.startsAt,
        endsAt: item.endsAt,
        status: item.status,
        place: [item.space?.name, venue].filter(Boolean).join(", ") || null,
        day: isoDayOf(item.startsAt, summit.timeZone),
      });
      if (out.length >= UPCOMING_LIMIT) return out;
    }
  }
  return out;
}

/** A planner's (or administrator's) day: what needs fixing, who has not seen the changes, what is next. */
export async function getPlannerStart(db: DbOrTx, actor: Actor, summit: SummitSummary, now: Date, lang: Lang): Promise<PlannerStart> {
  const moment = summitMoment(summit, now);
  const [hardConflicts, coverageGaps, pending, agencies, bilaterals, next] = await Promise.all([
    can(actor, "conflicts.read") ? hardConflictsByDay(db, summit) : Promise.resolve([]),
    coverageGapsByDay(db, actor, summit),
    listPendingAcknowledgements(db, actor),
    listAgenciesWithPendingChanges(db, actor, summit),
    mayManageBilaterals(actor) ? listBilaterals(db, actor, summit.id) : Promise.resolve([]),
    nextProgrammeItems(db, actor, summit, moment, now, lang),
  ]);
  return {
    moment,
    hardConflicts,
    coverageGaps,
    pendingDelegations: pending.map((p) => ({ id: p.delegation.id, name: p.delegation.name, count: p.count, latestAt: p.latestAt })),
    pendingAgencies: agencies.map((a) => ({ id: a.agency.id, name: a.agency.name, count: a.count, latestAt: a.latestAt })),
    bilaterals: bilaterals.filter((r) => PLANNER_DECIDES.includes(r.status)).sort(compareForBoard).map(toDecide),
    next,
  };
}

function toUpcoming(entry: Entry, timeZone: string, lang: Lang): UpcomingEntry {
  const t = dictionary(lang);
  return {
    id: entry.id,
    source: entry.source,
    title: entryTitle(entry, t),
    startsAt: entry.startsAt,
    endsAt: entry.endsAt,
    status: entry.status,
    place: entryPlace(entry) || null,
    day: isoDayOf(entry.startsAt, timeZone),
  };
}

/** One of the liaison's delegations: its principal's next commitment, changes to acknowledge, open requests. */
async function liaisonDelegation(
  db: DbOrTx,
  actor: Actor,
  summit: SummitSummary,
  delegation: { id: string; code: string; name: string },
  requests: readonly BilateralSummary[],
  moment: SummitMoment,
  now: Date,
  lang: Lang,
): Promise<LiaisonDelegationStart> {
  const [whole, changes] = await Promise.all([getItinerary(db, actor, { delegationId: delegation.id }), getChangesSinceAck(db, actor, delegation.id)]);
  const principal = whole.people[0] ?? null;
  // The principal's own itinerary: what the whole delegation attends and what is theirs by name.
  const entries = principal ? (await getItinerary(db, actor, { delegationId: delegation.id, memberId: principal.id })).entries : whole.entries;
  const next = upcoming(entries.filter((e) => e.status !== "CANCELLED"), moment, now)[0] ?? null;
  const bilaterals: LiaisonBilateral[] = requests
    .filter((r) => OPEN.includes(r.status) && r.parties.some((p) => p.delegationId === delegation.id))
    .map((r) => ({
      ...toDecide(r),
      awaitingAnswer: r.status === "PROPOSED" && r.parties.some((p) => p.delegationId === delegation.id && p.response === "PENDING"),
    }));
  return {
    delegation,
    principal: principal ? { id: principal.id, title: principal.title } : null,
    next: next ? toUpcoming(next, summit.timeZone, lang) : null,
    changes: changes.changes.length,
    lastAcknowledgedAt: changes.lastAcknowledged?.at ?? null,
    bilaterals,
  };
}

/** A liaison's day, for each delegation they look after in the current summit. */
export async function getLiaisonStart(db: DbOrTx, actor: Actor, summit: SummitSummary, now: Date, lang: Lang): Promise<LiaisonStart> {
  const moment = summitMoment(summit, now);
  const [delegations, requests] = await Promise.all([
    listItineraryDelegations(db, actor, summit.id),
    can(actor, "bilateral.request") ? listBilaterals(db, actor, summit.id) : Promise.resolve([]),
  ]);
  // Staff see every delegation's itinerary; this page is a liaison's own, so only their delegations.
  const own = delegations.filter((d) => actor.delegationIds.includes(d.id));
  return { moment, delegations: await Promise.all(own.map((d) => liaisonDelegation(db, actor, summit, d, requests, moment, now, lang))) };
}

/** An agency coordinator's day: the agency's next tasks and the changes to acknowledge. */
export async function getAgencyStart(db: DbOrTx, actor: Actor, summit: SummitSummary, now: Date, lang: Lang): Promise<AgencyStart> {
  const moment = summitMoment(summit, now);
  const agency = await agencyOfActor(db, actor, summit.id);
  if (!agency) return { moment, agency: null, next: [], changes: null, lastAcknowledgedAt: null };
  const t = dictionary(lang);
  const [tasks, changes] = await Promise.all([
    listTasks(db, actor, summit),
    getTaskChangesSinceAck(db, actor, lang).catch((error: unknown) => {
      if (error instanceof NotFoundError) return null;
      throw error;
    }),
  ]);
  const next: AgencyTaskEntry[] = upcoming(tasks, moment, now)
    .slice(0, UPCOMING_LIMIT)
    .map((task) => ({
      id: task.id,
      status: task.status,
      startsAt: task.startsAt,
      endsAt: task.endsAt,
      title: taskTitle(task, t),
      place: taskPlace(task),
      day: isoDayOf(task.startsAt, summit.timeZone),
    }));
  return {
    moment,
    agency: { id: agency.id, name: agency.name },
    next,
    changes: changes ? changes.changes.length : null,
    lastAcknowledgedAt: changes?.lastAcknowledged?.at ?? null,
  };
}

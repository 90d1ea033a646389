// The audience of a change notice, read once per change per instance after the change committed:
// the entity as it is now (who may see it), plus the before side the notice carried (who could
// see it until now). Only ids, status and visibility are read.
import { scopeHints, type ChangeNotice, type ScopeHints } from "@/lib/audit";
import type { DbOrTx } from "@/lib/db";
import type { Audience, ItemScopeView, Topic } from "./types";

const PUBLISHED: ReadonlySet<string> = new Set(["CONFIRMED", "CANCELLED"]);

/** Which pages a change of each audited entity concerns; unknown entities ask for a full re-read. */
const TOPICS_OF: Record<string, Topic[]> = {
  ProgrammeItem: ["programme", "itinerary", "tasks", "conflicts", "bilaterals", "ops"],
  AgencyTask: ["tasks", "conflicts", "ops"],
  TaskAcknowledgement: ["tasks", "ops"],
  Movement: ["programme", "itinerary", "tasks", "conflicts", "ops"],
  Delegation: ["programme", "itinerary", "conflicts", "bilaterals", "ops"],
  Member: ["programme", "itinerary", "conflicts", "ops"],
  Acknowledgement: ["itinerary"],
  BilateralRequest: ["bilaterals", "itinerary", "programme"],
  ConflictOverride: ["conflicts", "programme", "ops"],
  CoverageRule: ["conflicts", "tasks", "ops"],
  Venue: ["programme", "itinerary", "conflicts", "ops"],
  Space: ["programme", "itinerary", "conflicts", "ops"],
  TravelTime: ["conflicts", "programme"],
  Agency: ["tasks", "ops"],
  Summit: ["*"],
  // Live status (lib/live): an item's or movement's state on the day, and a whole applied change
  // (whose moved rows are audited one by one as well).
  ItemLive: ["programme", "itinerary", "tasks", "ops"],
  MovementLive: ["itinerary", "tasks", "ops"],
  LiveChange: ["programme", "conflicts", "tasks", "ops"],
};

/** Entities audited under another name whose audience is the same rows' (same ids). */
const SAME_ROWS_AS: Record<string, string> = { ItemLive: "ProgrammeItem", MovementLive: "Movement" };

export const topicsOf = (entity: string): Topic[] => TOPICS_OF[entity] ?? ["*"];

const distinct = (values: Iterable<string | null | undefined>): Set<string> => {
  const out = new Set<string>();
  for (const v of values) if (v) out.add(v);
  return out;
};

/** The before side: as the notice carried it, or read from its audit entry when it did not fit. */
async function beforeHints(db: DbOrTx, notice: ChangeNotice): Promise<ScopeHints | undefined> {
  if (notice.b) return notice.b;
  if (!notice.r) return undefined;
  const entry = await db.auditEntry.findUnique({ where: { id: notice.r }, select: { before: true } });
  return scopeHints(entry?.before);
}

async function itemAudience(db: DbOrTx, ids: readonly string[], before: ScopeHints | undefined): Promise<Pick<Audience, "items">> {
  const rows = await db.programmeItem.findMany({
    where: { id: { in: [...ids] } },
    select: { status: true, visibility: true, participations: { select: { delegationId: true } }, tasks: { select: { agencyId: true } } },
  });
  const items: ItemScopeView[] = rows.map((r) => ({
    status: r.status,
    visibility: r.visibility,
    delegationIds: [...distinct(r.participations.map((p) => p.delegationId))],
    agencyIds: [...distinct(r.tasks.map((t) => t.agencyId))],
  }));
  if (before?.status !== undefined && before.visibility !== undefined) {
    // A snapshot names member participations by member: they count for the member's delegation.
    const members = before.memberIds?.length
      ? await db.member.findMany({ where: { id: { in: before.memberIds } }, select: { delegationId: true } })
      : [];
    items.push({
      status: before.status,
      visibility: before.visibility,
      delegationIds: [...distinct([...(before.delegationIds ?? []), ...members.map((m) => m.delegationId)])],
      agencyIds: items[0]?.agencyIds ?? [],
    });
  }
  return { items };
}

async function delegationsAndAgencies(db: DbOrTx, entity: string, ids: string[], before: ScopeHints | undefined): Promise<{ delegationIds: Set<string>; agencyIds: Set<string> }> {
  const where = { id: { in: ids } };
  const delegationIds = distinct([before?.delegationId, ...(before?.delegationIds ?? [])]);
  const agencyIds = distinct([before?.agencyId]);
  const add = (set: Set<string>, values: Iterable<string | null | undefined>) => {
    for (const v of values) if (v) set.add(v);
  };
  switch (entity) {
    case "Movement": {
      const rows = await db.movement.findMany({ where, select: { delegationId: true, tasks: { select: { agencyId: true } } } });
      add(delegationIds, rows.map((r) => r.delegationId));
      add(agencyIds, rows.flatMap((r) => r.tasks.map((t) => t.agencyId)));
      break;
    }
    case "AgencyTask": {
      const rows = await db.agencyTask.findMany({ where, select: { agencyId: true, item: { select: { status: true } } } });
      // A task on a draft stays hidden from its agency, as its item does (the agency it had
      // before included: the task is on that same item).
      const onDraft = (r: (typeof rows)[number]) => r.item !== null && !PUBLISHED.has(r.item.status);
      if (rows.some(onDraft)) agencyIds.clear();
      add(agencyIds, rows.filter((r) => !onDraft(r)).map((r) => r.agencyId));
      break;
    }
    case "TaskAcknowledgement": {
      const rows = await db.taskAcknowledgement.findMany({ where, select: { agencyId: true } });
      add(agencyIds, rows.map((r) => r.agencyId));
      break;
    }
    case "Delegation":
      add(delegationIds, ids);
      break;
    case "Member": {
      const rows = await db.member.findMany({ where, select: { delegationId: true } });
      add(delegationIds, rows.map((r) => r.delegationId));
      break;
    }
    case "Acknowledgement": {
      const rows = await db.acknowledgement.findMany({ where, select: { delegationId: true } });
      add(delegationIds, rows.map((r) => r.delegationId));
      break;
    }
    case "BilateralRequest": {
      const rows = await db.bilateralRequest.findMany({ where, select: { requesterDelegationId: true, parties: { select: { delegationId: true } } } });
      add(delegationIds, rows.flatMap((r) => [r.requesterDelegationId, ...r.parties.map((p) => p.delegationId)]));
      break;
    }
  }
  return { delegationIds, agencyIds };
}

/**
 * Who may hear of the change. A batch too large to list its ids is heard by staff alone: the
 * listener cannot tell who could see which row, and need-to-know comes first (those pages show
 * the change on their next read).
 */
export async function resolveAudience(db: DbOrTx, notice: ChangeNotice): Promise<Audience> {
  const base: Audience = { summitId: notice.s, topics: topicsOf(notice.e), everyone: false, items: [], delegationIds: new Set(), agencyIds: new Set() };
  if (notice.bulk || notice.ids.length === 0) return base;
  if (notice.e === "Summit") return { ...base, everyone: true };
  const entity = SAME_ROWS_AS[notice.e] ?? notice.e;
  const before = notice.ids.length === 1 ? await beforeHints(db, notice) : undefined;
  if (entity === "ProgrammeItem") return { ...base, ...(await itemAudience(db, notice.ids, before)) };
  return { ...base, ...(await delegationsAndAgencies(db, entity, notice.ids, before)) };
}

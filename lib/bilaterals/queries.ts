// Reads of bilateral requests, always filtered by policy.ts: a request the actor may not see
// does not exist for them (NotFoundError, the same as a wrong id).
import type { Actor } from "@/lib/auth/actor";
import type { DbOrTx } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { BilateralLevel, BilateralStatus, PartyResponse } from "@/lib/generated/prisma/enums";
import { isoDayOfDateColumn, type IsoDay } from "@/lib/time";
import { mayManageBilaterals, visibleBilateralsWhere } from "./policy";

export const BILATERAL_ENTITY = "BilateralRequest";

export type BilateralParty = { delegationId: string; name: string; response: PartyResponse };
export type BilateralProposal = { startsAt: Date; endsAt: Date; spaceId: string; spaceName: string; venueName: string };

export type BilateralSummary = {
  id: string;
  summitId: string;
  status: BilateralStatus;
  level: BilateralLevel;
  durationMinutes: number;
  preferredDays: IsoDay[];
  notes: string | null;
  version: number;
  createdAt: Date;
  requester: { id: string; name: string };
  /** The requester first, then the others by name. */
  parties: BilateralParty[];
  proposal: BilateralProposal | null;
  itemId: string | null;
};

export type HistoryEntry = { id: string; at: Date; actorName: string; action: string; after: unknown };
export type BilateralDetail = BilateralSummary & { history: HistoryEntry[] };

export const summarySelect = {
  id: true,
  summitId: true,
  status: true,
  level: true,
  durationMinutes: true,
  preferredDays: true,
  notes: true,
  version: true,
  createdAt: true,
  itemId: true,
  proposedStartsAt: true,
  proposedEndsAt: true,
  proposedSpace: { select: { id: true, name: true, venue: { select: { name: true } } } },
  requester: { select: { id: true, name: true } },
  parties: { select: { delegationId: true, response: true, delegation: { select: { name: true } } } },
} satisfies Prisma.BilateralRequestSelect;

type SummaryRow = Prisma.BilateralRequestGetPayload<{ select: typeof summarySelect }>;

export function toSummary(row: SummaryRow): BilateralSummary {
  const parties = row.parties
    .map((p) => ({ delegationId: p.delegationId, name: p.delegation.name, response: p.response }))
    .sort((a, b) => Number(b.delegationId === row.requester.id) - Number(a.delegationId === row.requester.id) || a.name.localeCompare(b.name, "en"));
  const { proposedStartsAt: startsAt, proposedEndsAt: endsAt, proposedSpace: space } = row;
  return {
    id: row.id,
    summitId: row.summitId,
    status: row.status,
    level: row.level,
    durationMinutes: row.durationMinutes,
    preferredDays: row.preferredDays.map(isoDayOfDateColumn),
    notes: row.notes,
    version: row.version,
    createdAt: row.createdAt,
    requester: row.requester,
    parties,
    proposal:
      startsAt && endsAt && space
        ? { startsAt, endsAt, spaceId: space.id, spaceName: space.name, venueName: space.venue.name }
        : null,
    itemId: row.itemId,
  };
}

/** Every request of the summit the actor may see, newest first. */
export async function listBilaterals(db: DbOrTx, actor: Actor, summitId: string): Promise<BilateralSummary[]> {
  const rows = await db.bilateralRequest.findMany({
    where: { AND: [visibleBilateralsWhere(actor), { summitId }] },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: summarySelect,
  });
  return rows.map(toSummary);
}

/** One request with its audited history; NotFoundError when missing or not the actor's to see. */
export async function getBilateral(db: DbOrTx, actor: Actor, id: string): Promise<BilateralDetail> {
  const row = await db.bilateralRequest.findFirst({
    where: { AND: [visibleBilateralsWhere(actor), { id }] },
    select: summarySelect,
  });
  if (!row) throw new NotFoundError();
  const history = await db.auditEntry.findMany({
    where: { entity: BILATERAL_ENTITY, entityId: id },
    orderBy: [{ at: "asc" }, { id: "asc" }],
    select: { id: true, at: true, actorName: true, action: true, after: true },
  });
  return { ...toSummary(row), history };
}

export type Option = { id: string; name: string };

/** Delegations to choose from: the actor's own (to request for) and every delegation of the summit. */
export async function requestFormOptions(db: DbOrTx, actor: Actor, summitId: string) {
  const delegations: Option[] = await db.delegation.findMany({
    where: { summitId },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
  const own = mayManageBilaterals(actor) ? delegations : delegations.filter((d) => actor.delegationIds.includes(d.id));
  return { own, delegations };
}

/** Venues with at least one space, for the finder's venue filter. */
export async function venueOptions(db: DbOrTx, summitId: string): Promise<Option[]> {
  return db.venue.findMany({
    where: { summitId, spaces: { some: {} } },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}

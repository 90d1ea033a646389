// Changes to a delegation's programme since it last acknowledged, read from the audit log, for
// items the reader may see now (visibleItemsWhere, or its SQL twin) that involve the delegation
// before or after, and for the delegation's own arrivals, departures and transfers (from an edit
// or an import).
// Each item entry is then read side by side as the reader could have seen it then (toChanges).
import type { Actor } from "@/lib/auth/actor";
import { isStaff } from "@/lib/auth/permissions";
import { readAll, type DbOrTx } from "@/lib/db";
import { visibleItemsSql, visibleItemsWhere } from "@/lib/programme/policy";
import { byAuditOrder, involves, movementChanges, movementInvolves, netChanges, type AuditRow, type Change } from "./change-rules";
import { requireCurrentSummit } from "@/lib/summits/require-summit";
import { NotFoundError } from "@/lib/errors";
import { foldCascades, liveCauseOf, personChanges } from "./internal/cascades";
import { mayOpenDelegation } from "./scope";
import type { SnapshotReader } from "./snapshot-visibility";

export type ChangesSinceAck = {
  lastAcknowledged: { at: Date; by: string } | null;
  changes: Change[];
  /** For one person's view: how many changes the whole delegation has (acknowledging covers them all). */
  delegationCount?: number;
};

const auditSelect = { id: true, entity: true, entityId: true, action: true, at: true, actorName: true, before: true, after: true } as const;

const MOVEMENT = "Movement";

/** The movement entries as changes, with their places named (one read of the summit's venues). */
async function movementChangesOf(db: DbOrTx, summitId: string, rows: readonly AuditRow[]): Promise<Change[]> {
  if (rows.length === 0) return [];
  const venues = await db.venue.findMany({ where: { summitId }, select: { id: true, name: true } });
  return movementChanges(rows, new Map(venues.map((v) => [v.id, v.name])));
}

/** A delegation's member ids the caller has read already: a liaison of that delegation alone needs no other. */
type KnownMembers = { delegationId: string; memberIds: readonly string[] };

/** The viewer's scope for reading audit snapshots: the viewer, and their delegations' members. */
async function snapshotReaderFor(db: DbOrTx, viewer: Actor, known?: KnownMembers): Promise<SnapshotReader> {
  if (viewer.role !== "LIAISON" || isStaff(viewer)) return { actor: viewer, memberDelegations: new Map() };
  const own = new Set(viewer.delegationIds);
  if (known && own.size === 1 && own.has(known.delegationId)) {
    return { actor: viewer, memberDelegations: new Map(known.memberIds.map((id) => [id, known.delegationId])) };
  }
  const members = await db.member.findMany({ where: { delegationId: { in: [...viewer.delegationIds] } }, select: { id: true, delegationId: true } });
  return { actor: viewer, memberDelegations: new Map(members.map((m) => [m.id, m.delegationId])) };
}

/**
 * The net change of each item among the rows, as the viewer's programme holds it: the items the
 * viewer may see now are read (visibleItemsWhere); any other counts as out of their programme now,
 * so it can only read as removed, and only if they could see it when they acknowledged.
 */
async function visibleChanges(db: DbOrTx, viewer: Actor, summitId: string, rows: AuditRow[], known: KnownMembers): Promise<Change[]> {
  if (rows.length === 0) return [];
  const [visible, reader] = await readAll(db, [
    () =>
      db.programmeItem.findMany({
        where: { AND: [visibleItemsWhere(viewer), { summitId, id: { in: [...new Set(rows.map((r) => r.entityId))] } }] },
        select: { id: true },
      }),
    () => snapshotReaderFor(db, viewer, known),
  ] as const);
  return changesSeenBy(rows, reader, known, new Set(visible.map((v) => v.id)));
}

/** The net change of each item among the rows, given the items the viewer may see now. */
function changesSeenBy(rows: AuditRow[], reader: SnapshotReader, known: KnownMembers, visibleNow: ReadonlySet<string>): Change[] {
  return netChanges(rows, { reader, delegationId: known.delegationId, memberIds: new Set(known.memberIds), visibleNow });
}

/** One row per audit entry, or a single row with a null entry when there is none. */
type SinceAckRow = { memberIds: string[]; ackAt: Date | null; ackBy: string | null; entity: string | null; visibleNow: boolean | null } & {
  [K in keyof AuditRow]: AuditRow[K] | null;
};

/**
 * In one statement: whether the delegation belongs to the summit (no row if not), its member ids,
 * its last acknowledgement and the audit entries since then whose before or after snapshot lists
 * the delegation or one of its members, and the entries of the delegation's movements (one row
 * each; a single row of nulls when there are none). Each item entry says whether the viewer may see
 * its item now (visibleItemsSql, the twin of visibleItemsWhere), so the net changes need no second
 * read after this one.
 * The page reads this beside the itinerary, so it needs nothing from that read.
 */
function readSinceAck(db: DbOrTx, viewer: Actor, summitId: string, delegationId: string) {
  return db.$queryRaw<SinceAckRow[]>`
    WITH d AS (SELECT id FROM "Delegation" WHERE id = ${delegationId} AND "summitId" = ${summitId}),
    m AS (SELECT coalesce(array_agg(id ORDER BY id), '{}'::text[]) AS ids FROM "Member" WHERE "delegationId" = (SELECT id FROM d)),
    last AS (
      SELECT a."acknowledgedAt" AS at, u.name FROM "Acknowledgement" a JOIN "User" u ON u.id = a."userId"
      WHERE a."delegationId" = (SELECT id FROM d) ORDER BY a."acknowledgedAt" DESC LIMIT 1
    )
    SELECT m.ids AS "memberIds", last.at AS "ackAt", last.name AS "ackBy",
           e.id, e.entity, e."entityId", e.action, e.at, e."actorName", e.before, e.after,
           e.entity = 'ProgrammeItem' AND EXISTS (
             SELECT 1 FROM "ProgrammeItem" i WHERE i.id = e."entityId" AND i."summitId" = ${summitId} AND ${visibleItemsSql(viewer)}
           ) AS "visibleNow"
    FROM d CROSS JOIN m LEFT JOIN last ON true
    LEFT JOIN LATERAL (
      SELECT * FROM "AuditEntry" e
      WHERE (last.at IS NULL OR e.at > last.at)
        AND ((e.entity = 'ProgrammeItem'
              AND (e.before -> 'delegationIds' @> to_jsonb(d.id) OR e.after -> 'delegationIds' @> to_jsonb(d.id)
                   OR e.before -> 'memberIds' ?| m.ids OR e.after -> 'memberIds' ?| m.ids))
          OR (e.entity = 'Movement' AND (e.before ->> 'delegationId' = d.id OR e.after ->> 'delegationId' = d.id)))
    ) e ON true
    ORDER BY e.at, e.id`;
}

/** The person whose own itinerary is shown: only the changes that concern them (changesForMember). */
export type ChangesMember = { id: string; function: string; principal: boolean };

export async function getChangesSinceAck(db: DbOrTx, actor: Actor, delegationId: string, member?: ChangesMember | null): Promise<ChangesSinceAck> {
  // The scope is checked before anything is read, the delegation's existence by the statement.
  if (!mayOpenDelegation(actor, delegationId)) throw new NotFoundError();
  const summit = await requireCurrentSummit(db, actor);
  const found = await readSinceAck(db, actor, summit.id, delegationId);
  if (found.length === 0) throw new NotFoundError();
  const { memberIds, ackAt, ackBy } = found[0];
  const rows = found.filter((row): row is SinceAckRow & AuditRow => row.id !== null);
  const itemRows = rows.filter((r) => r.entity !== MOVEMENT);
  const known = { delegationId, memberIds };
  const visibleNow = new Set(itemRows.filter((r) => r.visibleNow).map((r) => r.entityId));
  // The items' and the movements' reads need nothing from each other: side by side.
  const [items, movements] = await readAll(db, [
    async () => (itemRows.length === 0 ? [] : changesSeenBy(itemRows, await snapshotReaderFor(db, actor, known), known, visibleNow)),
    () => movementChangesOf(db, summit.id, rows.filter((r) => r.entity === MOVEMENT)),
  ] as const);
  const changes = [...items, ...movements].sort(byAuditOrder);
  // An applied live change is one entry, folded after the per-person filter so it holds only what concerns them.
  const causes = new Map(rows.map((r) => [r.id, liveCauseOf(r)]));
  return {
    lastAcknowledged: ackAt && ackBy !== null ? { at: ackAt, by: ackBy } : null,
    ...(member ? personChanges(changes, causes, member) : { changes: foldCascades(changes, causes) }),
  };
}

export type PendingAcknowledgement = {
  delegation: { id: string; code: string; name: string };
  count: number;
  latestAt: Date;
  lastAcknowledgedAt: Date | null;
};

/** What a delegation's liaison would see: the same policy, applied to that delegation alone. */
const liaisonViewOf = (delegationId: string): Actor => ({
  userId: "",
  name: "",
  email: "",
  role: "LIAISON",
  delegationIds: [delegationId],
  agencyId: null,
  mustChangePassword: false,
});

/** Staff only: the delegations whose liaisons have not acknowledged the latest changes. */
export async function listPendingAcknowledgements(db: DbOrTx, actor: Actor): Promise<PendingAcknowledgement[]> {
  if (!isStaff(actor)) return [];
  const summit = await requireCurrentSummit(db, actor);
  const [delegations, acks, members] = await Promise.all([
    db.delegation.findMany({ where: { summitId: summit.id }, orderBy: { name: "asc" }, select: { id: true, code: true, name: true } }),
    db.acknowledgement.groupBy({ by: ["delegationId"], where: { delegation: { summitId: summit.id } }, _max: { acknowledgedAt: true } }),
    db.member.findMany({ where: { delegation: { summitId: summit.id } }, select: { id: true, delegationId: true } }),
  ]);
  if (delegations.length === 0) return [];
  const lastAck = new Map(acks.map((a) => [a.delegationId, a._max.acknowledgedAt]));
  const everyoneAcked = delegations.every((d) => lastAck.get(d.id));
  const oldest = everyoneAcked ? Math.min(...delegations.map((d) => lastAck.get(d.id)!.getTime())) : null;
  const rows = await db.auditEntry.findMany({
    where: { entity: "ProgrammeItem", summitId: summit.id, ...(oldest !== null ? { at: { gt: new Date(oldest) } } : {}) },
    orderBy: [{ at: "asc" }, { id: "asc" }],
    select: auditSelect,
  });
  if (rows.length === 0) return [];
  const causes = new Map(rows.map((r) => [r.id, liveCauseOf(r)]));
  const venueNames = rows.some((r) => r.entity === MOVEMENT)
    ? new Map((await db.venue.findMany({ where: { summitId: summit.id }, select: { id: true, name: true } })).map((v) => [v.id, v.name]))
    : new Map<string, string>();

  const pending: PendingAcknowledgement[] = [];
  for (const d of delegations) {
    const since = lastAck.get(d.id) ?? null;
    const memberIds = new Set(members.filter((m) => m.delegationId === d.id).map((m) => m.id));
    const recent = rows.filter((r) => !since || r.at > since);
    const candidates = recent.filter((r) => r.entity !== MOVEMENT && involves(r, d.id, memberIds));
    // The delegation's members are at hand: no member read per delegation for its snapshots.
    const itemChanges = await visibleChanges(db, liaisonViewOf(d.id), summit.id, candidates, { delegationId: d.id, memberIds: [...memberIds] });
    const changes = foldCascades(
      [...itemChanges, ...movementChanges(recent.filter((r) => r.entity === MOVEMENT && movementInvolves(r, d.id)), venueNames)].sort(byAuditOrder),
      causes,
    );
    if (changes.length > 0) {
      pending.push({ delegation: d, count: changes.length, latestAt: changes[changes.length - 1].at, lastAcknowledgedAt: since });
    }
  }
  return pending;
}

// The audience of a change notice, read once per change per instance after the change committed:
// the entity as it is now (who may see it), plus the before side the notice carried (who could
// see it until now). Only ids, status and visibility are read, in one plain statement per notice.
import type pg from "pg";
import { scopeHints, type ChangeNotice, type ScopeHints } from "@/lib/audit";
import type { AuditEntity } from "@/lib/audit/schema";
import { statementNames, type DbOrTx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Audience, ItemScopeView, Topic } from "./types";

/** Which pages a change of each audited entity concerns; unknown entities ask for a full re-read. */
const TOPICS_OF: Partial<Record<AuditEntity, Topic[]>> = {
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
const SAME_ROWS_AS: Partial<Record<AuditEntity, AuditEntity>> = { ItemLive: "ProgrammeItem", MovementLive: "Movement" };

export const topicsOf = (entity: string): Topic[] => TOPICS_OF[entity as AuditEntity] ?? ["*"];

const distinct = (values: Iterable<string | null | undefined>): Set<string> => {
  const out = new Set<string>();
  for (const v of values) if (v) out.add(v);
  return out;
};

/**
 * Runs one read and returns its rows. On a PostgreSQL server it is the instance's listening
 * connection, open and idle between notices, so a liaison's event waits for one round trip of
 * plain SQL rather than a pooled client's; with the embedded database, the Prisma client.
 */
export type ReadRows = <Row extends object>(query: Prisma.Sql) => Promise<Row[]>;

/** Reads through the Prisma client (the embedded database, whose one connection cannot listen). */
export const rowsThrough =
  (db: DbOrTx): ReadRows =>
  <Row extends object>(query: Prisma.Sql) =>
    db.$queryRaw<Row[]>(query);

/**
 * Reads on a plain pg connection: the instance's listening one. Each statement is prepared once
 * per connection (named by its text, as the Prisma client's are): the texts are few and fixed.
 */
export function rowsOn(client: Pick<pg.ClientBase, "query">): ReadRows {
  const nameOf = statementNames();
  // One connection runs one query at a time: each read waits for the one before it here, rather
  // than leaving pg to queue them (which it warns about, and its next major version will refuse).
  let previous: Promise<unknown> = Promise.resolve();
  return <Row extends object>(query: Prisma.Sql) => {
    const run = previous.then(
      async () => (await client.query<Row>({ name: nameOf({ sql: query.text }), text: query.text, values: query.values })).rows,
    );
    previous = run.catch(() => undefined);
    return run;
  };
}

/** The before side: as the notice carried it, or read from its audit entry when it did not fit. */
async function beforeHints(read: ReadRows, notice: ChangeNotice): Promise<ScopeHints | undefined> {
  if (notice.b) return notice.b;
  if (!notice.r) return undefined;
  const [entry] = await read<{ before: unknown }>(Prisma.sql`SELECT before FROM "AuditEntry" WHERE id = ${notice.r}`);
  return scopeHints(entry?.before);
}

type ItemRow = { now: boolean; status: string | null; visibility: string | null; delegationIds: string[]; agencyIds: string[] };

/**
 * One statement: each item as it is (its participating delegations, its tasks' agencies) and,
 * when the before side names members, the delegations of those members.
 */
async function itemAudience(read: ReadRows, ids: readonly string[], before: ScopeHints | undefined): Promise<Pick<Audience, "items">> {
  const hadBefore = before?.status !== undefined && before.visibility !== undefined;
  const memberIds = hadBefore ? (before.memberIds ?? []) : [];
  const rows = await read<ItemRow>(Prisma.sql`
    SELECT true AS now, i.status::text AS status, i.visibility::text AS visibility,
      ARRAY(SELECT DISTINCT p."delegationId" FROM "Participation" p WHERE p."itemId" = i.id) AS "delegationIds",
      ARRAY(SELECT DISTINCT t."agencyId" FROM "AgencyTask" t WHERE t."itemId" = i.id) AS "agencyIds"
    FROM "ProgrammeItem" i WHERE i.id = ANY(${[...ids]}::text[])
    UNION ALL
    SELECT false, NULL, NULL, ARRAY(SELECT DISTINCT m."delegationId" FROM "Member" m WHERE m.id = ANY(${memberIds}::text[])), ARRAY[]::text[]
    WHERE cardinality(${memberIds}::text[]) > 0`);
  const items: ItemScopeView[] = rows
    .filter((r) => r.now)
    .map((r) => ({ status: r.status ?? undefined, visibility: r.visibility ?? undefined, delegationIds: r.delegationIds, agencyIds: r.agencyIds }));
  if (hadBefore) {
    // A snapshot names member participations by member: they count for the member's delegation.
    const ofMembers = rows.filter((r) => !r.now).flatMap((r) => r.delegationIds);
    items.push({
      status: before.status,
      visibility: before.visibility,
      delegationIds: [...distinct([...(before.delegationIds ?? []), ...ofMembers])],
      agencyIds: items[0]?.agencyIds ?? [],
    });
  }
  return { items };
}

/** Per entity: the delegations and agencies its rows name now (one statement each). */
const SCOPE_OF: Partial<Record<AuditEntity, (ids: string[]) => Prisma.Sql>> = {
  Movement: (ids) => Prisma.sql`
    SELECT m."delegationId", NULL::text AS "agencyId" FROM "Movement" m WHERE m.id = ANY(${ids}::text[])
    UNION ALL SELECT NULL, t."agencyId" FROM "AgencyTask" t WHERE t."movementId" = ANY(${ids}::text[])`,
  // A task on a draft stays hidden from its agency, as its item does.
  AgencyTask: (ids) => Prisma.sql`
    SELECT NULL::text AS "delegationId", t."agencyId", i.status IS NOT NULL AND i.status NOT IN ('CONFIRMED', 'CANCELLED') AS "onDraft"
    FROM "AgencyTask" t LEFT JOIN "ProgrammeItem" i ON i.id = t."itemId" WHERE t.id = ANY(${ids}::text[])`,
  TaskAcknowledgement: (ids) => Prisma.sql`SELECT NULL::text AS "delegationId", a."agencyId" FROM "TaskAcknowledgement" a WHERE a.id = ANY(${ids}::text[])`,
  Member: (ids) => Prisma.sql`SELECT m."delegationId", NULL::text AS "agencyId" FROM "Member" m WHERE m.id = ANY(${ids}::text[])`,
  Acknowledgement: (ids) => Prisma.sql`SELECT a."delegationId", NULL::text AS "agencyId" FROM "Acknowledgement" a WHERE a.id = ANY(${ids}::text[])`,
  BilateralRequest: (ids) => Prisma.sql`
    SELECT r."requesterDelegationId" AS "delegationId", NULL::text AS "agencyId" FROM "BilateralRequest" r WHERE r.id = ANY(${ids}::text[])
    UNION ALL SELECT p."delegationId", NULL FROM "BilateralParty" p WHERE p."requestId" = ANY(${ids}::text[])`,
};

type ScopeRow = { delegationId: string | null; agencyId: string | null; onDraft?: boolean };

async function delegationsAndAgencies(read: ReadRows, entity: string, ids: string[], before: ScopeHints | undefined): Promise<{ delegationIds: Set<string>; agencyIds: Set<string> }> {
  const delegationIds = distinct([before?.delegationId, ...(before?.delegationIds ?? [])]);
  const agencyIds = distinct([before?.agencyId]);
  if (entity === "Delegation") for (const id of ids) delegationIds.add(id);
  const query = SCOPE_OF[entity as AuditEntity];
  if (!query) return { delegationIds, agencyIds };
  const rows = await read<ScopeRow>(query(ids));
  // A task on a draft: its agency does not hear, nor the agency it had before (the same item).
  if (rows.some((r) => r.onDraft)) agencyIds.clear();
  for (const r of rows) {
    if (r.delegationId) delegationIds.add(r.delegationId);
    if (r.agencyId && !r.onDraft) agencyIds.add(r.agencyId);
  }
  return { delegationIds, agencyIds };
}

/**
 * Who may hear of the change. A batch too large to list its ids is heard by staff alone: the
 * listener cannot tell who could see which row, and need-to-know comes first (those pages show
 * the change on their next read).
 */
export async function resolveAudience(read: ReadRows, notice: ChangeNotice): Promise<Audience> {
  const base: Audience = { summitId: notice.s, topics: topicsOf(notice.e), everyone: false, items: [], delegationIds: new Set(), agencyIds: new Set() };
  if (notice.bulk || notice.ids.length === 0) return base;
  if (notice.e === "Summit") return { ...base, everyone: true };
  const entity = SAME_ROWS_AS[notice.e as AuditEntity] ?? notice.e;
  const before = notice.ids.length === 1 ? await beforeHints(read, notice) : undefined;
  if (entity === "ProgrammeItem") return { ...base, ...(await itemAudience(read, notice.ids, before)) };
  return { ...base, ...(await delegationsAndAgencies(read, entity, notice.ids, before)) };
}

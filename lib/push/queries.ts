// The audience of a change notice, resolved once per change per instance: the entity as it is
// (who may see it: the rows the notice carries, or one plain statement when they did not fit)
// plus the before side the notice carried (who could see it until now). Only ids, status and
// visibility.
import type pg from "pg";
import {
  audienceEntity,
  audienceQuery,
  itemBeforeCounts,
  scopeHints,
  type AudienceRow,
  type ChangeNotice,
  type ItemAudienceRow,
  type ScopeAudienceRow,
  type ScopeHints,
} from "@/lib/audit";
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

/** Each item as it is and, when the before side says who could see it, as it was. */
function itemAudience(rows: readonly ItemAudienceRow[], before: ScopeHints | undefined): Pick<Audience, "items"> {
  const items: ItemScopeView[] = rows
    .filter((r) => r.now)
    .map((r) => ({ status: r.status ?? undefined, visibility: r.visibility ?? undefined, delegationIds: r.delegationIds, agencyIds: r.agencyIds }));
  if (itemBeforeCounts(before)) {
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

/** The delegations and agencies the entity's rows name now, and those its before side named. */
function delegationsAndAgencies(entity: string, ids: string[], rows: readonly ScopeAudienceRow[], before: ScopeHints | undefined): { delegationIds: Set<string>; agencyIds: Set<string> } {
  const delegationIds = distinct([before?.delegationId, ...(before?.delegationIds ?? [])]);
  const agencyIds = distinct([before?.agencyId]);
  if (entity === "Delegation") for (const id of ids) delegationIds.add(id);
  // A task on a draft: its agency does not hear, nor the agency it had before (the same item).
  if (rows.some((r) => r.onDraft)) agencyIds.clear();
  for (const r of rows) {
    if (r.delegationId) delegationIds.add(r.delegationId);
    if (r.agencyId && !r.onDraft) agencyIds.add(r.agencyId);
  }
  return { delegationIds, agencyIds };
}

/**
 * Who may hear of the change. Its audience rows come with the notice, read in the writing
 * transaction; only when they did not fit does the listener read them (and the before side, when
 * that did not fit either). A batch too large to list its ids is heard by staff alone: the
 * listener cannot tell who could see which row, and need-to-know comes first (those pages show
 * the change on their next read).
 */
export async function resolveAudience(read: ReadRows, notice: ChangeNotice): Promise<Audience> {
  const base: Audience = { summitId: notice.s, topics: topicsOf(notice.e), everyone: false, items: [], delegationIds: new Set(), agencyIds: new Set() };
  if (notice.bulk || notice.ids.length === 0) return base;
  if (notice.e === "Summit") return { ...base, everyone: true };
  const entity = audienceEntity(notice.e);
  const before = notice.ids.length === 1 ? await beforeHints(read, notice) : undefined;
  const query = notice.a ? null : audienceQuery(notice, before);
  const rows: AudienceRow[] = notice.a ?? (query ? await read<AudienceRow>(query) : []);
  if (entity === "ProgrammeItem") return { ...base, ...itemAudience(rows as ItemAudienceRow[], before) };
  return { ...base, ...delegationsAndAgencies(entity, notice.ids, rows as ScopeAudienceRow[], before) };
}

// The audience of a change notice, for every kind of entity it reads: who may hear of the change
// (items as they were and are, delegations, agencies). The same rows are read whichever
// connection reads them: the instance's listening connection (a plain pg client) or the Prisma
// client (the embedded database, which cannot listen). On a server, a recorded entry's notice
// carries those rows, read in its writing transaction: the listener resolves it without a read.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { CHANGE_CHANNEL, type ChangeNotice } from "@/lib/audit";
import { recordAudit, recordAudits, type AuditInput } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/actor";
import { PushHub, resolveAudience, rowsOn, rowsThrough, type Audience, type LiveEvent, type ReadRows } from "@/lib/push";
import { at, buildEditingFixture, type EditingFixture } from "./programme-editing-fixture";
import { resetDatabase, testDb } from "./helpers";

const embedded = inject("embedded");
const db = testDb();
let client: pg.Client | null = null;
let fx: EditingFixture;

const ids = {} as {
  item: string;
  draft: string;
  police: string;
  army: string;
  movement: string;
  taskOnItem: string;
  taskOnDraft: string;
  taskOnMovement: string;
  taskAck: string;
  ack: string;
  bilateral: string;
  auditWithBefore: string;
};

beforeAll(async () => {
  await resetDatabase(db);
  fx = await buildEditingFixture(db);
  const { nl, be } = fx.delegations;
  const police = await db.agency.create({ data: { summitId: fx.summit.id, name: "Police", shortName: "POL" } });
  const army = await db.agency.create({ data: { summitId: fx.summit.id, name: "Army", shortName: "ARM" } });
  const item = await db.programmeItem.create({
    data: {
      summitId: fx.summit.id, kind: "PLENARY", title: "Dinner", status: "CONFIRMED", visibility: "PARTICIPANTS", startsAt: at("19:00"), endsAt: at("20:00"),
      participations: { create: [{ delegationId: nl.id }, { delegationId: be.id, memberId: fx.members.bePm.id }] },
    },
  });
  const draft = await db.programmeItem.create({ data: { summitId: fx.summit.id, kind: "PLENARY", title: "Draft", startsAt: at("21:00"), endsAt: at("22:00") } });
  const movement = await db.movement.create({ data: { summitId: fx.summit.id, delegationId: be.id, kind: "ARRIVAL", toVenueId: fx.venues.forum.id, startsAt: at("07:00"), partySize: 20 } });
  const task = (agencyId: string, link: { itemId: string } | { movementId: string }) =>
    db.agencyTask.create({ data: { agencyId, ...link, type: "SECURITY_PERIMETER", startsAt: at("08:00"), endsAt: at("09:00") } });
  const taskOnItem = await task(police.id, { itemId: item.id });
  await task(police.id, { itemId: item.id });
  await task(army.id, { itemId: item.id });
  const taskOnDraft = await task(police.id, { itemId: draft.id });
  const taskOnMovement = await task(army.id, { movementId: movement.id });
  const taskAck = await db.taskAcknowledgement.create({ data: { agencyId: police.id, userId: fx.planners.anna.userId, acknowledgedAt: at("09:05") } });
  const ack = await db.acknowledgement.create({ data: { delegationId: nl.id, userId: fx.planners.anna.userId, acknowledgedAt: at("09:00") } });
  const bilateral = await db.bilateralRequest.create({
    data: { summitId: fx.summit.id, requesterDelegationId: nl.id, level: "PRINCIPAL", durationMinutes: 30, parties: { create: [{ delegationId: nl.id }, { delegationId: be.id }] } },
  });
  const audit = await db.auditEntry.create({
    data: {
      actorName: "Anna", summitId: fx.summit.id, entity: "ProgrammeItem", entityId: item.id, action: "update",
      before: { title: "secret", status: "DRAFT", visibility: "STAFF", delegationIds: [fx.other.delegation.id], memberIds: [fx.members.pm.id] },
    },
  });
  Object.assign(ids, {
    item: item.id, draft: draft.id, police: police.id, army: army.id, movement: movement.id, taskOnItem: taskOnItem.id, taskOnDraft: taskOnDraft.id,
    taskOnMovement: taskOnMovement.id, taskAck: taskAck.id, ack: ack.id, bilateral: bilateral.id, auditWithBefore: audit.id,
  });
  if (!embedded) {
    client = new pg.Client({ connectionString: inject("databaseUrl") });
    await client.connect();
  }
});
afterAll(async () => {
  await client?.end();
  await db.$disconnect();
});

/** Order carries no meaning in an audience: compare as sorted lists. */
function normalized(audience: Audience) {
  const sorted = (values: Iterable<string>) => [...values].sort();
  return {
    summitId: audience.summitId,
    topics: audience.topics,
    everyone: audience.everyone,
    items: audience.items.map((i) => ({ status: i.status, visibility: i.visibility, delegationIds: sorted(i.delegationIds), agencyIds: sorted(i.agencyIds) })),
    delegationIds: sorted(audience.delegationIds),
    agencyIds: sorted(audience.agencyIds),
  };
}

type Reader = [string, (notice: ChangeNotice) => Promise<Audience>];
const readers: Reader[] = [["the Prisma client", (notice) => resolveAudience(rowsThrough(db), notice)]];
// The listening connection is a plain pg client: there is none on the embedded database.
if (!embedded) readers.push(["a plain pg connection", (notice) => resolveAudience(rowsOn(client!), notice)]);

describe.each(readers)("the audience of a change, read through %s", (_, audienceOf) => {
  const of = async (notice: Omit<ChangeNotice, "s">) => normalized(await audienceOf({ s: fx.summit.id, ...notice }));
  const none = { delegationIds: [], agencyIds: [] };
  const sorted = (...values: string[]) => [...values].sort();

  it("a programme item: as it is (participating delegations, its tasks' agencies) and as it was (the notice's before side)", async () => {
    const { nl, be } = fx.delegations;
    const now = { status: "CONFIRMED", visibility: "PARTICIPANTS", delegationIds: sorted(nl.id, be.id), agencyIds: sorted(ids.police, ids.army) };
    expect(await of({ e: "ProgrammeItem", ids: [ids.item] })).toMatchObject({ everyone: false, items: [now], ...none });
    // A named member's participation counts for the member's delegation.
    const b = { status: "DRAFT", visibility: "STAFF", delegationIds: [fx.other.delegation.id], memberIds: [fx.members.pm.id] };
    const was = { status: "DRAFT", visibility: "STAFF", delegationIds: sorted(fx.other.delegation.id, nl.id), agencyIds: now.agencyIds };
    expect(await of({ e: "ProgrammeItem", ids: [ids.item], b })).toMatchObject({ items: [now, was], ...none });
    // The before side read from the audit entry when it did not fit the notice: only its scope.
    expect(await of({ e: "ProgrammeItem", ids: [ids.item], r: ids.auditWithBefore })).toMatchObject({ items: [now, was] });
    expect(await of({ e: "ItemLive", ids: [ids.item], b })).toMatchObject({ topics: ["programme", "itinerary", "tasks", "ops"], items: [now, was] });
  });

  it("a deleted item is heard by who could see it before; a batch of items by who may see each now", async () => {
    const b = { status: "CONFIRMED", visibility: "PARTICIPANTS", delegationIds: [fx.delegations.be.id] };
    expect(await of({ e: "ProgrammeItem", ids: ["gone"], b })).toMatchObject({ items: [{ ...b, agencyIds: [] }], ...none });
    expect((await of({ e: "ProgrammeItem", ids: [ids.item, ids.draft], b })).items).toEqual(
      expect.arrayContaining([
        { status: "DRAFT", visibility: "STAFF", delegationIds: [], agencyIds: [ids.police] },
        { status: "CONFIRMED", visibility: "PARTICIPANTS", delegationIds: sorted(fx.delegations.nl.id, fx.delegations.be.id), agencyIds: sorted(ids.police, ids.army) },
      ]),
    );
  });

  it("a movement: its delegation, before and now, and its tasks' agencies", async () => {
    const expected = { items: [], delegationIds: sorted(fx.delegations.be.id, fx.delegations.nl.id), agencyIds: [ids.army] };
    expect(await of({ e: "Movement", ids: [ids.movement], b: { delegationId: fx.delegations.nl.id } })).toMatchObject(expected);
    expect(await of({ e: "MovementLive", ids: [ids.movement], b: { delegationId: fx.delegations.nl.id } })).toMatchObject(expected);
  });

  it("a task: its agency and the one it had, and nobody's while its item is a draft", async () => {
    expect(await of({ e: "AgencyTask", ids: [ids.taskOnItem], b: { agencyId: ids.army } })).toMatchObject({ delegationIds: [], agencyIds: sorted(ids.police, ids.army) });
    expect(await of({ e: "AgencyTask", ids: [ids.taskOnDraft], b: { agencyId: ids.army } })).toMatchObject(none);
    expect(await of({ e: "AgencyTask", ids: [ids.taskOnMovement] })).toMatchObject({ delegationIds: [], agencyIds: [ids.army] });
    // In a batch, the draft's task stays hidden while the published one's agency hears.
    expect(await of({ e: "AgencyTask", ids: [ids.taskOnItem, ids.taskOnDraft], b: { agencyId: ids.army } })).toMatchObject({ delegationIds: [], agencyIds: [ids.police] });
  });

  it("acknowledgements, members, delegations and bilateral requests: the delegations or agency concerned", async () => {
    const { nl, be } = fx.delegations;
    expect(await of({ e: "TaskAcknowledgement", ids: [ids.taskAck] })).toMatchObject({ delegationIds: [], agencyIds: [ids.police] });
    expect(await of({ e: "Acknowledgement", ids: [ids.ack] })).toMatchObject({ delegationIds: [nl.id], agencyIds: [] });
    expect(await of({ e: "Member", ids: [fx.members.bePm.id, fx.members.fm.id] })).toMatchObject({ delegationIds: sorted(nl.id, be.id), agencyIds: [] });
    expect(await of({ e: "Delegation", ids: [be.id] })).toMatchObject({ delegationIds: [be.id], agencyIds: [] });
    expect(await of({ e: "BilateralRequest", ids: [ids.bilateral] })).toMatchObject({ delegationIds: sorted(nl.id, be.id), agencyIds: [] });
  });

  it("the summit itself is heard by everyone; a batch too large to list, or an entity without readers, by staff alone", async () => {
    expect(await of({ e: "Summit", ids: [fx.summit.id] })).toMatchObject({ everyone: true, topics: ["*"] });
    expect(await of({ e: "ProgrammeItem", ids: [], bulk: true })).toMatchObject({ everyone: false, items: [], ...none });
    expect(await of({ e: "Venue", ids: [fx.venues.forum.id] })).toMatchObject({ everyone: false, items: [], ...none });
    expect(await of({ e: "Venue", ids: [fx.venues.forum.id], b: { delegationId: fx.delegations.nl.id } })).toMatchObject({ delegationIds: [fx.delegations.nl.id] });
  });
});

// The notices a writing transaction sends: only on a server (the embedded database's notices stay
// in the process, without rows, and the listener reads after the transaction).
describe.skipIf(embedded)("the audience a notice carries from its writing transaction", () => {
  let listener: pg.Client;
  beforeAll(async () => {
    listener = new pg.Client({ connectionString: inject("databaseUrl") });
    await listener.connect();
    await listener.query(`LISTEN ${pg.escapeIdentifier(CHANGE_CHANNEL)}`);
  });
  afterAll(async () => {
    await listener.end();
  });

  /** The payload the entry's transaction sent, heard after its commit. */
  async function sent(entry: Omit<AuditInput, "actor" | "summitId" | "action">): Promise<string> {
    const heard = new Promise<string>((resolve) => listener.once("notification", (message) => resolve(message.payload ?? "")));
    await db.$transaction((tx) => recordAudit(tx, { actor: fx.planners.anna, summitId: fx.summit.id, action: "update", ...entry } as AuditInput));
    return heard;
  }
  const refuse: ReadRows = async () => {
    throw new Error("read after commit");
  };

  it("carries the rows a read after commit finds, for every kind of entity, so the listener reads nothing", async () => {
    const { nl, be } = fx.delegations;
    const entries: Omit<AuditInput, "actor" | "summitId" | "action">[] = [
      { entity: "ProgrammeItem", entityId: ids.item, before: { status: "DRAFT", visibility: "STAFF", delegationIds: [fx.other.delegation.id], memberIds: [fx.members.pm.id] } },
      { entity: "ProgrammeItem", entityId: ids.draft },
      { entity: "ItemLive", entityId: ids.item, before: { status: "CONFIRMED", visibility: "PARTICIPANTS", delegationIds: [be.id] } },
      { entity: "Movement", entityId: ids.movement, before: { delegationId: nl.id } },
      { entity: "MovementLive", entityId: ids.movement },
      { entity: "AgencyTask", entityId: ids.taskOnItem, before: { agencyId: ids.army } },
      { entity: "AgencyTask", entityId: ids.taskOnDraft, before: { agencyId: ids.army } },
      { entity: "TaskAcknowledgement", entityId: ids.taskAck },
      { entity: "Member", entityId: fx.members.bePm.id },
      { entity: "Acknowledgement", entityId: ids.ack },
      { entity: "BilateralRequest", entityId: ids.bilateral },
      { entity: "Delegation", entityId: be.id },
    ];
    for (const entry of entries) {
      const notice = JSON.parse(await sent(entry)) as ChangeNotice;
      if (entry.entity !== "Delegation") expect(notice.a, entry.entity).toBeDefined();
      // Ids, status and visibility only: never a title, a note or a time.
      const keys = new Set((notice.a ?? []).flatMap((row) => Object.keys(row)));
      expect([...keys].filter((k) => !["now", "status", "visibility", "delegationIds", "agencyIds", "delegationId", "agencyId", "onDraft"].includes(k))).toEqual([]);
      expect(JSON.stringify(notice)).not.toContain("Dinner");
      const withoutRows = { ...notice };
      delete withoutRows.a;
      expect(normalized(await resolveAudience(refuse, notice)), entry.entity).toEqual(normalized(await resolveAudience(rowsOn(client!), withoutRows)));
    }
  });

  it("a batch's notices, one per entity kind, carry their rows too", async () => {
    const notices: ChangeNotice[] = [];
    const heard = new Promise<void>((resolve) =>
      listener.on("notification", function collect(message) {
        notices.push(JSON.parse(message.payload ?? "") as ChangeNotice);
        if (notices.length === 2) resolve(void listener.off("notification", collect));
      }),
    );
    const entry = (entity: "Movement" | "AgencyTask", entityId: string): AuditInput => ({ actor: fx.planners.anna, summitId: fx.summit.id, entity, entityId, action: "shift" });
    await db.$transaction((tx) => recordAudits(tx, [entry("Movement", ids.movement), entry("AgencyTask", ids.taskOnItem), entry("AgencyTask", ids.taskOnDraft)]));
    await heard;
    expect(notices.map((n) => [n.e, n.ids.length, n.a !== undefined])).toEqual(expect.arrayContaining([["Movement", 1, true], ["AgencyTask", 2, true]]));
    for (const notice of notices) {
      const withoutRows = { ...notice };
      delete withoutRows.a;
      expect(normalized(await resolveAudience(refuse, notice)), notice.e).toEqual(normalized(await resolveAudience(rowsOn(client!), withoutRows)));
    }
  });

  it("leaves out rows too large for a notice, and the listener reads them", async () => {
    const many = await db.delegation.createManyAndReturn({
      data: Array.from({ length: 320 }, (_, i) => ({ summitId: fx.summit.id, code: `Q${i}`, name: `Delegation number ${i}`, kind: "ALLY" as const })),
      select: { id: true },
    });
    const item = await db.programmeItem.create({
      data: {
        summitId: fx.summit.id, kind: "PLENARY", title: "Crowded", status: "CONFIRMED", visibility: "PARTICIPANTS", startsAt: at("12:00"), endsAt: at("13:00"),
        participations: { create: many.map((d) => ({ delegationId: d.id })) },
      },
    });
    const notice = JSON.parse(await sent({ entity: "ProgrammeItem", entityId: item.id })) as ChangeNotice;
    expect(notice.a).toBeUndefined();
    await expect(resolveAudience(refuse, notice)).rejects.toThrow("read after commit");
    const audience = await resolveAudience(rowsOn(client!), notice);
    expect(audience.items[0].delegationIds).toHaveLength(320);
  });

  it("a hub tells each reader from the carried rows alone: a liaison hears nothing of an item they cannot see", async () => {
    const { nl, be } = fx.delegations;
    const item = await db.programmeItem.create({
      data: { summitId: fx.summit.id, kind: "BILATERAL", title: "Dutch only", status: "CONFIRMED", visibility: "PARTICIPANTS", startsAt: at("15:00"), endsAt: at("16:00"), participations: { create: [{ delegationId: nl.id }] } },
    });
    const payload = await sent({ entity: "ProgrammeItem", entityId: item.id, before: { status: "DRAFT", visibility: "STAFF", delegationIds: [be.id] } });
    const hub = new PushHub({ db, connectionString: null, reloadActor: async () => null, summitOf: async () => fx.summit.id });
    const liaisonOf = (delegationId: string): Actor => ({ userId: delegationId, name: "L", email: "l@example.org", role: "LIAISON", delegationIds: [delegationId], agencyId: null, mustChangePassword: false });
    const heard = new Map<string, LiveEvent[]>();
    for (const [name, actor] of [["planner", fx.planners.anna], ["nl", liaisonOf(nl.id)], ["be", liaisonOf(be.id)]] as const) {
      heard.set(name, []);
      hub.subscribe({ actor, sessionVersion: 0, summitId: fx.summit.id, deliver: (event) => heard.get(name)!.push(event), close: () => {} });
    }
    let reads = 0;
    await hub.handle(payload, async () => {
      reads++;
      return [];
    });
    await hub.close();
    expect(reads).toBe(0);
    expect(heard.get("planner")).toHaveLength(1);
    expect(heard.get("nl")).toHaveLength(1);
    expect(heard.get("be")).toHaveLength(0);
  });
});

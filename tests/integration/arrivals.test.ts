// Arrivals in protocol order against a real database: a sequence generated from the precedence
// list with its motorcades and escort tasks; moving the dinner moves all of it in one
// transaction; a late landing is a hard conflict and re-plans; a liaison sees only its own
// arrival; bad input is refused naming the cause, with nothing written; other roles and other
// summits get not-found.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { agencyMotorcades, getSequenceOfItem, ownArrivals, previewReplan } from "@/lib/arrivals/queries";
import { applyReplan, deleteSequence, generateArrivals, moveArrival, saveEntrance, savePrecedenceOrder, setArrivalTime, setPrecedenceRule } from "@/lib/arrivals/mutations";
import { getTaskChangesSinceAck } from "@/lib/tasks/changes";
import { acknowledgeTaskChanges } from "@/lib/tasks/mutations";
import { conflictsForSummit } from "@/lib/conflicts/queries";
import { NotFoundError, StaleVersionError, ValidationError } from "@/lib/errors";
import { moveItem } from "@/lib/programme/mutations";
import { at, buildArrivalsFixture, sequenceInput, type ArrivalsFixture } from "./arrivals-fixture";
import { resetDatabase, testDb } from "./helpers";
import { entranceSchema, generateSequenceSchema, moveArrivalSchema, precedenceOrderSchema, precedenceRuleSchema, sequenceRefSchema, setArrivalTimeSchema } from "@/lib/arrivals/schema";
import { acknowledgeTaskChangesSchema } from "@/lib/tasks/schema";
import { parseInput } from "@/lib/validation";
import { inSummit } from "./inputs";

const db = testDb();
let fx: ArrivalsFixture;
let other: ArrivalsFixture;

beforeAll(async () => {
  await resetDatabase(db);
  other = await buildArrivalsFixture(db, "other");
});
beforeEach(async () => {
  await db.auditEntry.deleteMany();
  if (fx) await db.summit.delete({ where: { id: fx.summit.id } });
  await db.user.deleteMany({ where: { id: { startsWith: "u-arrivals-" } } });
  fx = await buildArrivalsFixture(db);
});
afterAll(() => db.$disconnect());

/** The first rule set on a summit: no list was read (version 0). */
const rule = { key: "ALPHABETICAL", language: "en", others: "AFTER_ALLIES", version: 0 } as const;

async function generated() {
  await setPrecedenceRule(db, fx.actors.planner, inSummit(precedenceRuleSchema, fx.summit.id, rule));
  return generateArrivals(db, fx.actors.planner, inSummit(generateSequenceSchema, fx.summit.id, sequenceInput(fx)));
}

const sequenceRows = async () => (await getSequenceOfItem(db, fx.actors.planner, fx.summit.id, fx.dinner.id))!.rows;
const counts = async () => ({
  sequences: await db.arrivalSequence.count({ where: { summitId: fx.summit.id } }),
  movements: await db.movement.count({ where: { summitId: fx.summit.id } }),
  tasks: await db.agencyTask.count({ where: { agency: { summitId: fx.summit.id } } }),
  precedence: await db.precedenceEntry.count({ where: { precedence: { summitId: fx.summit.id } } }),
});

describe("generating a sequence", () => {
  it("orders heads of state before heads of government, partners after allies, most senior last, with motorcades and escorts", async () => {
    await generated();
    const rows = await sequenceRows();
    // Precedence: France (state), Belgium, Netherlands (government), Ukraine (partner); reversed.
    expect(rows.map((r) => [r.code, r.arrivesAt, r.departsAt, r.fromPlace])).toEqual([
      ["UA", at("19:15"), at("18:55"), "Hotel des Indes arrivals"],
      ["NL", at("19:20"), at("19:00"), "Hotel des Indes arrivals"],
      ["BE", at("19:23"), at("19:03"), "Hotel des Indes arrivals"],
      ["FR", at("19:28"), at("19:03"), "Kurhaus arrivals"],
    ]);
    const movements = await db.movement.findMany({ where: { summitId: fx.summit.id }, select: { kind: true, toItemId: true, toVenueId: true, tasks: { select: { agencyId: true, type: true, startsAt: true, endsAt: true } } } });
    expect(movements).toHaveLength(4);
    for (const m of movements) {
      expect(m).toMatchObject({ kind: "TRANSFER", toItemId: fx.dinner.id, toVenueId: fx.venues.palace.id });
      expect(m.tasks).toEqual([expect.objectContaining({ agencyId: fx.agencies.police.id, type: "ESCORT" })]);
    }
    // The motorcades fit the dinner: no conflict of any kind.
    expect(await conflictsForSummit(db, fx.summit.id)).toEqual([]);
    expect(await db.auditEntry.count({ where: { entity: "Movement", action: "create" } })).toBe(4);
  });

  it("moving one delegation two places later moves its motorcade and the police escort", async () => {
    const sequence = await generated();
    await moveArrival(db, fx.actors.planner, inSummit(moveArrivalSchema, fx.summit.id, { sequenceId: sequence.id, delegationId: fx.delegations.ua.id, toPosition: 3, version: sequence.version }));
    const rows = await sequenceRows();
    expect(rows.map((r) => [r.code, r.arrivesAt])).toEqual([["NL", at("19:15")], ["BE", at("19:20")], ["UA", at("19:23")], ["FR", at("19:28")]]);
    const ua = rows.find((r) => r.code === "UA")!;
    expect(ua.departsAt).toEqual(at("19:03"));
    const motorcades = await agencyMotorcades(db, fx.actors.police, fx.summit.id, fx.agencies.police.id);
    expect(motorcades.find((m) => m.party === "Ukraine")).toMatchObject({ departsAt: at("19:03"), taskStartsAt: at("19:03"), taskEndsAt: at("19:23") });
  });

  it("a typed time keeps that time and re-flows the rest; a stale version is refused", async () => {
    const sequence = await generated();
    const saved = await setArrivalTime(db, fx.actors.planner, inSummit(setArrivalTimeSchema, fx.summit.id, { sequenceId: sequence.id, delegationId: fx.delegations.nl.id, time: "19:22", version: sequence.version }));
    expect((await sequenceRows()).map((r) => [r.code, r.arrivesAt])).toEqual([["UA", at("19:15")], ["NL", at("19:22")], ["BE", at("19:25")], ["FR", at("19:28")]]);
    await expect(setArrivalTime(db, fx.actors.planner, inSummit(setArrivalTimeSchema, fx.summit.id, { sequenceId: sequence.id, delegationId: fx.delegations.nl.id, time: "19:10", version: sequence.version }))).rejects.toBeInstanceOf(StaleVersionError);
    expect(saved.version).toBe(sequence.version + 1);
  });
});

describe("motorcades removed with their escorts", () => {
  /** The police acknowledge what they see now, so the list then holds only what comes after. */
  async function policeAcknowledge() {
    const changes = (await getTaskChangesSinceAck(db, fx.actors.police)).changes;
    const newest = changes[changes.length - 1];
    if (newest) await acknowledgeTaskChanges(db, fx.actors.police, parseInput(acknowledgeTaskChangesSchema, { agencyId: fx.agencies.police.id, seenUpTo: newest.at.toISOString() }));
    expect((await getTaskChangesSinceAck(db, fx.actors.police)).changes).toEqual([]);
  }

  it("regenerating without a party deletes its escort task with an audit entry, so the police's changes list shows it", async () => {
    await generated();
    const escort = await db.agencyTask.findFirstOrThrow({ where: { movement: { delegationId: fx.delegations.nl.id } }, select: { id: true } });
    await policeAcknowledge();
    await db.participation.deleteMany({ where: { itemId: fx.dinner.id, delegationId: fx.delegations.nl.id } });
    await generateArrivals(db, fx.actors.planner, inSummit(generateSequenceSchema, fx.summit.id, sequenceInput(fx)));

    expect(await db.agencyTask.count({ where: { id: escort.id } })).toBe(0);
    expect(await db.auditEntry.findMany({ where: { entity: "AgencyTask", entityId: escort.id, action: "delete" }, select: { before: true } })).toEqual([
      { before: expect.objectContaining({ agencyId: fx.agencies.police.id, type: "ESCORT" }) },
    ]);
    const changes = (await getTaskChangesSinceAck(db, fx.actors.police)).changes;
    // The others re-flow (their escorts move); the Netherlands' escort is gone.
    expect(changes.filter((c) => c.kind === "deleted").map((c) => [c.taskId, c.task])).toEqual([[escort.id, "Escort"]]);
  });

  it("deleting the sequence deletes every escort task with an audit entry", async () => {
    const sequence = await generated();
    await policeAcknowledge();
    await deleteSequence(db, fx.actors.planner, inSummit(sequenceRefSchema, fx.summit.id, { sequenceId: sequence.id, version: sequence.version }));
    expect(await db.agencyTask.count({ where: { agency: { summitId: fx.summit.id } } })).toBe(0);
    expect(await db.auditEntry.count({ where: { entity: "AgencyTask", action: "delete" } })).toBe(4);
    expect(await db.auditEntry.count({ where: { entity: "Movement", action: "delete" } })).toBe(4);
    expect((await getTaskChangesSinceAck(db, fx.actors.police)).changes.map((c) => c.kind)).toEqual(["deleted", "deleted", "deleted", "deleted"]);
  });
});

describe("two planners at once", () => {
  it("a precedence rule set on a stale version is refused, with nothing written", async () => {
    const first = await setPrecedenceRule(db, fx.actors.planner, inSummit(precedenceRuleSchema, fx.summit.id, rule));
    expect(first.version).toBe(1);
    await setPrecedenceRule(db, fx.actors.planner, inSummit(precedenceRuleSchema, fx.summit.id, { ...rule, key: "TAKING_OFFICE", version: 1 }));
    const before = await db.precedence.findUniqueOrThrow({ where: { summitId: fx.summit.id }, select: { key: true, language: true, version: true, entries: { orderBy: { position: "asc" } } } });
    const audits = await db.auditEntry.count({ where: { entity: "Precedence" } });
    // Read at version 1 by a second planner, who then sets French alphabetical order.
    await expect(setPrecedenceRule(db, fx.actors.planner, inSummit(precedenceRuleSchema, fx.summit.id, { ...rule, language: "fr", version: 1 }))).rejects.toBeInstanceOf(StaleVersionError);
    // A first rule of a summit that has one meanwhile is stale too.
    await expect(setPrecedenceRule(db, fx.actors.planner, inSummit(precedenceRuleSchema, fx.summit.id, rule))).rejects.toBeInstanceOf(StaleVersionError);
    expect(await db.precedence.findUniqueOrThrow({ where: { summitId: fx.summit.id }, select: { key: true, language: true, version: true, entries: { orderBy: { position: "asc" } } } })).toEqual(before);
    expect(await db.auditEntry.count({ where: { entity: "Precedence" } })).toBe(audits);
  });

  it("an entrance saved on a stale version is refused, with nothing written", async () => {
    const edit = { id: fx.entrance.id, venueId: fx.venues.palace.id, name: "Forecourt", minGapMinutes: 3, version: 1 };
    const saved = await saveEntrance(db, fx.actors.planner, inSummit(entranceSchema, fx.summit.id, edit));
    expect(saved.version).toBe(2);
    const before = await db.entrance.findUniqueOrThrow({ where: { id: fx.entrance.id } });
    await expect(saveEntrance(db, fx.actors.planner, inSummit(entranceSchema, fx.summit.id, { ...edit, name: "Garden door", minGapMinutes: 5 }))).rejects.toBeInstanceOf(StaleVersionError);
    expect(await db.entrance.findUniqueOrThrow({ where: { id: fx.entrance.id } })).toEqual(before);
    expect(await db.auditEntry.count({ where: { entity: "Entrance" } })).toBe(1);
    // An edit must name the version it read.
    await expect(async () => saveEntrance(db, fx.actors.planner, inSummit(entranceSchema, fx.summit.id, { ...edit, version: undefined }))).rejects.toBeInstanceOf(ValidationError);
    // A new entrance names none.
    const added = await saveEntrance(db, fx.actors.planner, inSummit(entranceSchema, fx.summit.id, { venueId: fx.venues.palace.id, name: "Garden door", minGapMinutes: 2 }));
    expect(added.version).toBe(1);
  });
});

describe("the sequence follows its item", () => {
  it("moving the dinner moves every arrival, motorcade and escort task in one transaction", async () => {
    await generated();
    const before = await sequenceRows();
    const tasksBefore = await db.agencyTask.findMany({ where: { agency: { summitId: fx.summit.id } }, select: { id: true, startsAt: true }, orderBy: { id: "asc" } });
    await moveItem(db, fx.actors.planner, { summitId: fx.summit.id, id: fx.dinner.id, version: 1, startsAt: at("20:00"), endsAt: at("23:00"), spaceId: fx.spaces.dining.id });
    const after = await sequenceRows();
    const HALF_HOUR = 30 * 60_000;
    expect(after.map((r) => [r.code, r.arrivesAt.getTime(), r.departsAt!.getTime()])).toEqual(before.map((r) => [r.code, r.arrivesAt.getTime() + HALF_HOUR, r.departsAt!.getTime() + HALF_HOUR]));
    const tasksAfter = await db.agencyTask.findMany({ where: { agency: { summitId: fx.summit.id } }, select: { id: true, startsAt: true }, orderBy: { id: "asc" } });
    expect(tasksAfter.map((t) => t.startsAt.getTime())).toEqual(tasksBefore.map((t) => t.startsAt.getTime() + HALF_HOUR));
    // A refused move (stale version) moves nothing.
    await expect(moveItem(db, fx.actors.planner, { summitId: fx.summit.id, id: fx.dinner.id, version: 1, startsAt: at("21:00"), endsAt: at("23:30"), spaceId: fx.spaces.dining.id })).rejects.toBeInstanceOf(StaleVersionError);
    expect((await sequenceRows()).map((r) => r.departsAt)).toEqual(after.map((r) => r.departsAt));
  });
});

describe("a principal running late", () => {
  it("a late landing is a hard conflict; the re-plan shows what moves, then applies it", async () => {
    const sequence = await generated();
    await db.movement.create({
      data: { summitId: fx.summit.id, delegationId: fx.delegations.be.id, kind: "ARRIVAL", toVenueId: fx.venues.airport.id, flight: "BEL01", startsAt: at("19:05"), endsAt: at("19:10"), partySize: 20 },
    });
    const flagged = (await conflictsForSummit(db, fx.summit.id)).filter((c) => c.type === "ARRIVAL_SEQUENCE");
    expect(flagged).toHaveLength(1);
    expect(flagged[0]).toMatchObject({ severity: "hard", delegationId: fx.delegations.be.id });
    expect(flagged[0].message).toMatch(/^Belgium arrives at Forecourt 19:23 for Royal dinner, but its motorcade would leave 19:03, before Belgium lands/);

    const preview = await previewReplan(db, fx.actors.planner, inSummit(sequenceRefSchema, fx.summit.id, { sequenceId: sequence.id, version: sequence.version }));
    expect(preview.overrun).toEqual([]);
    expect(preview.changes.map((c) => [c.party, c.fromPosition, c.toPosition, c.to])).toEqual([
      ["France", 4, 3, at("19:23")],
      ["Belgium", 3, 4, at("19:28")],
    ]);
    // The preview writes nothing.
    expect((await sequenceRows()).map((r) => r.code)).toEqual(["UA", "NL", "BE", "FR"]);

    await applyReplan(db, fx.actors.planner, inSummit(sequenceRefSchema, fx.summit.id, { sequenceId: sequence.id, version: preview.version }));
    const rows = await sequenceRows();
    expect(rows.map((r) => [r.code, r.arrivesAt])).toEqual([["UA", at("19:15")], ["NL", at("19:20")], ["FR", at("19:23")], ["BE", at("19:28")]]);
    // Belgium now leaves from the airport once through it.
    expect(rows.find((r) => r.code === "BE")).toMatchObject({ fromPlace: "Schiphol arrivals", departsAt: at("19:13") });
    expect((await conflictsForSummit(db, fx.summit.id)).filter((c) => c.type === "ARRIVAL_SEQUENCE")).toEqual([]);
    // The police meet the re-plan as one change: the two escorts it moved, under the entrance.
    const replans = (await getTaskChangesSinceAck(db, fx.actors.police, "en")).changes.filter((c) => c.cascade);
    expect(replans).toHaveLength(1);
    expect(replans[0]).toMatchObject({ task: "Arrivals re-planned", subject: expect.stringMatching(/^Forecourt, /) });
    expect(replans[0].cascade!.parts).toHaveLength(2);
  });

  it("an overrunning bilateral is flagged at the door", async () => {
    await generated();
    await db.programmeItem.create({
      data: {
        summitId: fx.summit.id, kind: "BILATERAL", title: "Bilateral NL–FR", status: "CONFIRMED", startsAt: at("18:30"), endsAt: at("19:25"), spaceId: fx.spaces.room.id,
        participations: { create: [{ delegationId: fx.delegations.fr.id }, { delegationId: fx.delegations.nl.id }] },
      },
    });
    const messages = (await conflictsForSummit(db, fx.summit.id)).filter((c) => c.type === "ARRIVAL_SEQUENCE").map((c) => c.message);
    expect(messages).toEqual(expect.arrayContaining([
      "Netherlands arrives at Forecourt 19:20 for Royal dinner, but the principal is still in Bilateral NL–FR until 19:25",
      "France arrives at Forecourt 19:28 for Royal dinner: its motorcade would leave 19:03, before Bilateral NL–FR ends 19:25",
    ]));
  });
});

describe("need to know", () => {
  it("a liaison reads only its own delegation's departure and arrival", async () => {
    await generated();
    const own = await ownArrivals(db, fx.actors.liaisonBE, fx.summit.id, fx.delegations.be.id);
    expect(own).toEqual([{ itemTitle: "Royal dinner", delegationCode: "BE", party: "Belgium", entrance: "Forecourt", venue: "Huis ten Bosch arrivals", arrivesAt: at("19:23"), departsAt: at("19:03"), fromPlace: "Hotel des Indes arrivals" }]);
    expect(JSON.stringify(own)).not.toMatch(/France|Ukraine|Netherlands|position/);
    await expect(ownArrivals(db, fx.actors.liaisonBE, fx.summit.id, fx.delegations.fr.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("other roles cannot read or change the order; another summit's rows are not found", async () => {
    const sequence = await generated();
    for (const actor of [fx.actors.liaisonBE, fx.actors.police, fx.actors.viewer]) {
      await expect(getSequenceOfItem(db, actor, fx.summit.id, fx.dinner.id)).rejects.toBeInstanceOf(NotFoundError);
      await expect(generateArrivals(db, actor, inSummit(generateSequenceSchema, fx.summit.id, sequenceInput(fx)))).rejects.toBeInstanceOf(NotFoundError);
      await expect(moveArrival(db, actor, inSummit(moveArrivalSchema, fx.summit.id, { sequenceId: sequence.id, delegationId: fx.delegations.ua.id, toPosition: 2, version: sequence.version }))).rejects.toBeInstanceOf(NotFoundError);
      await expect(setPrecedenceRule(db, actor, inSummit(precedenceRuleSchema, fx.summit.id, rule))).rejects.toBeInstanceOf(NotFoundError);
    }
    // The police cannot read the military's motorcades; a planner of one summit cannot reach another's sequence or item.
    await expect(agencyMotorcades(db, fx.actors.police, fx.summit.id, fx.agencies.military.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(moveArrival(db, other.actors.planner, inSummit(moveArrivalSchema, other.summit.id, { sequenceId: sequence.id, delegationId: fx.delegations.ua.id, toPosition: 2, version: sequence.version }))).rejects.toBeInstanceOf(NotFoundError);
    await expect(generateArrivals(db, other.actors.planner, inSummit(generateSequenceSchema, other.summit.id, sequenceInput(fx)))).rejects.toBeInstanceOf(NotFoundError);
    expect((await sequenceRows()).map((r) => r.code)).toEqual(["UA", "NL", "BE", "FR"]);
  });
});

describe("bad input is refused, naming the cause, with nothing written", () => {
  /** Refused with `message`; a refusal worded with names or numbers carries its Dutch too. */
  async function refused(input: Record<string, unknown>, message: RegExp, dutch?: RegExp) {
    await setPrecedenceRule(db, fx.actors.planner, inSummit(precedenceRuleSchema, fx.summit.id, rule));
    const before = await counts();
    // Bad input is refused at the boundary (as the action's gate does), a rule of the domain inside.
    const error = await Promise.resolve()
      .then(() => generateArrivals(db, fx.actors.planner, inSummit(generateSequenceSchema, fx.summit.id, sequenceInput(fx, input))))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as Error).message).toMatch(message);
    if (dutch) expect((error as ValidationError).saidIn("nl")?.message).toMatch(dutch);
    expect(await counts()).toEqual(before);
  }

  it("a sequence longer than the item allows", () =>
    refused({ windowMinutes: 10 }, /^Nothing was saved: The 4 arrivals need 15 minutes, but arrivals open only 10 minutes/, /^Er is niets opgeslagen: De 4 aankomsten hebben 15 minuten nodig, maar de aankomsten beginnen pas 10 minuten vóór het onderdeel/));
  it("an interval of 0", () => refused({ intervalMinutes: 0 }, /interval must be at least 1 minute/));
  it("an interval over an hour", () => refused({ intervalMinutes: 61 }, /interval can be at most 60 minutes/));

  it("a party without a hotel", async () => {
    await db.delegation.update({ where: { id: fx.delegations.nl.id }, data: { hotelVenueId: null } });
    await refused({}, /Netherlands has no hotel/, /Netherlands heeft geen hotel/);
  });

  it("a party without a travel time", async () => {
    await db.delegation.update({ where: { id: fx.delegations.fr.id }, data: { hotelVenueId: fx.venues.forum.id } });
    await db.travelTime.deleteMany({ where: { fromVenueId: fx.venues.forum.id } });
    await refused({}, /No travel time between World Forum arrivals and Huis ten Bosch arrivals is recorded, needed for France/, /Er is geen reistijd tussen World Forum arrivals en Huis ten Bosch arrivals vastgelegd, nodig voor France/);
  });

  it("a precedence list missing an attending delegation", async () => {
    await setPrecedenceRule(db, fx.actors.planner, inSummit(precedenceRuleSchema, fx.summit.id, rule));
    const late = await db.delegation.create({ data: { summitId: fx.summit.id, code: "IS", name: "Iceland", kind: "ALLY", hotelVenueId: fx.venues.hotelA.id } });
    await db.participation.create({ data: { itemId: fx.dinner.id, delegationId: late.id } });
    const before = await counts();
    const error = await generateArrivals(db, fx.actors.planner, inSummit(generateSequenceSchema, fx.summit.id, sequenceInput(fx))).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/leaves out Iceland, attending Royal dinner/);
    expect((error as ValidationError).saidIn("nl")?.message).toMatch(/De rangorde laat Iceland weg, die Royal dinner bijwonen/);
    expect(await counts()).toEqual(before);
    // Saving a hand-made list without it is refused too.
    const view = await db.precedence.findUniqueOrThrow({ where: { summitId: fx.summit.id }, select: { version: true, entries: { select: { delegationId: true }, orderBy: { position: "asc" } } } });
    await expect(savePrecedenceOrder(db, fx.actors.planner, inSummit(precedenceOrderSchema, fx.summit.id, { delegationIds: view.entries.map((e) => e.delegationId), version: view.version }))).rejects.toThrow(/leaves out Iceland/);
  });
});

// Where every principal is, on the demo summit: the cases a planner met, as regression tests.
// - Belgium lands at Rotterdam The Hague Airport at 12:15 (on the ground until 12:45): a meeting
//   with Ukraine at Huis ten Bosch cannot start at 12:15, nor end at 15:30 when Belgium takes off.
// - Moving the royal dinner moves the motorcades to and from it, with their escorts, in one
//   transaction; a transfer left behind is a hard conflict naming both ends.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { loadActor } from "@/lib/auth/session";
import { conflictsOfItem } from "@/lib/conflicts/queries";
import { delegationId, itemId, movementId, userId } from "@/lib/demo/ids";
import { seedDemo, DEMO_SUMMIT_SLUG } from "@/lib/demo/seed-demo";
import { loadSlotContext, searchSlots, type RequestShape } from "@/lib/bilaterals/slots";
import { searchWindow } from "@/lib/bilaterals/window";
import { updateItem } from "@/lib/programme/mutations";
import { previewItemSave } from "@/lib/programme/preview";
import { getEditableItem } from "@/lib/programme/editor-queries";
import { formatTime, zonedInstant } from "@/lib/time";
import { resetDatabase, testDb } from "./helpers";
import { inSummit } from "./inputs";
import { updateMovementSchema } from "@/lib/movements/schema";

const db = testDb();
const TZ = "Europe/Amsterdam";
const DINNER = itemId("royal-dinner");
let summit: { id: string; timeZone: string };
let planner: Actor;

const at = (hhmm: string, day = "2025-06-24") => zonedInstant(day, hhmm, TZ);
const clock = (d: Date | string) => formatTime(new Date(d), TZ);

beforeAll(async () => {
  await resetDatabase(db);
  await seedDemo(db);
  const row = await db.summit.findUniqueOrThrow({ where: { slug: DEMO_SUMMIT_SLUG } });
  summit = { id: row.id, timeZone: row.timeZone };
  planner = (await loadActor(db, userId("planner")))!;
}, 120_000);
afterAll(() => db.$disconnect());

/** The dinner as the edit form would save it, with new times. */
async function dinnerInput(startsAt: Date, endsAt: Date, extra: { overrideReason?: string } = {}) {
  const dinner = await db.programmeItem.findUniqueOrThrow({
    where: { id: DINNER },
    include: { participations: true },
  });
  return {
    id: DINNER,
    version: dinner.version,
    summitId: dinner.summitId,
    kind: dinner.kind,
    title: dinner.title,
    description: dinner.description,
    status: dinner.status,
    visibility: dinner.visibility,
    startsAt,
    endsAt,
    spaceId: dinner.spaceId,
    organiser: dinner.organiser,
    dressCode: dinner.dressCode,
    staffNotes: dinner.staffNotes,
    parentId: dinner.parentId,
    delegationIds: dinner.participations.filter((p) => !p.memberId).map((p) => p.delegationId),
    memberIds: dinner.participations.flatMap((p) => (p.memberId ? [p.memberId] : [])),
    ...extra,
  };
}

describe("the slot finder on the demo summit", () => {
  const request = (): RequestShape => ({
    summitId: summit.id,
    level: "PRINCIPAL",
    durationMinutes: 30,
    preferredDays: ["2025-06-24"],
    parties: [{ id: delegationId("UA"), name: "Ukraine" }, { id: delegationId("BE"), name: "Belgium" }],
  });

  it("offers Ukraine–Belgium nothing before Belgium has landed, cleared the airport and driven to the venue", async () => {
    const ctx = await loadSlotContext(db, request());
    const window = searchWindow(ctx.summit, { day: "2025-06-24" });
    if (!window.ok) throw new Error(window.refused.said.en.message);
    const found = searchSlots(ctx, request(), window.window, { limit: 20 });
    expect(found.slots.length).toBeGreaterThan(0);
    const arrival = await db.movement.findUniqueOrThrow({ where: { id: movementId("BE", "arrival") }, include: { toVenue: true } });
    const travel = await db.travelTime.findMany({ where: { fromVenueId: arrival.toVenueId! } });
    for (const slot of found.slots) {
      // Never before landing + ground time + the ride from the airport (+ buffer) to the venue; in
      // the building the arrival ends at, no ride is needed (the engine's rule: 0 within a venue).
      const venue = (await db.space.findUniqueOrThrow({ where: { id: slot.spaceId } })).venueId;
      const ride = travel.find((t) => t.toVenueId === venue)?.minutes ?? 0;
      const onTheWay = venue === arrival.toVenueId ? 0 : ride + 10;
      expect(new Date(slot.startsAt).getTime()).toBeGreaterThanOrEqual(arrival.endsAt!.getTime() + onTheWay * 60_000);
    }
    expect(found.slots.map((s) => clock(s.startsAt))).not.toContain("12:15");
  });

  it("offers Belgium–Netherlands nothing that ends too late to reach Belgium's flight home", async () => {
    const shape = { ...request(), preferredDays: ["2025-06-25"], parties: [{ id: delegationId("BE"), name: "Belgium" }, { id: delegationId("NL"), name: "Netherlands" }] };
    const ctx = await loadSlotContext(db, shape);
    const window = searchWindow(ctx.summit, { day: "2025-06-25", from: "13:00" });
    if (!window.ok) throw new Error(window.refused.said.en.message);
    const departure = await db.movement.findUniqueOrThrow({ where: { id: movementId("BE", "departure") } });
    const travel = await db.travelTime.findMany({ where: { OR: [{ fromVenueId: departure.fromVenueId! }, { toVenueId: departure.fromVenueId! }] } });
    const found = searchSlots(ctx, shape, window.window, { limit: 20 });
    expect(found.slots.length).toBeGreaterThan(0);
    for (const slot of found.slots) {
      const venue = (await db.space.findUniqueOrThrow({ where: { id: slot.spaceId } })).venueId;
      const ride = travel.find((t) => t.toVenueId === venue || t.fromVenueId === venue)?.minutes ?? 0;
      expect(new Date(slot.endsAt).getTime()).toBeLessThanOrEqual(departure.startsAt.getTime() - (ride + 10) * 60_000);
    }
    expect(found.slots.map((s) => clock(s.startsAt))).not.toContain("15:00");
  });

  it("explains a day with no room by naming the flight", async () => {
    const ctx = await loadSlotContext(db, request());
    const found = searchSlots(ctx, request(), { earliest: at("11:00"), latest: at("12:40") }, { limit: 5 });
    expect(found.slots).toEqual([]);
    expect(found.explanation.join("\n")).toContain("Prime Minister of Belgium lands at Rotterdam The Hague Airport at 12:15");
  });
});

describe("moving the royal dinner", () => {
  beforeEach(async () => {
    // Each test starts from the seeded dinner and motorcades.
    await resetDatabase(db);
    await seedDemo(db);
  }, 120_000);

  it("previews the transfers that follow and saves them moved, with their escorts, in one change", async () => {
    const backBefore = await db.movement.findUniqueOrThrow({ where: { id: movementId("ME", "from-palace") } });
    const toBefore = await db.movement.findUniqueOrThrow({ where: { id: movementId("ME", "to-palace") } });
    const input = await dinnerInput(at("20:00"), at("23:00"));

    const preview = await previewItemSave(db, planner, input);
    const linked = await db.movement.count({ where: { OR: [{ fromItemId: DINNER }, { toItemId: DINNER }] } });
    expect(preview.followers).toHaveLength(linked);
    const back = preview.followers.find((f) => f.id === movementId("ME", "from-palace"))!;
    expect([clock(back.before.startsAt), clock(back.after.startsAt)]).toEqual([clock(backBefore.startsAt), clock(new Date(backBefore.startsAt.getTime() + 30 * 60_000))]);
    expect(preview.conflicts.filter((c) => c.type === "TRANSFER_MISALIGNED")).toEqual([]);
    expect(preview.blocked).toBe(false);

    const escortsOf = (ids: string[]) => db.agencyTask.findMany({ where: { movementId: { in: ids } }, select: { id: true, startsAt: true, endsAt: true }, orderBy: { id: "asc" } });
    const linkedIds = (await db.movement.findMany({ where: { OR: [{ fromItemId: DINNER }, { toItemId: DINNER }] }, select: { id: true } })).map((m) => m.id);
    const tasksBefore = await escortsOf(linkedIds);
    expect(tasksBefore.length).toBeGreaterThan(0);

    const saved = await updateItem(db, planner, input);
    expect(saved.movedTransferIds).toHaveLength(linked);
    const backAfter = await db.movement.findUniqueOrThrow({ where: { id: movementId("ME", "from-palace") }, include: { tasks: { orderBy: { id: "asc" } } } });
    const toAfter = await db.movement.findUniqueOrThrow({ where: { id: movementId("ME", "to-palace") } });
    // Leaves as long after the dinner's new end as before; arrives as long before its new start.
    expect(backAfter.startsAt.getTime() - backBefore.startsAt.getTime()).toBe(30 * 60_000);
    expect(toAfter.startsAt.getTime() - toBefore.startsAt.getTime()).toBe(30 * 60_000);
    // Every escort, road closure and the like on those transfers moved by exactly the same 30 minutes.
    const tasksAfter = await escortsOf(linkedIds);
    expect(tasksAfter.map((t, i) => [t.id, t.startsAt.getTime() - tasksBefore[i].startsAt.getTime(), t.endsAt.getTime() - tasksBefore[i].endsAt.getTime()]))
      .toEqual(tasksBefore.map((t) => [t.id, 30 * 60_000, 30 * 60_000]));
    expect((await conflictsOfItem(db, summit.id, { id: DINNER, startsAt: at("20:00"), endsAt: at("23:00") })).filter((c) => c.severity === "hard")).toEqual([]);

    const entry = await db.auditEntry.findFirstOrThrow({ where: { entity: "ProgrammeItem", entityId: DINNER }, orderBy: { at: "desc" } });
    expect((entry.after as { movedTransferIds: string[] }).movedTransferIds).toHaveLength(linked);
    const shifted = await db.auditEntry.findFirstOrThrow({ where: { entity: "Movement", entityId: movementId("ME", "from-palace"), action: "shift" } });
    expect(shifted.after).toMatchObject({ followed: { id: DINNER } });
  });

  it("leaves the dinner, every transfer and every task unchanged when the save fails half-way", async () => {
    const snapshot = async () => ({
      dinner: await db.programmeItem.findUniqueOrThrow({ where: { id: DINNER }, select: { startsAt: true, endsAt: true, version: true } }),
      movements: await db.movement.findMany({ where: { summitId: summit.id }, select: { id: true, startsAt: true, version: true }, orderBy: { id: "asc" } }),
      tasks: await db.agencyTask.findMany({ select: { id: true, startsAt: true, version: true }, orderBy: { id: "asc" } }),
      audit: await db.auditEntry.count(),
    });
    const before = await snapshot();
    // A failure after the transfers have been moved: updating the escort of the last one fails.
    const victim = (await db.agencyTask.findFirstOrThrow({ where: { movement: { fromItemId: DINNER } }, orderBy: { movementId: "desc" } })).id;
    await db.$executeRawUnsafe(`CREATE OR REPLACE FUNCTION fail_task_update() RETURNS trigger AS $$ BEGIN IF NEW.id = '${victim}' THEN RAISE EXCEPTION 'forced failure'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`);
    await db.$executeRawUnsafe(`CREATE TRIGGER fail_task_update BEFORE UPDATE ON "AgencyTask" FOR EACH ROW EXECUTE FUNCTION fail_task_update()`);
    try {
      await expect(updateItem(db, planner, await dinnerInput(at("20:00"), at("23:00")))).rejects.toThrow();
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER fail_task_update ON "AgencyTask"`);
      await db.$executeRawUnsafe(`DROP FUNCTION fail_task_update()`);
    }
    expect(await snapshot()).toEqual(before);
  });

  it("names both ends of a transfer left behind, as a hard conflict", async () => {
    // Written straight to the database (no save path moves it along), Montenegro's car leaves
    // before the dinner ends.
    await db.movement.update({ where: { id: movementId("ME", "from-palace") }, data: { startsAt: at("22:53"), endsAt: at("23:08") } });
    await db.programmeItem.update({ where: { id: DINNER }, data: { startsAt: at("20:00"), endsAt: at("23:00") } });
    const conflicts = await conflictsOfItem(db, summit.id, { id: DINNER, startsAt: at("20:00"), endsAt: at("23:00") });
    const misaligned = conflicts.filter((c) => c.type === "TRANSFER_MISALIGNED" && c.delegationId === delegationId("ME"));
    expect(misaligned.map((c) => [c.severity, c.movementIds, c.message])).toEqual([
      ["hard", [movementId("ME", "from-palace")], "The transfer of Montenegro leaves Huis ten Bosch 22:53, Royal dinner hosted by the King and Queen ends 23:00"],
    ]);
  });

  it("refuses to confirm a move that leaves the President of Ukraine in two places, and accepts it with a reason", async () => {
    // Ukraine's transfer to the palace serves the bilateral at 17:00; a dinner from 16:30 overlaps the bilateral.
    const input = await dinnerInput(at("16:30"), at("19:30"));
    await expect(updateItem(db, planner, input)).rejects.toMatchObject({ constraint: "HARD_CONFLICT" });
    expect((await db.programmeItem.findUniqueOrThrow({ where: { id: DINNER } })).startsAt).toEqual(at("19:30"));
    const saved = await updateItem(db, planner, { ...input, overrideReason: "Rehearsal of the seating plan only; the President joins at 17:45." });
    expect(saved.conflicts.some((c) => c.severity === "hard" && c.override?.reason.startsWith("Rehearsal"))).toBe(true);
    const editable = await getEditableItem(db, { id: summit.id, timeZone: TZ }, DINNER);
    expect(editable?.values.startTime).toBe("16:30");
  });

  it("refuses a draft's move that drags its transfers into a confirmed meeting, unless a reason is given", async () => {
    // Montenegro's principal has a confirmed call from 23:10; the dinner's return transfer would now leave at 23:23.
    await db.programmeItem.create({
      data: {
        summitId: summit.id, kind: "BILATERAL", title: "Late call", status: "CONFIRMED", visibility: "STAFF", startsAt: at("23:10"), endsAt: at("23:40"),
        participations: { create: [{ delegationId: delegationId("ME") }] },
      },
    });
    await db.programmeItem.update({ where: { id: DINNER }, data: { status: "DRAFT" } });
    const input = { ...(await dinnerInput(at("20:00"), at("23:00"))), status: "DRAFT" as const };
    await expect(updateItem(db, planner, input)).rejects.toMatchObject({ constraint: "HARD_CONFLICT", message: expect.stringContaining("Late call") });
    expect((await db.movement.findUniqueOrThrow({ where: { id: movementId("ME", "from-palace") } })).startsAt).toEqual(at("22:53"));
  });
});

describe("moving a flight", () => {
  beforeEach(async () => {
    await resetDatabase(db);
    await seedDemo(db);
  }, 120_000);

  it("refuses a landing moved a day later that leaves the delegation's items before it, however far", async () => {
    const arrival = await db.movement.findUniqueOrThrow({ where: { id: movementId("BE", "arrival") } });
    const { updateMovement } = await import("@/lib/movements/mutations");
    const { toLocalInput } = await import("@/lib/time");
    // The airport's own tasks would not follow so far: they go first. 36 hours later, the royal
    // dinner (the evening of the first landing) lies more than a day before the new landing.
    await db.agencyTask.deleteMany({ where: { movementId: arrival.id } });
    const later = new Date(arrival.startsAt.getTime() + 36 * 3_600_000);
    const attempt = updateMovement(db, planner, inSummit(updateMovementSchema, summit.id, {
      id: arrival.id, version: arrival.version, delegationId: arrival.delegationId, kind: "ARRIVAL", fromVenueId: null, toVenueId: arrival.toVenueId,
      flight: arrival.flight, startsAt: toLocalInput(later, TZ), endsAt: toLocalInput(new Date(later.getTime() + 30 * 60_000), TZ),
      partySize: arrival.partySize, principalLevel: arrival.principalLevel, routeNote: arrival.routeNote, roadClosureNeeded: arrival.roadClosureNeeded, staffNotes: arrival.staffNotes,
    }));
    await expect(attempt).rejects.toMatchObject({ constraint: "HARD_CONFLICT", message: expect.stringContaining("Royal dinner hosted by the King and Queen starts Tue 24 Jun 2025 19:30, before Belgium lands") });
    expect((await db.movement.findUniqueOrThrow({ where: { id: arrival.id } })).startsAt).toEqual(arrival.startsAt);
  });
});


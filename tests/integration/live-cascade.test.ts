// The summit days on the demo summit: a delay's cascade proposed before anything is written
// (the royal dinner 20 minutes late takes its motorcades and their escorts along, nothing else),
// an early landing and a late departure, applying as one audited change or not at all, and bad
// input and out-of-scope records refused with nothing written.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getTaskChangesSinceAck, listAgenciesWithPendingChanges } from "@/lib/tasks/changes";
import { loadActor } from "@/lib/auth/session";
import { DEMO_ESCORT_GAPS } from "@/lib/demo/tasks";
import { itemId, movementId, userId, agencyId } from "@/lib/demo/ids";
import { seedDemo, DEMO_SUMMIT_SLUG } from "@/lib/demo/seed-demo";
import { ForbiddenError, NotFoundError, StaleVersionError, ValidationError } from "@/lib/errors";
import { applyProposal, recordItemStatus, recordMovementStatus } from "@/lib/live/mutations";
import { previewProposal } from "@/lib/live/queries";
import { previewProposalSchema, applyProposalSchema, recordItemStatusSchema, recordMovementStatusSchema, type DeclareDelayValues } from "@/lib/live/schema";
import { throughBoundary } from "./boundary";
import { resetDatabase, testDb } from "./helpers";

const db = testDb();
const act = throughBoundary(db);
const DINNER = itemId("royal-dinner");
let summit: { id: string; timeZone: string };
let planner: Actor;
let police: Actor;
let liaison: Actor;

beforeAll(async () => {
  await resetDatabase(db);
  await seedDemo(db);
  const row = await db.summit.findUniqueOrThrow({ where: { slug: DEMO_SUMMIT_SLUG } });
  summit = { id: row.id, timeZone: row.timeZone };
  planner = (await loadActor(db, userId("planner")))!;
  police = (await loadActor(db, userId("police")))!;
  liaison = (await loadActor(db, userId("liaison-be")))!;
}, 120_000);
afterAll(() => db.$disconnect());

/** Every start and end of every item, movement and task, by id: what "nothing else moved" compares. */
async function allTimes(): Promise<Map<string, string>> {
  const [items, movements, tasks] = await Promise.all([
    db.programmeItem.findMany({ select: { id: true, startsAt: true, endsAt: true, spaceId: true } }),
    db.movement.findMany({ select: { id: true, startsAt: true, endsAt: true } }),
    db.agencyTask.findMany({ select: { id: true, startsAt: true, endsAt: true } }),
  ]);
  const out = new Map<string, string>();
  for (const r of [...items, ...movements, ...tasks]) out.set(r.id, `${r.startsAt.toISOString()}/${r.endsAt?.toISOString() ?? "-"}/${"spaceId" in r ? r.spaceId : ""}`);
  return out;
}

const delay = (input: DeclareDelayValues) => ({ source: { kind: "delay" as const, delay: input }, adjustments: [] });
const MIN = 60_000;

async function restoreDemo() {
  await resetDatabase(db);
  await seedDemo(db);
}

describe("the royal dinner runs 20 minutes late", { timeout: 120_000 }, () => {
  beforeEach(restoreDemo, 120_000);

  it("proposes the dinner, its tasks, its motorcades and their escorts, each 20 minutes later, and writes nothing", async () => {
    const before = await allTimes();
    const audits = await db.auditEntry.count();
    const { proposal } = await act(previewProposal, planner, previewProposalSchema, summit.id, delay({ subject: "item", id: DINNER, minutes: 20 }));

    const transfers = await db.movement.findMany({ where: { OR: [{ toItemId: DINNER }, { fromItemId: DINNER }] }, select: { id: true } });
    const tasks = await db.agencyTask.findMany({ where: { OR: [{ itemId: DINNER }, { movementId: { in: transfers.map((t) => t.id) } }] }, select: { id: true } });
    expect(transfers.length).toBeGreaterThan(20);
    const expected = [DINNER, ...transfers.map((t) => t.id), ...tasks.map((t) => t.id)].sort();
    expect(proposal.lines.map((l) => l.id).sort()).toEqual(expected);
    for (const line of proposal.lines) {
      expect([line.startByMinutes, line.endByMinutes]).toEqual([20, 20]);
      expect(line.after.startsAt.getTime() - line.before.startsAt.getTime()).toBe(20 * MIN);
    }
    // The escorts are the police's: the police is among the affected agencies, Belgium among the delegations.
    expect(proposal.affected.agencies.map((a) => a.id)).toContain(agencyId("Police"));
    expect(proposal.affected.delegations.map((d) => d.name)).toContain("Belgium");
    expect(proposal.refusals).toEqual([]);
    expect(await allTimes()).toEqual(before);
    expect(await db.auditEntry.count()).toBe(audits);
  });

  it("applies it as one audited change with its reason, moving nothing else, and the dinner runs late", async () => {
    const before = await allTimes();
    const { proposal } = await act(previewProposal, planner, previewProposalSchema, summit.id, delay({ subject: "item", id: DINNER, minutes: 20 }));
    const applied = await act(applyProposal, planner, applyProposalSchema, summit.id, { ...delay({ subject: "item", id: DINNER, minutes: 20 }), reason: "The King's speech runs long", basis: proposal.basis });

    const after = await allTimes();
    const moved = new Set(proposal.lines.map((l) => l.id));
    for (const [id, was] of before) {
      if (moved.has(id)) expect(after.get(id), id).not.toBe(was);
      else expect(after.get(id), id).toBe(was);
    }
    const change = await db.auditEntry.findMany({ where: { entity: "LiveChange" } });
    expect(change).toHaveLength(1);
    expect(change[0]).toMatchObject({ entityId: applied.changeId, actorName: planner.name, action: "delay" });
    expect((change[0].after as { reason: string }).reason).toBe("The King's speech runs long");
    // Every row is audited as an item move is, naming the change.
    const rows = await db.auditEntry.findMany({ where: { entity: { in: ["ProgrammeItem", "Movement", "AgencyTask"] }, after: { path: ["live", "changeId"], equals: applied.changeId } } });
    expect(rows).toHaveLength(proposal.lines.length);
    expect(new Set(rows.map((r) => r.entityId))).toEqual(moved);
    expect(rows.find((r) => r.entityId === DINNER)?.action).toBe("move");
    expect(await db.itemLive.findUnique({ where: { itemId: DINNER } })).toMatchObject({ state: "RUNNING_LATE", lateMinutes: 20 });

    // The agencies' change lists pick it up: the police have not acknowledged it, and read the shifts.
    const pending = await listAgenciesWithPendingChanges(db, planner, summit);
    expect(pending.map((p) => p.agency.id)).toContain(agencyId("Police"));
    const changes = await getTaskChangesSinceAck(db, police);
    expect(changes.changes.some((c) => c.kind === "moved")).toBe(true);
    // Applying the same proposal twice is refused: its basis moved with it.
    await expect(
      act(applyProposal, planner, applyProposalSchema, summit.id, { ...delay({ subject: "item", id: DINNER, minutes: 20 }), reason: "again", basis: proposal.basis }),
    ).rejects.toBeInstanceOf(StaleVersionError);
  });

  it("refuses a delay that would leave a task of the dinner outside it, in the reader's language, and writes nothing", async () => {
    const task = await db.agencyTask.findFirstOrThrow({ where: { itemId: DINNER }, select: { id: true } });
    const input = { ...delay({ subject: "item", id: DINNER, minutes: 7 * 60 }), adjustments: [{ key: `AgencyTask:${task.id}`, include: false }] };
    const { proposal } = await act(previewProposal, planner, previewProposalSchema, summit.id, input);
    const dinner = proposal.lines.find((l) => l.id === DINNER)!.title;
    expect(proposal.refusals).toEqual([{ title: dinner, message: "1 agency task would fall outside the new time; change it first." }]);
    const before = await allTimes();
    const error = await act(applyProposal, planner, applyProposalSchema, summit.id, { ...input, reason: "The dinner is put back", basis: proposal.basis }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).message).toBe(`Not applied: ${dinner}: 1 agency task would fall outside the new time; change it first.`);
    expect((error as ValidationError).saidIn("nl")?.message).toBe(`Niet toegepast: ${dinner}: 1 taak van een dienst zou buiten de nieuwe tijd vallen; wijzig die eerst.`);
    expect(await allTimes()).toEqual(before);
  });

  it("applies the planner's adjustments: a motorcade left out keeps its escort, another moves by other minutes", async () => {
    const { proposal } = await act(previewProposal, planner, previewProposalSchema, summit.id, delay({ subject: "item", id: DINNER, minutes: 20 }));
    const out = movementId("BE", "from-palace");
    const shorter = movementId("FR", "from-palace");
    const adjustments = [{ key: `Movement:${out}`, include: false }, { key: `Movement:${shorter}`, include: true, minutes: 5 }];
    const reviewed = await act(previewProposal, planner, previewProposalSchema, summit.id, { ...delay({ subject: "item", id: DINNER, minutes: 20 }), adjustments });
    expect(reviewed.proposal.lines.some((l) => l.id === out)).toBe(false);
    const wasOut = await db.movement.findUniqueOrThrow({ where: { id: out }, include: { tasks: true } });
    const wasShorter = await db.movement.findUniqueOrThrow({ where: { id: shorter }, include: { tasks: true } });
    await act(applyProposal, planner, applyProposalSchema, summit.id, { ...delay({ subject: "item", id: DINNER, minutes: 20 }), adjustments, reason: "Belgium leaves on time", basis: proposal.basis });
    const nowOut = await db.movement.findUniqueOrThrow({ where: { id: out }, include: { tasks: true } });
    const nowShorter = await db.movement.findUniqueOrThrow({ where: { id: shorter }, include: { tasks: true } });
    expect(nowOut.startsAt).toEqual(wasOut.startsAt);
    expect(nowOut.tasks.map((t) => t.startsAt)).toEqual(wasOut.tasks.map((t) => t.startsAt));
    expect(nowShorter.startsAt.getTime() - wasShorter.startsAt.getTime()).toBe(5 * MIN);
    expect(nowShorter.tasks.map((t) => t.startsAt.getTime() - wasShorter.tasks.find((w) => w.id === t.id)!.startsAt.getTime())).toEqual(nowShorter.tasks.map(() => 5 * MIN));
  });

  it("writes nothing when one write fails on the way (all or nothing)", async () => {
    const before = await allTimes();
    const audits = await db.auditEntry.count();
    const { proposal } = await act(previewProposal, planner, previewProposalSchema, summit.id, delay({ subject: "item", id: DINNER, minutes: 20 }));
    const last = movementId("GB", "from-palace");
    // The database refuses one of the last rows written: the motorcade's escort.
    await db.$executeRawUnsafe(`CREATE FUNCTION live_test_refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused by the test'; END $$`);
    await db.$executeRawUnsafe(`CREATE TRIGGER live_test_refuse BEFORE UPDATE ON "AgencyTask" FOR EACH ROW WHEN (NEW."movementId" = '${last}') EXECUTE FUNCTION live_test_refuse()`);
    try {
      await expect(act(applyProposal, planner, applyProposalSchema, summit.id, { ...delay({ subject: "item", id: DINNER, minutes: 20 }), reason: "x", basis: proposal.basis })).rejects.toThrow();
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER live_test_refuse ON "AgencyTask"`);
      await db.$executeRawUnsafe(`DROP FUNCTION live_test_refuse()`);
    }
    expect(await allTimes()).toEqual(before);
    expect(await db.auditEntry.count()).toBe(audits);
    expect(await db.itemLive.count()).toBe(0);
  });
});

describe("movements early and late", { timeout: 120_000 }, () => {
  beforeEach(restoreDemo, 120_000);

  it("an early landing moves the arrival and its airport tasks 40 minutes earlier, and nothing else", async () => {
    const arrival = movementId("BE", "arrival");
    const tasks = await db.agencyTask.findMany({ where: { movementId: arrival }, select: { id: true } });
    expect(tasks.length).toBeGreaterThan(0);
    const input = delay({ subject: "movement", id: arrival, minutes: 40, direction: "earlier" });
    const { proposal } = await act(previewProposal, planner, previewProposalSchema, summit.id, input);
    expect(proposal.lines.map((l) => l.id).sort()).toEqual([arrival, ...tasks.map((t) => t.id)].sort());
    for (const line of proposal.lines) expect(line.startByMinutes).toBe(-40);
    const before = await allTimes();
    await act(applyProposal, planner, applyProposalSchema, summit.id, { ...input, reason: "Tail wind", basis: proposal.basis });
    const after = await allTimes();
    for (const [id, was] of before) if (!proposal.lines.some((l) => l.id === id)) expect(after.get(id), id).toBe(was);
    const row = await db.movement.findUniqueOrThrow({ where: { id: arrival } });
    expect(row.startsAt.toISOString()).toBe(proposal.lines[0].after.startsAt.toISOString());
  });

  it("a motorcade leaving 15 minutes late moves with its escort and road closure; the dinner stays", async () => {
    const transfer = movementId("BE", "to-palace");
    const input = delay({ subject: "movement", id: transfer, minutes: 15 });
    const { proposal } = await act(previewProposal, planner, previewProposalSchema, summit.id, input);
    const tasks = await db.agencyTask.findMany({ where: { movementId: transfer }, select: { id: true } });
    expect(proposal.lines.map((l) => l.id).sort()).toEqual([transfer, ...tasks.map((t) => t.id)].sort());
    expect(proposal.lines.every((l) => l.startByMinutes === 15)).toBe(true);
    expect(proposal.lines.some((l) => l.id === DINNER)).toBe(false);
    await act(applyProposal, planner, applyProposalSchema, summit.id, { ...input, reason: "Late start at the hotel", basis: proposal.basis });
    expect((await db.itemLive.count())).toBe(0);
  });

  it("a departure 30 minutes late moves the flight's tasks with it", async () => {
    const departure = movementId("BE", "departure");
    const input = delay({ subject: "movement", id: departure, minutes: 30 });
    const { proposal } = await act(previewProposal, planner, previewProposalSchema, summit.id, input);
    const tasks = await db.agencyTask.findMany({ where: { movementId: departure }, select: { id: true } });
    expect(proposal.lines.map((l) => l.id).sort()).toEqual([departure, ...tasks.map((t) => t.id)].sort());
    expect(proposal.lines.every((l) => l.startByMinutes === 30)).toBe(true);
  });
});

describe("recording the day, and what is refused", { timeout: 120_000 }, () => {
  beforeAll(restoreDemo, 120_000);

  it("lets the police mark its own motorcade departed and arrived, audited with who and when", async () => {
    const m = movementId("BE", "from-palace");
    await act(recordMovementStatus, police, recordMovementStatusSchema, summit.id, { movementId: m, state: "DEPARTED", departedAt: "2025-06-24T22:40", note: "Stuck at A12 junction" });
    expect(await db.movementLive.findUniqueOrThrow({ where: { movementId: m } })).toMatchObject({ state: "DEPARTED", note: "Stuck at A12 junction", updatedByName: police.name });
    await act(recordMovementStatus, police, recordMovementStatusSchema, summit.id, { movementId: m, state: "ARRIVED", arrivedAt: "2025-06-24T23:05" });
    const live = await db.movementLive.findUniqueOrThrow({ where: { movementId: m } });
    expect(live.state).toBe("ARRIVED");
    expect(live.departedAt).not.toBeNull();
    const audit = await db.auditEntry.findMany({ where: { entity: "MovementLive", entityId: m }, orderBy: { at: "asc" } });
    expect(audit.map((a) => [a.actorId, a.action])).toEqual([[police.userId, "status"], [police.userId, "status"]]);
  });

  it("refuses an arrival recorded before the departure, and writes nothing", async () => {
    const m = movementId("FR", "from-palace");
    await expect(act(recordMovementStatus, planner, recordMovementStatusSchema, summit.id, { movementId: m, state: "ARRIVED", departedAt: "2025-06-24T22:40", arrivedAt: "2025-06-24T22:30" })).rejects.toBeInstanceOf(ValidationError);
    await act(recordMovementStatus, planner, recordMovementStatusSchema, summit.id, { movementId: m, state: "DEPARTED", departedAt: "2025-06-24T22:40" });
    await expect(act(recordMovementStatus, planner, recordMovementStatusSchema, summit.id, { movementId: m, state: "ARRIVED", arrivedAt: "2025-06-24T22:35" })).rejects.toBeInstanceOf(ValidationError);
    expect((await db.movementLive.findUniqueOrThrow({ where: { movementId: m } })).state).toBe("DEPARTED");
    expect(await db.auditEntry.count({ where: { entity: "MovementLive", entityId: m } })).toBe(1);
  });

  it("refuses the police a movement without a police task, an item, and a delay; a liaison everything", async () => {
    const audits = await db.auditEntry.count();
    // The two motorcades left without a police escort: the police have no task on them.
    for (const m of DEMO_ESCORT_GAPS) {
      await expect(act(recordMovementStatus, police, recordMovementStatusSchema, summit.id, { movementId: m, state: "DEPARTED", departedAt: "2025-06-24T18:00" })).rejects.toBeInstanceOf(NotFoundError);
    }
    await expect(act(recordItemStatus, police, recordItemStatusSchema, summit.id, { itemId: DINNER, state: "UNDER_WAY" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(act(previewProposal, police, previewProposalSchema, summit.id, delay({ subject: "item", id: DINNER, minutes: 20 }))).rejects.toBeInstanceOf(NotFoundError);
    await expect(act(applyProposal, police, applyProposalSchema, summit.id, { ...delay({ subject: "item", id: DINNER, minutes: 20 }), reason: "x", basis: "x" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(act(recordMovementStatus, liaison, recordMovementStatusSchema, summit.id, { movementId: movementId("BE", "from-palace"), state: "DEPARTED", departedAt: "2025-06-24T22:40" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(act(recordItemStatus, liaison, recordItemStatusSchema, summit.id, { itemId: DINNER, state: "ENDED" })).rejects.toBeInstanceOf(ForbiddenError);
    // A viewer records nothing: the live domain's policy answers not found before any row is read.
    const viewer = { ...planner, role: "VIEWER" as const };
    await expect(act(recordMovementStatus, viewer, recordMovementStatusSchema, summit.id, { movementId: movementId("BE", "from-palace"), state: "DEPARTED", departedAt: "2025-06-24T22:40" })).rejects.toBeInstanceOf(NotFoundError);
    // Another summit's row is not found, even for a planner.
    await expect(act(recordItemStatus, planner, recordItemStatusSchema, "another-summit", { itemId: DINNER, state: "ENDED" })).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.auditEntry.count()).toBe(audits);
    expect(await db.itemLive.count()).toBe(0);
  });

  it("refuses a delay on a cancelled or ended item, a negative, zero or absurd delay, with nothing written", async () => {
    const nuc = itemId("nuc-dinner");
    const nac = itemId("nac-defence-dinner");
    await act(recordItemStatus, planner, recordItemStatusSchema, summit.id, { itemId: nuc, state: "ENDED", actualStartAt: "2025-06-24T19:30", actualEndAt: "2025-06-24T22:00" });
    await act(recordItemStatus, planner, recordItemStatusSchema, summit.id, { itemId: nac, state: "CANCELLED" });
    const before = await allTimes();
    const audits = await db.auditEntry.count();
    const refused = await act(previewProposal, planner, previewProposalSchema, summit.id, delay({ subject: "item", id: nac, minutes: 20 })).then(() => null, (e: unknown) => e as ValidationError);
    expect([refused?.code, refused?.saidIn("nl").fieldErrors.minutes]).toEqual(["delayOnCancelled", "Het onderdeel is geannuleerd."]);
    for (const id of [nuc, nac]) {
      await expect(act(previewProposal, planner, previewProposalSchema, summit.id, delay({ subject: "item", id, minutes: 20 }))).rejects.toBeInstanceOf(ValidationError);
      await expect(act(applyProposal, planner, applyProposalSchema, summit.id, { ...delay({ subject: "item", id, minutes: 20 }), reason: "x", basis: "x" })).rejects.toBeInstanceOf(ValidationError);
    }
    for (const minutes of [-20, 0, 1441, 100_000]) {
      await expect(act(previewProposal, planner, previewProposalSchema, summit.id, delay({ subject: "item", id: DINNER, minutes }))).rejects.toBeInstanceOf(ValidationError);
      await expect(act(applyProposal, planner, applyProposalSchema, summit.id, { ...delay({ subject: "item", id: DINNER, minutes }), reason: "x", basis: "x" })).rejects.toBeInstanceOf(ValidationError);
    }
    await expect(act(recordItemStatus, planner, recordItemStatusSchema, summit.id, { itemId: DINNER, state: "RUNNING_LATE", lateMinutes: 1441 })).rejects.toBeInstanceOf(ValidationError);
    await expect(act(recordItemStatus, planner, recordItemStatusSchema, summit.id, { itemId: DINNER, state: "RUNNING_LATE" })).rejects.toBeInstanceOf(ValidationError);
    await expect(act(recordItemStatus, planner, recordItemStatusSchema, summit.id, { itemId: DINNER, state: "ENDED", actualStartAt: "2025-06-24T19:30", actualEndAt: "2025-06-24T19:00" })).rejects.toBeInstanceOf(ValidationError);
    expect(await allTimes()).toEqual(before);
    expect(await db.auditEntry.count()).toBe(audits);
  });
});

// An applied cascade as the affected read it: a liaison's and an agency's "changes since last
// acknowledged" hold it as one entry with its reason, listing only the rows that reader may see
// (a reader who sees none of them gets no entry). And a motorcade recorded departed shows on the
// agency's tasks that cover it.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getTaskChangesSinceAck } from "@/lib/tasks/changes";
import { listTasks } from "@/lib/tasks/queries";
import { loadActor } from "@/lib/auth/session";
import { delegationId, itemId, movementId, userId } from "@/lib/demo/ids";
import { seedDemo, DEMO_SUMMIT_SLUG } from "@/lib/demo/seed-demo";
import { getChangesSinceAck } from "@/lib/itinerary/changes";
import { applyProposal, recordMovementStatus } from "@/lib/live/mutations";
import { previewProposal } from "@/lib/live/queries";
import { previewProposalSchema, applyProposalSchema, recordMovementStatusSchema, type DeclareDelayValues } from "@/lib/live/schema";
import { throughBoundary } from "./boundary";
import { resetDatabase, testDb } from "./helpers";

const db = testDb();
const act = throughBoundary(db);
const DINNER = itemId("royal-dinner");
const MIN = 60_000;
let summit: { id: string; timeZone: string };
let planner: Actor;
let police: Actor;
let belgium: Actor;
let unitedStates: Actor;

async function restoreDemo() {
  await resetDatabase(db);
  await seedDemo(db);
  const row = await db.summit.findUniqueOrThrow({ where: { slug: DEMO_SUMMIT_SLUG } });
  summit = { id: row.id, timeZone: row.timeZone };
  planner = (await loadActor(db, userId("planner")))!;
  police = (await loadActor(db, userId("police")))!;
  belgium = (await loadActor(db, userId("liaison-be")))!;
  unitedStates = (await loadActor(db, userId("liaison-us")))!;
}
afterAll(() => db.$disconnect());

const delay = (input: DeclareDelayValues) => ({ source: { kind: "delay" as const, delay: input }, adjustments: [] });

async function apply(input: DeclareDelayValues, reason: string) {
  const { proposal } = await act(previewProposal, planner, previewProposalSchema, summit.id, delay(input));
  await act(applyProposal, planner, applyProposalSchema, summit.id, { ...delay(input), reason, basis: proposal.basis });
  return proposal;
}

describe("an applied cascade in the change lists", { timeout: 180_000 }, () => {
  beforeEach(restoreDemo, 120_000);

  it("is one entry for a liaison, with its reason and only the delegation's rows", async () => {
    const be = delegationId("BE");
    const us = delegationId("US");
    const before = { be: (await getChangesSinceAck(db, belgium, be)).changes, us: (await getChangesSinceAck(db, unitedStates, us)).changes };
    await apply({ subject: "item", id: DINNER, minutes: 20 }, "The King's speech runs long");

    const after = (await getChangesSinceAck(db, belgium, be)).changes;
    expect(after).toHaveLength(before.be.length + 1);
    const entry = after.find((c) => c.cascade)!;
    expect(entry.cascade).toMatchObject({ reason: "The King's speech runs long", kind: "delay" });
    // The dinner and Belgium's motorcades to and from the palace, nobody else's.
    expect(entry.cascade!.parts.map((p) => p.itemId).sort()).toEqual([DINNER, movementId("BE", "from-palace"), movementId("BE", "to-palace")].sort());
    for (const part of entry.cascade!.parts) {
      expect(part.type).toBe("moved");
      expect(part.after!.startsAt!.getTime() - part.before!.startsAt!.getTime()).toBe(20 * MIN);
    }
    expect(entry.at.getTime()).toBe(Math.max(...entry.cascade!.parts.map((p) => p.at.getTime())));

    const theirs = (await getChangesSinceAck(db, unitedStates, us)).changes;
    expect(theirs).toHaveLength(before.us.length + 1);
    const other = theirs.find((c) => c.cascade)!;
    expect(other.cascade!.parts.map((p) => p.itemId).sort()).toEqual([DINNER, movementId("US", "from-palace"), movementId("US", "to-palace")].sort());
  });

  it("is one entry for an agency, listing the agency's own tasks that moved", async () => {
    const before = (await getTaskChangesSinceAck(db, police)).changes;
    const proposal = await apply({ subject: "item", id: DINNER, minutes: 20 }, "The King's speech runs long");
    const policeTasks = proposal.lines.filter((l) => l.entity === "AgencyTask" && l.agencyId === police.agencyId).map((l) => l.id);
    expect(policeTasks.length).toBeGreaterThan(20);
    expect(proposal.lines.some((l) => l.entity === "AgencyTask" && l.agencyId !== police.agencyId)).toBe(true);

    const after = (await getTaskChangesSinceAck(db, police)).changes;
    expect(after).toHaveLength(before.length + 1);
    const entry = after.find((c) => c.cascade)!;
    expect(entry.cascade).toMatchObject({ reason: "The King's speech runs long", kind: "delay" });
    expect(entry.cascade!.parts.map((p) => p.taskId).sort()).toEqual([...policeTasks].sort());
    expect(entry.cascade!.parts.every((p) => p.kind === "moved")).toBe(true);
  });

  it("is no entry for a liaison who may see none of its rows", async () => {
    // The Dutch-Ukrainian bilateral and Ukraine's motorcade to it: nothing of Belgium's.
    const be = delegationId("BE");
    const before = (await getChangesSinceAck(db, belgium, be)).changes;
    const proposal = await apply({ subject: "item", id: itemId("bilateral-nl-ua"), minutes: 10 }, "The talks run over");
    expect(proposal.lines.some((l) => l.id === movementId("UA", "to-palace"))).toBe(true);
    expect((await getChangesSinceAck(db, belgium, be)).changes).toEqual(before);
  });
});

describe("a motorcade's actual times on the agency's tasks", { timeout: 180_000 }, () => {
  beforeEach(restoreDemo, 120_000);

  it("shows the police's escort tasks the motorcade departed, then arrived, with the note", async () => {
    const motorcade = movementId("BE", "from-palace");
    const escort = (tasks: Awaited<ReturnType<typeof listTasks>>) => tasks.filter((t) => t.subject?.target === "MOVEMENT" && t.subject.id === motorcade);
    const first = escort(await listTasks(db, police, summit, { day: "2025-06-24" }));
    expect(first.length).toBeGreaterThan(0);
    for (const task of first) expect(task.subject).toMatchObject({ live: null });

    await act(recordMovementStatus, police, recordMovementStatusSchema, summit.id, { movementId: motorcade, state: "DEPARTED", departedAt: "2025-06-24T22:40", note: "Stuck at A12 junction" });
    for (const task of escort(await listTasks(db, police, summit, { day: "2025-06-24" }))) {
      expect(task.subject).toMatchObject({ live: { state: "DEPARTED", departedAt: new Date("2025-06-24T20:40:00Z"), arrivedAt: null, note: "Stuck at A12 junction" } });
    }
    await act(recordMovementStatus, planner, recordMovementStatusSchema, summit.id, { movementId: motorcade, state: "ARRIVED", arrivedAt: "2025-06-24T23:02" });
    for (const task of escort(await listTasks(db, police, summit, { day: "2025-06-24" }))) {
      expect(task.subject).toMatchObject({ live: { state: "ARRIVED", departedAt: new Date("2025-06-24T20:40:00Z"), arrivedAt: new Date("2025-06-24T21:02:00Z") } });
    }
  });
});

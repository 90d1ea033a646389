// Repairs on a small summit in the database: a press moment running late runs into a bilateral of
// the same principal (a hard conflict); the proposal offers the bilateral's next free slot, and
// applied together the conflict is gone. A delayed talk that would take a bilateral's room cannot
// be written alone (the database refuses two confirmed items in one room); with the suggested room
// swap it applies, and the swap clears the conflict it claims to.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { conflictsAround } from "@/lib/conflicts/queries";
import { ConstraintError } from "@/lib/errors";
import { applyProposal } from "@/lib/live/mutations";
import { NotFoundError } from "@/lib/errors";
import { getOpsBoard, previewProposal, repairsForChange } from "@/lib/live/queries";
import { recordItemStatus, recordMovementStatus } from "@/lib/live/mutations";
import type { RepairMove } from "@/lib/live/types";
import { previewProposalSchema, applyProposalSchema, recordItemStatusSchema, recordMovementStatusSchema } from "@/lib/live/schema";
import { throughBoundary } from "./boundary";
import { resetDatabase, testDb } from "./helpers";

const db = testDb();
const act = throughBoundary(db);
const DAY = "2025-06-24";
const at = (hhmm: string) => new Date(`${DAY}T${hhmm}:00+02:00`);
let summit: { id: string; timeZone: string };
let planner: Actor;
const ids: Record<string, string> = {};

const asInput = (m: RepairMove) =>
  m.entity === "ProgrammeItem" ? { entity: "ProgrammeItem" as const, id: m.id, startsAt: m.startsAt, endsAt: m.endsAt!, spaceId: m.spaceId } : { entity: "Movement" as const, id: m.id, startsAt: m.startsAt, endsAt: m.endsAt };

beforeAll(async () => {
  await resetDatabase(db);
  const s = await db.summit.create({ data: { slug: "repair", name: "Repair summit", host: "Host", timeZone: "Europe/Amsterdam", startDate: new Date(`${DAY}T00:00:00Z`), endDate: new Date(`${DAY}T00:00:00Z`) } });
  summit = { id: s.id, timeZone: s.timeZone };
  const forum = await db.venue.create({ data: { summitId: s.id, name: "Forum", kind: "CONFERENCE" } });
  const hall = await db.space.create({ data: { venueId: forum.id, name: "Hall", capacity: 200 } });
  const room1 = await db.space.create({ data: { venueId: forum.id, name: "Room 1", capacity: 6 } });
  await db.space.create({ data: { venueId: forum.id, name: "Room 2", capacity: 6 } });
  const one = await db.delegation.create({ data: { summitId: s.id, code: "ONE", name: "One", kind: "ALLY" } });
  const two = await db.delegation.create({ data: { summitId: s.id, code: "TWO", name: "Two", kind: "ALLY" } });
  const three = await db.delegation.create({ data: { summitId: s.id, code: "THREE", name: "Three", kind: "PARTNER" } });
  for (const d of [one, two, three]) await db.member.create({ data: { delegationId: d.id, title: `Leader of ${d.name}`, function: "HEAD_OF_STATE_OR_GOVERNMENT", precedence: 1 } });
  const item = (title: string, kind: "PRESS_MOMENT" | "BILATERAL" | "SIDE_EVENT", from: string, to: string, spaceId: string, delegations: string[]) =>
    db.programmeItem.create({ data: { summitId: s.id, kind, title, visibility: "STAFF", status: "CONFIRMED", startsAt: at(from), endsAt: at(to), spaceId, participations: { create: delegations.map((delegationId) => ({ delegationId })) } } });
  ids.press = (await item("Press moment", "PRESS_MOMENT", "10:00", "10:30", hall.id, [one.id])).id;
  ids.bilateral = (await item("Bilateral One–Two", "BILATERAL", "10:30", "11:00", room1.id, [one.id, two.id])).id;
  ids.talk = (await item("Talk of Three", "SIDE_EVENT", "11:15", "11:45", room1.id, [three.id])).id;
  ids.late = (await item("Bilateral One–Two, second round", "BILATERAL", "12:00", "12:30", room1.id, [one.id, two.id])).id;
  const u = await db.user.create({ data: { email: "planner@repair.test", name: "Planner", role: "PLANNER", passwordHash: "x", currentSummitId: s.id } });
  planner = { userId: u.id, name: u.name, email: u.email, role: "PLANNER", delegationIds: [], agencyId: null, mustChangePassword: false };
}, 60_000);
afterAll(() => db.$disconnect());

async function hardIdsNow(): Promise<Set<string>> {
  const report = await conflictsAround(db, summit.id, { startsAt: at("08:00"), endsAt: at("14:00") });
  return new Set(report.conflicts.filter((c) => c.severity === "hard").map((c) => c.id));
}

describe("repair suggestions in the database", { timeout: 60_000 }, () => {
  it("moves the bilateral to its next free slot, and applied with the delay the conflict is gone", async () => {
    const delay = { subject: "item" as const, id: ids.press, minutes: 20 };
    const { proposal, repairs } = await act(previewProposal, planner, previewProposalSchema, summit.id, { source: { kind: "delay", delay }, adjustments: [] });
    expect(proposal.hardConflictIds.length).toBeGreaterThan(0);
    expect(repairs.length).toBeGreaterThan(0);
    const [best] = repairs;
    expect(best.moves).toEqual([expect.objectContaining({ id: ids.bilateral, kind: "slot", startsAt: at("10:50") })]);
    expect(best.clears.sort()).toEqual([...proposal.hardConflictIds].sort());

    const source = { kind: "delay" as const, delay, repairs: best.moves.map(asInput) };
    const reviewed = await act(previewProposal, planner, previewProposalSchema, summit.id, { source, adjustments: [] });
    expect(reviewed.proposal.hardConflictIds).toEqual([]);
    await act(applyProposal, planner, applyProposalSchema, summit.id, { source, adjustments: [], reason: "Questions ran over", basis: reviewed.proposal.basis });
    const now = await hardIdsNow();
    for (const id of best.clears) expect(now.has(id)).toBe(false);
    const moved = await db.programmeItem.findUniqueOrThrow({ where: { id: ids.bilateral } });
    expect(moved.startsAt).toEqual(at("10:50"));
  });

  it("refuses a delay into another confirmed item's room on its own, and applies it with the room swap it suggests", async () => {
    const delay = { subject: "item" as const, id: ids.talk, minutes: 30 };
    const { proposal, repairs } = await act(previewProposal, planner, previewProposalSchema, summit.id, { source: { kind: "delay", delay }, adjustments: [] });
    const targets = proposal.conflicts.filter((c) => proposal.hardConflictIds.includes(c.id));
    expect(targets.map((c) => c.type)).toContain("SPACE_DOUBLE_BOOKED");
    await expect(act(applyProposal, planner, applyProposalSchema, summit.id, { source: { kind: "delay", delay }, adjustments: [], reason: "x", basis: proposal.basis })).rejects.toBeInstanceOf(ConstraintError);
    const swap = repairs.find((r) => r.moves.length === 1 && r.moves[0].kind === "room");
    expect(swap).toBeDefined();
    const source = { kind: "delay" as const, delay, repairs: swap!.moves.map(asInput) };
    const reviewed = await act(previewProposal, planner, previewProposalSchema, summit.id, { source, adjustments: [] });
    const applied = await act(applyProposal, planner, applyProposalSchema, summit.id, { source, adjustments: [], reason: "Speaker late", basis: reviewed.proposal.basis });
    const now = await hardIdsNow();
    for (const id of swap!.clears) expect(now.has(id)).toBe(false);
    // Nothing left to repair after that change.
    expect((await repairsForChange(db, planner, summit, applied.changeId)).conflicts).toEqual([]);
  });
});

describe("the operations board", { timeout: 60_000 }, () => {
  it("shows now and next per venue, what runs late, who is on the road and the open hard conflicts, at the clock it is given", async () => {
    const one = await db.delegation.findFirstOrThrow({ where: { summitId: summit.id, code: "ONE" } });
    const forum = await db.venue.findFirstOrThrow({ where: { summitId: summit.id } });
    const hotel = await db.venue.create({ data: { summitId: summit.id, name: "Hotel", kind: "HOTEL" } });
    const ride = await db.movement.create({ data: { summitId: summit.id, delegationId: one.id, kind: "TRANSFER", fromVenueId: forum.id, toVenueId: hotel.id, startsAt: at("13:00"), endsAt: at("13:20"), partySize: 6 } });
    await act(recordItemStatus, planner, recordItemStatusSchema, summit.id, { itemId: ids.late, state: "RUNNING_LATE", lateMinutes: 10 });
    await act(recordMovementStatus, planner, recordMovementStatusSchema, summit.id, { movementId: ride.id, state: "DEPARTED", departedAt: "2025-06-24T13:05", note: "Slow traffic" });
    const board = await getOpsBoard(db, planner, summit, at("10:55"));
    const venue = board.venues.find((v) => v.name === "Forum")!;
    expect(venue.now.map((i) => i.title)).toEqual(["Bilateral One–Two"]);
    expect(venue.next?.title).toBe("Talk of Three");
    // The two delays applied above left their items running late; the third was recorded by hand.
    expect(board.runningLate.map((i) => [i.title, i.live?.lateMinutes])).toEqual([["Press moment", 20], ["Talk of Three", 30], ["Bilateral One–Two, second round", 10]]);
    expect(board.onTheRoad).toEqual([expect.objectContaining({ id: ride.id, note: "Slow traffic", departedAt: at("13:05"), expectedArrival: at("13:25") })]);
    expect(board.hardConflicts).toEqual([]);
    await expect(getOpsBoard(db, { ...planner, role: "AGENCY", agencyId: null }, summit, at("10:55"))).rejects.toBeInstanceOf(NotFoundError);
  });

  it("lists the motorcades due to leave that nobody marked departed, within the hour after their planned time; departed ones are on the road", async () => {
    const [one, two, three] = await Promise.all(["ONE", "TWO", "THREE"].map((code) => db.delegation.findFirstOrThrow({ where: { summitId: summit.id, code } })));
    const forum = await db.venue.findFirstOrThrow({ where: { summitId: summit.id, name: "Forum" } });
    const residence = await db.venue.create({ data: { summitId: summit.id, name: "Residence", kind: "HOTEL" } });
    const ride = (delegationId: string, from: string, to: string) =>
      db.movement.create({ data: { summitId: summit.id, delegationId, kind: "TRANSFER", fromVenueId: forum.id, toVenueId: residence.id, startsAt: at(from), endsAt: at(to), partySize: 4 } });
    const overdue = await ride(one.id, "16:10", "16:30");
    const gone = await ride(two.id, "16:20", "16:40");
    const forgotten = await ride(three.id, "15:20", "15:40");
    const later = await ride(three.id, "16:50", "17:10");
    await act(recordMovementStatus, planner, recordMovementStatusSchema, summit.id, { movementId: gone.id, state: "DEPARTED", departedAt: "2025-06-24T16:25" });

    const board = await getOpsBoard(db, planner, summit, at("16:30"));
    expect(board.dueToLeave).toEqual([{ id: overdue.id, delegation: "One", from: "Forum", to: "Residence", plannedAt: at("16:10"), overdueMinutes: 20 }]);
    expect(board.onTheRoad.map((m) => [m.id, m.expectedArrival])).toContainEqual([gone.id, at("16:45")]);
    for (const m of [forgotten, later]) expect(board.dueToLeave.some((d) => d.id === m.id)).toBe(false);
    // Once recorded departed it leaves the list for the road.
    await act(recordMovementStatus, planner, recordMovementStatusSchema, summit.id, { movementId: overdue.id, state: "DEPARTED", departedAt: "2025-06-24T16:31" });
    const after = await getOpsBoard(db, planner, summit, at("16:35"));
    expect(after.dueToLeave).toEqual([]);
    expect(after.onTheRoad.map((m) => m.id)).toContain(overdue.id);
  });
});

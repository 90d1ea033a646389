import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConstraintError, withConstraintErrors } from "@/lib/errors";
import { resetDatabase, testDb } from "./helpers";

const db = testDb();
let summitId = "";
let spaceId = "";
let memberId = "";
let delegationId = "";
const at = (hhmm: string) => new Date(`2025-06-25T${hhmm}:00+02:00`);

beforeAll(async () => {
  await resetDatabase(db);
  const summit = await db.summit.create({
    data: { slug: "constraints", name: "Constraints", host: "Test", timeZone: "Europe/Amsterdam", startDate: new Date("2025-06-24"), endDate: new Date("2025-06-25") },
  });
  summitId = summit.id;
  const venue = await db.venue.create({ data: { summitId, name: "World Forum", spaces: { create: { name: "Plenary Hall", capacity: 400 } } }, include: { spaces: true } });
  spaceId = venue.spaces[0].id;
  const delegation = await db.delegation.create({
    data: { summitId, code: "NL", name: "Netherlands", kind: "ALLY", members: { create: { title: "Prime Minister of the Netherlands", function: "HEAD_OF_STATE_OR_GOVERNMENT", precedence: 1 } } },
    include: { members: true },
  });
  delegationId = delegation.id;
  memberId = delegation.members[0].id;
});
afterAll(() => db.$disconnect());

const item = (title: string, start: string, end: string, status: "CONFIRMED" | "DRAFT" = "CONFIRMED") => ({
  summitId, kind: "PLENARY" as const, title, status, startsAt: at(start), endsAt: at(end), spaceId,
});

describe("database integrity", () => {
  it("rejects an overlapping confirmed booking of one space with a clear domain error and writes nothing", async () => {
    await db.programmeItem.create({ data: item("North Atlantic Council", "10:00", "13:00") });
    const attempt = withConstraintErrors(() => db.programmeItem.create({ data: item("Overlapping session", "12:30", "14:00") }));
    await expect(attempt).rejects.toBeInstanceOf(ConstraintError);
    await expect(attempt).rejects.toMatchObject({
      constraint: "ProgrammeItem_no_confirmed_space_overlap",
      message: "The space is already booked by a confirmed item at that time.",
      fieldErrors: { spaceId: expect.any(String) },
    });
    expect(await db.programmeItem.count({ where: { title: "Overlapping session" } })).toBe(0);
  });

  it("allows back-to-back confirmed items and overlapping drafts", async () => {
    await db.programmeItem.create({ data: item("Back to back", "13:00", "14:00") });
    await db.programmeItem.create({ data: item("Draft overlap", "10:30", "11:00", "DRAFT") });
    expect(await db.programmeItem.count({ where: { summitId } })).toBe(3);
  });

  it("refuses to confirm a draft into an occupied slot", async () => {
    const draft = await db.programmeItem.findFirstOrThrow({ where: { title: "Draft overlap" } });
    await expect(
      withConstraintErrors(() => db.programmeItem.update({ where: { id: draft.id }, data: { status: "CONFIRMED" } })),
    ).rejects.toMatchObject({ constraint: "ProgrammeItem_no_confirmed_space_overlap" });
    expect((await db.programmeItem.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe("DRAFT");
  });

  it.each([
    ["ends before it starts", "15:00", "14:00"],
    ["ends when it starts", "15:00", "15:00"],
  ])("rejects an item that %s and writes nothing", async (_label, start, end) => {
    const before = await db.programmeItem.count();
    await expect(withConstraintErrors(() => db.programmeItem.create({ data: item("Bad times", start, end, "DRAFT") }))).rejects.toMatchObject({
      constraint: "ProgrammeItem_ends_after_starts",
      fieldErrors: { endsAt: "The end must be after the start." },
    });
    expect(await db.programmeItem.count()).toBe(before);
  });

  it("keeps one participation per member per item and one whole-delegation participation per item", async () => {
    const nac = await db.programmeItem.findFirstOrThrow({ where: { title: "North Atlantic Council" } });
    await db.participation.create({ data: { itemId: nac.id, delegationId, memberId } });
    await expect(withConstraintErrors(() => db.participation.create({ data: { itemId: nac.id, delegationId, memberId } }))).rejects.toBeInstanceOf(ConstraintError);
    await db.participation.create({ data: { itemId: nac.id, delegationId } });
    await expect(withConstraintErrors(() => db.participation.create({ data: { itemId: nac.id, delegationId } }))).rejects.toBeInstanceOf(ConstraintError);
    expect(await db.participation.count({ where: { itemId: nac.id } })).toBe(2);
  });

  it("refuses a member participating on behalf of another delegation", async () => {
    const other = await db.delegation.create({ data: { summitId, code: "BE", name: "Belgium", kind: "ALLY" } });
    const nac = await db.programmeItem.findFirstOrThrow({ where: { title: "North Atlantic Council" } });
    await expect(withConstraintErrors(() => db.participation.create({ data: { itemId: nac.id, delegationId: other.id, memberId } }))).rejects.toBeInstanceOf(ConstraintError);
  });

  it("keeps one travel time per venue pair and unique e-mail addresses", async () => {
    const hub = await db.venue.create({ data: { summitId, name: "Huis ten Bosch" } });
    const wf = await db.venue.findFirstOrThrow({ where: { name: "World Forum" } });
    await db.travelTime.create({ data: { summitId, fromVenueId: wf.id, toVenueId: hub.id, minutes: 15 } });
    await expect(withConstraintErrors(() => db.travelTime.create({ data: { summitId, fromVenueId: wf.id, toVenueId: hub.id, minutes: 20 } }))).rejects.toBeInstanceOf(ConstraintError);
    await db.user.create({ data: { email: "a@example.org", name: "A", passwordHash: "x", role: "VIEWER" } });
    await expect(withConstraintErrors(() => db.user.create({ data: { email: "a@example.org", name: "B", passwordHash: "x", role: "VIEWER" } }))).rejects.toBeInstanceOf(ConstraintError);
  });

  it("requires an agency task to cover exactly one item or movement", async () => {
    const agency = await db.agency.create({ data: { summitId, name: "National Police", shortName: "Police" } });
    await expect(
      withConstraintErrors(() => db.agencyTask.create({ data: { agencyId: agency.id, type: "ESCORT", startsAt: at("09:00"), endsAt: at("10:00") } })),
    ).rejects.toMatchObject({ constraint: "AgencyTask_one_subject" });
  });

  it("deletes a summit with everything in it (deliberate cascades)", async () => {
    await db.summit.delete({ where: { id: summitId } });
    expect(await db.programmeItem.count()).toBe(0);
    expect(await db.delegation.count()).toBe(0);
  });
});

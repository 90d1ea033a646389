// The planners' overview of agencies that have not acknowledged the changes to their tasks: a
// planner's move shows the agency as pending until one of its coordinators acknowledges; what
// the agency's own coordinators do never makes it pending; only staff get the overview.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getTaskChangesSinceAck, listAgenciesWithPendingChanges } from "@/lib/tasks/changes";
import { acknowledgeTaskChanges, updateTaskStatus } from "@/lib/tasks/mutations";
import { moveItem } from "@/lib/programme/mutations";
import { at, buildAgencyFixture, type AgencyFixture } from "./agency-fixture";
import { resetDatabase, testDb } from "./helpers";
import { inSummit } from "./inputs";
import { parseInput } from "@/lib/validation";
import { acknowledgeTaskChangesSchema, taskStatusSchema } from "@/lib/tasks/schema";

const db = testDb();
let fx: AgencyFixture;
let summit: { id: string; timeZone: string };

beforeAll(async () => {
  await resetDatabase(db);
  fx = await buildAgencyFixture(db);
  summit = { id: fx.summit.id, timeZone: fx.summit.timeZone };
});
afterAll(() => db.$disconnect());

const overview = () => listAgenciesWithPendingChanges(db, fx.actors.planner, summit);

describe("agencies with unacknowledged task changes", () => {
  it("lists none before anything changed", async () => {
    expect(await overview()).toEqual([]);
  });

  it("lists the police once a planner moved the item their perimeter covers, and not Schiphol", async () => {
    const dinner = fx.items.dinner;
    await moveItem(db, fx.actors.planner, { summitId: fx.summit.id, id: dinner.id, version: dinner.version, startsAt: at("20:00"), endsAt: at("23:00"), spaceId: dinner.spaceId });
    const pending = await overview();
    expect(pending.map((p) => [p.agency.name, p.count, p.lastAcknowledged])).toEqual([["National Police", 1, null]]);
    const [change] = (await getTaskChangesSinceAck(db, fx.actors.police)).changes;
    expect(pending[0].latestAt).toEqual(change.at);
  });

  it("what the agency's own coordinators do does not make it pending", async () => {
    const escort = await db.agencyTask.findUniqueOrThrow({ where: { id: fx.tasks.escort.id } });
    await updateTaskStatus(db, fx.actors.police, inSummit(taskStatusSchema, fx.summit.id, { id: escort.id, version: escort.version, status: "IN_PROGRESS" }));
    expect((await overview()).map((p) => [p.agency.name, p.count])).toEqual([["National Police", 1]]);
  });

  it("drops the police once a coordinator acknowledged, naming nobody else", async () => {
    const changes = (await getTaskChangesSinceAck(db, fx.actors.police)).changes;
    await acknowledgeTaskChanges(db, fx.actors.police, parseInput(acknowledgeTaskChangesSchema, { agencyId: fx.agencies.police.id, seenUpTo: changes[changes.length - 1].at.toISOString() }));
    expect(await overview()).toEqual([]);
  });

  it("is for staff only", async () => {
    const dinner = await db.programmeItem.findUniqueOrThrow({ where: { id: fx.items.dinner.id } });
    await moveItem(db, fx.actors.planner, { summitId: fx.summit.id, id: dinner.id, version: dinner.version, startsAt: at("19:30"), endsAt: at("22:30"), spaceId: dinner.spaceId });
    expect(await overview()).toHaveLength(1);
    expect(await listAgenciesWithPendingChanges(db, fx.actors.police, summit)).toEqual([]);
    expect(await listAgenciesWithPendingChanges(db, fx.actors.liaison, summit)).toEqual([]);
  });

  it("reads a fixed number of queries however many agencies there are (no query per agency)", async () => {
    const counted = async () => {
      let n = 0;
      const client = db.$extends({ query: { $allOperations: ({ args, query }) => (n++, query(args)) } }) as unknown as typeof db;
      await listAgenciesWithPendingChanges(client, fx.actors.planner, summit);
      return n;
    };
    const before = await counted();
    for (const name of ["Rijkswaterstaat", "KMar", "Fire Brigade"]) await db.agency.create({ data: { summitId: summit.id, name, shortName: name } });
    expect(await counted()).toBe(before);
  });

  it("counts from the agency's newest acknowledgement, not an older one", async () => {
    const changes = (await getTaskChangesSinceAck(db, fx.actors.police)).changes;
    await acknowledgeTaskChanges(db, fx.actors.police, parseInput(acknowledgeTaskChangesSchema, { agencyId: fx.agencies.police.id, seenUpTo: changes[changes.length - 1].at.toISOString() }));
    expect(await overview()).toEqual([]);
  });
});

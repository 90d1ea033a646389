// The task list's filters (type, status, part of day, subject, delegation), read from the page's
// search parameters and applied in SQL on top of the reader's scope. From the attacker's side: a
// coordinator cannot filter its way into another agency's tasks (an agency or delegation id in
// the URL only narrows its own list), nor learn who takes part in an item through the delegation
// filter.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countTasks, listTaskDelegations, listTasks, listTaskTypes, parseTaskFilterParams, taskFilterQuery, type TaskFilter } from "@/lib/tasks/queries";
import { buildAgencyFixture, DAY, type AgencyFixture } from "./agency-fixture";
import { resetDatabase, testDb } from "./helpers";

const db = testDb();
let fx: AgencyFixture;
const summit = () => ({ id: fx.summit.id, timeZone: fx.summit.timeZone });

beforeAll(async () => {
  await resetDatabase(db);
  fx = await buildAgencyFixture(db);
});
afterAll(() => db.$disconnect());

const ids = async (actor: AgencyFixture["actors"][keyof AgencyFixture["actors"]], filter: TaskFilter) =>
  (await listTasks(db, actor, summit(), { day: DAY, ...filter })).map((t) => t.id).sort();
const sorted = (...xs: string[]) => [...xs].sort();

describe("search parameters", () => {
  it("parse known values, drop unknown ones, and round-trip to a link", () => {
    const parsed = parseTaskFilterParams({ type: ["ESCORT", "SECURITY_PERIMETER"], status: "PLANNED", part: "evening", subject: "movements", delegation: "d1", lang: "nl" });
    expect(parsed).toEqual({ type: ["ESCORT", "SECURITY_PERIMETER"], status: ["PLANNED"], part: "evening", subject: "movements", delegation: "d1", agency: undefined });
    expect(taskFilterQuery(parsed)).toEqual([["type", "ESCORT"], ["type", "SECURITY_PERIMETER"], ["status", "PLANNED"], ["part", "evening"], ["subject", "movements"], ["delegation", "d1"]]);
    expect(parseTaskFilterParams({ type: "NOT_A_TYPE", part: "teatime", subject: "people", status: "" })).toEqual({
      type: undefined, status: undefined, part: undefined, subject: undefined, delegation: undefined, agency: undefined,
    });
  });
});

describe("filters for a planner", () => {
  it("by type, status, part of day and subject", async () => {
    const { planner } = fx.actors;
    const { escort, perimeter, draftPerimeter, handling } = fx.tasks;
    expect(await ids(planner, {})).toEqual(sorted(escort.id, perimeter.id, draftPerimeter.id, handling.id));
    expect(await ids(planner, { types: ["ESCORT", "AIRPORT_HANDLING"] })).toEqual(sorted(escort.id, handling.id));
    expect(await ids(planner, { statuses: ["DONE"] })).toEqual([]);
    expect(await ids(planner, { statuses: ["PLANNED"], types: ["SECURITY_PERIMETER"] })).toEqual(sorted(perimeter.id, draftPerimeter.id));
    // Summit-local parts: the perimeter (17:00–22:30) reaches into the evening, the escort (18:40) is in it.
    expect(await ids(planner, { part: "evening" })).toEqual(sorted(escort.id, perimeter.id));
    expect(await ids(planner, { part: "morning" })).toEqual(sorted(draftPerimeter.id, handling.id));
    expect(await ids(planner, { part: "night" })).toEqual([]);
    expect(await ids(planner, { subject: "movements" })).toEqual(sorted(escort.id, handling.id));
    expect(await ids(planner, { subject: "items" })).toEqual(sorted(perimeter.id, draftPerimeter.id));
    expect(await countTasks(db, planner, summit(), { day: DAY })).toBe(4);
  });

  it("by delegation: its movements and the items it takes part in", async () => {
    const { planner } = fx.actors;
    expect(await ids(planner, { delegationId: fx.delegations.ua.id })).toEqual(sorted(fx.tasks.perimeter.id, fx.tasks.handling.id));
    expect(await ids(planner, { delegationId: fx.delegations.be.id })).toEqual(sorted(fx.tasks.escort.id, fx.tasks.perimeter.id));
    expect((await listTaskDelegations(db, planner, fx.summit.id)).map((d) => d.name)).toEqual(["Belgium", "Ukraine"]);
  });
});

describe("from the attacker's side", () => {
  it("a coordinator's filters only narrow its own list: another agency's id or type finds nothing of it", async () => {
    const { police, schiphol } = fx.actors;
    expect(await ids(police, { agencyId: fx.agencies.schiphol.id })).toEqual(sorted(fx.tasks.escort.id, fx.tasks.perimeter.id));
    expect(await ids(police, { types: ["AIRPORT_HANDLING"] })).toEqual([]);
    expect(await ids(police, { delegationId: fx.delegations.ua.id, subject: "movements" })).toEqual([]);
    expect(await ids(schiphol, { types: ["ESCORT", "SECURITY_PERIMETER"] })).toEqual([]);
    expect(await ids(schiphol, { agencyId: fx.agencies.police.id })).toEqual([fx.tasks.handling.id]);
    expect(await countTasks(db, schiphol, summit(), { day: DAY, agencyId: fx.agencies.police.id })).toBe(1);
    // A draft item's task stays off the police list whatever the filter.
    expect(await ids(police, { types: ["SECURITY_PERIMETER"], part: "morning" })).toEqual([]);
  });

  it("the delegation filter tells a coordinator nothing of who takes part in an item", async () => {
    const { police } = fx.actors;
    // Ukraine takes part in the dinner the police perimeter covers: not matched for the police.
    expect(await ids(police, { delegationId: fx.delegations.ua.id })).toEqual([]);
    // Belgium's transfer is the police escort's own subject.
    expect(await ids(police, { delegationId: fx.delegations.be.id })).toEqual([fx.tasks.escort.id]);
    expect((await listTaskDelegations(db, police, fx.summit.id)).map((d) => d.name)).toEqual(["Belgium"]);
    expect((await listTaskDelegations(db, fx.actors.schiphol, fx.summit.id)).map((d) => d.name)).toEqual(["Ukraine"]);
    expect(await listTaskDelegations(db, fx.actors.liaison, fx.summit.id)).toEqual([]);
  });

  it("the type filter offers a coordinator only its own tasks' types", async () => {
    expect(await listTaskTypes(db, fx.actors.police, fx.summit.id)).toEqual(["SECURITY_PERIMETER", "ESCORT"]);
    expect(await listTaskTypes(db, fx.actors.schiphol, fx.summit.id)).toEqual(["AIRPORT_HANDLING"]);
    expect((await listTaskTypes(db, fx.actors.planner, fx.summit.id)).length).toBeGreaterThan(3);
  });

  it("another summit's delegation id matches nothing", async () => {
    const otherDelegation = await db.delegation.findFirstOrThrow({ where: { summitId: fx.other.summit.id } });
    expect(await ids(fx.actors.planner, { delegationId: otherDelegation.id })).toEqual([]);
  });
});

// Sessions are one level deep: a session's parent is a side event, and an item that already has
// sessions cannot itself become a session.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ValidationError } from "@/lib/errors";
import { createItem, updateItem } from "@/lib/programme/mutations";
import { buildEditingFixture, type EditingFixture } from "./programme-editing-fixture";
import { resetDatabase, testDb } from "./helpers";

const db = testDb();
let fx: EditingFixture;

beforeAll(async () => {
  await resetDatabase(db);
  fx = await buildEditingFixture(db);
});
beforeEach(async () => {
  await db.programmeItem.deleteMany({ where: { summitId: fx.summit.id } });
});
afterAll(() => db.$disconnect());

const fieldError = async (attempt: Promise<unknown>) => {
  const error = await attempt.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).fieldErrors.parentId;
};

describe("session nesting", () => {
  it("accepts a session under a side event", async () => {
    const forum = await createItem(db, fx.planners.anna, fx.input({ kind: "SIDE_EVENT", title: "Public Forum" }));
    const session = await createItem(db, fx.planners.anna, fx.input({ kind: "SIDE_EVENT_SESSION", title: "Keynote", parentId: forum.id }));
    expect((await db.programmeItem.findUniqueOrThrow({ where: { id: session.id } })).parentId).toBe(forum.id);
  });

  it("refuses a parent that is not a side event", async () => {
    const plenary = await createItem(db, fx.planners.anna, fx.input({ kind: "PLENARY", title: "Council" }));
    expect(await fieldError(createItem(db, fx.planners.anna, fx.input({ kind: "SIDE_EVENT_SESSION", title: "Keynote", parentId: plenary.id }))))
      .toMatch(/side event/);
    expect(await db.programmeItem.count({ where: { parentId: plenary.id } })).toBe(0);
  });

  it("refuses to put an item that has sessions under another side event (three levels)", async () => {
    const forum = await createItem(db, fx.planners.anna, fx.input({ kind: "SIDE_EVENT", title: "Public Forum" }));
    await createItem(db, fx.planners.anna, fx.input({ kind: "SIDE_EVENT_SESSION", title: "Keynote", parentId: forum.id }));
    const outer = await createItem(db, fx.planners.anna, fx.input({ kind: "SIDE_EVENT", title: "Industry Forum" }));
    expect(await fieldError(updateItem(db, fx.planners.anna, { ...fx.input({ kind: "SIDE_EVENT", title: "Public Forum", parentId: outer.id }), id: forum.id, version: 1 })))
      .toMatch(/sessions/);
    expect((await db.programmeItem.findUniqueOrThrow({ where: { id: forum.id } })).parentId).toBeNull();
  });
});

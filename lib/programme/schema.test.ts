// The one item schema, on its own (the server's instants) and behind the form (summit-local
// wall-clock text). Runs under TZ=Asia/Kathmandu: nothing may depend on the process zone.
import { describe, expect, it } from "vitest";
import { itemFormSchema, itemInputSchema, moveItemSchema, updateItemSchema } from "@/lib/programme/schema";

const TZ = "Europe/Amsterdam";
const valid = {
  summitId: "s1",
  kind: "BILATERAL",
  title: "  Netherlands – New Zealand  ",
  status: "DRAFT",
  visibility: "PARTICIPANTS",
  startsAt: new Date("2025-06-24T14:00:00+02:00"),
  endsAt: new Date("2025-06-24T14:30:00+02:00"),
  spaceId: "",
  organiser: "",
  delegationIds: ["b", "a", "b"],
  memberIds: [],
};
const issues = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));

describe("itemInputSchema", () => {
  it("trims text, turns empty optionals into null and sorts distinct ids", () => {
    const parsed = itemInputSchema.parse(valid);
    expect(parsed).toMatchObject({ title: "Netherlands – New Zealand", spaceId: null, organiser: null, description: null, parentId: null, delegationIds: ["a", "b"] });
  });

  it.each([
    ["end before start", { endsAt: new Date("2025-06-24T13:00:00+02:00") }, "endsAt", "The end must be after the start."],
    ["end equal to start", { endsAt: valid.startsAt }, "endsAt", "The end must be after the start."],
    ["an empty title", { title: "   " }, "title", "Enter a title."],
    ["an unknown kind", { kind: "PARTY" }, "kind", "Choose a kind."],
    ["an unknown status", { status: "MAYBE" }, "status", "Choose a status."],
    ["an unknown visibility", { visibility: "EVERYONE" }, "visibility", "Choose who may see it."],
    ["a start that is not a date", { startsAt: "tomorrow" }, "startsAt", "Enter a valid start."],
    ["an invalid date", { startsAt: new Date("nonsense") }, "startsAt", "Enter a valid start."],
    ["a title too long", { title: "x".repeat(201) }, "title", "Use at most 200 characters."],
    ["member ids that are not a list", { memberIds: "m1" }, "memberIds", "Choose members."],
    ["an empty id in a list", { delegationIds: [""] }, "delegationIds.0", expect.any(String)],
  ])("refuses %s under its field", (_label, override, field, message) => {
    const result = itemInputSchema.safeParse({ ...valid, ...override });
    expect(result.success).toBe(false);
    expect(issues(result)[field]).toEqual(message);
  });

  it("needs a whole-number version of at least 1 to update, and an id to move", () => {
    expect(issues(updateItemSchema.safeParse({ ...valid, id: "i1", version: 0 }))).toHaveProperty("version");
    expect(updateItemSchema.safeParse({ ...valid, id: "i1", version: 3 }).success).toBe(true);
    expect(issues(moveItemSchema.safeParse({ version: 1, startsAt: valid.startsAt, endsAt: valid.endsAt, spaceId: null }))).toHaveProperty("id");
  });
});

describe("itemFormSchema", () => {
  const form = { ...valid, startsAt: undefined, endsAt: undefined, day: "2025-06-24", startTime: "14:00", endTime: "14:30", endsNextDay: false };
  const schema = itemFormSchema(TZ);

  it("reads the times in the summit's zone, not the browser's", () => {
    const parsed = schema.parse(form);
    expect(parsed.startsAt.toISOString()).toBe("2025-06-24T12:00:00.000Z");
    expect(parsed.endsAt.toISOString()).toBe("2025-06-24T12:30:00.000Z");
  });

  it("accepts 24:00 and an end on the next day", () => {
    expect(schema.parse({ ...form, startTime: "21:00", endTime: "24:00" }).endsAt.toISOString()).toBe("2025-06-24T22:00:00.000Z");
    expect(schema.parse({ ...form, startTime: "21:00", endTime: "00:30", endsNextDay: true }).endsAt.toISOString()).toBe("2025-06-24T22:30:00.000Z");
  });

  it("crosses a DST change correctly (29 March 2026, clocks go forward at 02:00)", () => {
    const parsed = schema.parse({ ...form, day: "2026-03-28", startTime: "23:00", endTime: "04:00", endsNextDay: true });
    expect((parsed.endsAt.getTime() - parsed.startsAt.getTime()) / 3_600_000).toBe(4);
  });

  it("reports the item schema's errors under the form's fields", () => {
    expect(issues(schema.safeParse({ ...form, endTime: "13:00" }))).toEqual({ endTime: "The end must be after the start." });
    expect(issues(schema.safeParse({ ...form, startTime: "25:00" }))).toHaveProperty("startTime", "Use HH:mm, e.g. 09:30.");
    expect(issues(schema.safeParse({ ...form, startTime: "9:30" }))).toHaveProperty("startTime");
    expect(issues(schema.safeParse({ ...form, day: "24-06-2025" }))).toHaveProperty("day", "Choose a day.");
    expect(issues(schema.safeParse({ ...form, title: "" }))).toEqual({ title: "Enter a title." });
  });
});

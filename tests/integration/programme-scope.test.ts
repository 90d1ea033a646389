import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDayProgramme } from "@/lib/programme/queries";
import { getCurrentSummit, type SummitSummary } from "@/lib/summits/queries";
import { buildScopeFixture, DAY } from "./fixtures";
import { resetDatabase, testDb } from "./helpers";

const db = testDb();
let fx: Awaited<ReturnType<typeof buildScopeFixture>>;
let summit: SummitSummary;

beforeAll(async () => {
  await resetDatabase(db);
  fx = await buildScopeFixture(db);
  summit = (await getCurrentSummit(db, fx.actors.planner))!;
});
afterAll(() => db.$disconnect());

async function titlesFor(actor: keyof typeof fx.actors) {
  const groups = await getDayProgramme(db, fx.actors[actor], summit, DAY);
  return groups.flatMap((g) => g.items.map((i) => i.title)).sort();
}

describe("day programme scope", () => {
  it("planner sees everything, drafts and staff items included", async () => {
    expect(await titlesFor("planner")).toEqual(
      ["Belgium restricted meeting", "Cancelled Belgian call", "Draft press moment", "Family photo", "Public opening", "Staff briefing", "Ukraine restricted meeting"],
    );
  });

  it("liaison of A sees public, all-delegation and A's own items (cancelled too), never B's or staff items", async () => {
    expect(await titlesFor("liaisonA")).toEqual(["Belgium restricted meeting", "Cancelled Belgian call", "Family photo", "Public opening"]);
  });

  it("liaison of B sees B's restricted item and not A's", async () => {
    expect(await titlesFor("liaisonB")).toEqual(["Family photo", "Public opening", "Ukraine restricted meeting"]);
  });

  it("an agency sees public items and the items behind its own tasks only, those under a neutral title", async () => {
    expect(await titlesFor("police")).toEqual(["Public opening", "Restricted event"]);
    expect(await titlesFor("airport")).toEqual(["Public opening", "Restricted event"]);
    const restricted = async (actor: "police" | "airport") =>
      (await getDayProgramme(db, fx.actors[actor], summit, DAY)).flatMap((g) => g.items).filter((i) => i.restricted).map((i) => i.id);
    expect(await restricted("police")).toEqual([fx.items.onlyB.id]);
    expect(await restricted("airport")).toEqual([fx.items.staffOnly.id]);
  });

  it("a viewer sees the published public programme only", async () => {
    expect(await titlesFor("viewer")).toEqual(["Public opening"]);
  });

  it("staff notes reach staff only", async () => {
    const notes = async (actor: keyof typeof fx.actors) =>
      (await getDayProgramme(db, fx.actors[actor], summit, DAY)).flatMap((g) => g.items).filter((i) => i.staffNotes).map((i) => i.staffNotes);
    expect((await notes("planner")).sort()).toEqual(["Belgian secret note", "Staff only: VIP entrance"]);
    expect(await notes("liaisonA")).toEqual([]);
    expect(await notes("viewer")).toEqual([]);
  });

  it("times are grouped by the summit-local day, not the server's", async () => {
    const next = await getDayProgramme(db, fx.actors.planner, summit, "2025-06-25");
    expect(next).toEqual([]);
  });
});

// Coverage rules as data: planners edit them (audited, checked), the matrix shows gaps and task
// statuses, and the conflict engine reports a missing escort as a conflict on the item served.
// Coverage counts only where a task's time spans its subject: an item extended past its perimeter
// task is a gap for the extra time, and a move preview sees the item's tasks move with it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { updateTaskStatus } from "@/lib/tasks/mutations";
import { loadSummitSnapshot } from "@/lib/snapshot/queries";
import { loadCoverageConflictRule } from "@/lib/snapshot/queries";
import { createCoverageRule, deleteCoverageRule, updateCoverageRule } from "@/lib/coverage/mutations";
import { getCoverageMatrix, listCoverageRules } from "@/lib/coverage/queries";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { moveItem } from "@/lib/programme/mutations";
import { previewMove } from "@/lib/programme/preview";
import { checkSummit } from "@/lib/scheduling";
import { at, buildAgencyFixture, DAY, type AgencyFixture } from "./agency-fixture";
import { resetDatabase, testDb } from "./helpers";
import { createCoverageRuleSchema, deleteCoverageRuleSchema, updateCoverageRuleSchema } from "@/lib/coverage/schema";
import { taskStatusSchema } from "@/lib/tasks/schema";
import { inSummit } from "./inputs";

const db = testDb();
let fx: AgencyFixture;
const summitOf = () => ({ id: fx.summit.id, timeZone: fx.summit.timeZone });

beforeAll(async () => {
  await resetDatabase(db);
  fx = await buildAgencyFixture(db);
});
afterAll(() => db.$disconnect());

const headEscort = {
  target: "MOVEMENT" as const, principalLevel: "HEAD_OF_STATE_OR_GOVERNMENT" as const, requiredType: "ESCORT" as const,
  description: "Every movement of a head of state or government has an escort.",
};

describe("coverage rules", () => {
  it("a planner adds a rule, audited; a coordinator cannot", async () => {
    const { id } = await createCoverageRule(db, fx.actors.planner, inSummit(createCoverageRuleSchema, fx.summit.id, headEscort));
    expect(await db.coverageRule.findUniqueOrThrow({ where: { id } })).toMatchObject({ target: "MOVEMENT", itemKind: null, venueId: null, requiredType: "ESCORT" });
    expect(await db.auditEntry.count({ where: { entity: "CoverageRule", entityId: id, action: "create" } })).toBe(1);
    await expect(createCoverageRule(db, fx.actors.police, inSummit(createCoverageRuleSchema, fx.summit.id, headEscort))).rejects.toBeInstanceOf(NotFoundError);
    await expect(listCoverageRules(db, fx.actors.police, fx.summit.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.coverageRule.count()).toBe(1);
  });

  it("refuses a venue of another summit and filters that do not fit the target, writing nothing", async () => {
    const before = await db.coverageRule.count();
    const foreign = { target: "ITEM" as const, venueId: fx.other.venue.id, requiredType: "SECURITY_PERIMETER" as const, description: "x" };
    const error = await createCoverageRule(db, fx.actors.planner, inSummit(createCoverageRuleSchema, fx.summit.id, foreign)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors).toHaveProperty("venueId");
    await expect(async () => createCoverageRule(db, fx.actors.planner, inSummit(createCoverageRuleSchema, fx.summit.id, { ...headEscort, itemKind: "PLENARY" }))).rejects.toThrow();
    expect(await db.coverageRule.count()).toBe(before);
  });

  it("edits and deletes a rule, audited", async () => {
    const { id } = await createCoverageRule(db, fx.actors.planner, inSummit(createCoverageRuleSchema, fx.summit.id, { ...headEscort, requiredType: "MEDICAL", description: "temp" }));
    await updateCoverageRule(db, fx.actors.planner, inSummit(updateCoverageRuleSchema, fx.summit.id, { id, ...headEscort, requiredType: "LIAISON", description: "temp 2" }));
    expect((await db.coverageRule.findUniqueOrThrow({ where: { id } })).requiredType).toBe("LIAISON");
    await deleteCoverageRule(db, fx.actors.planner, inSummit(deleteCoverageRuleSchema, fx.summit.id, { id }));
    expect(await db.auditEntry.findMany({ where: { entity: "CoverageRule", entityId: id }, select: { action: true }, orderBy: { at: "asc" } })).toEqual([
      { action: "create" }, { action: "update" }, { action: "delete" },
    ]);
  });
});

describe("matrix and conflicts", () => {
  it("the matrix lists each required pair with its tasks' statuses and highlights the gap", async () => {
    const matrix = await getCoverageMatrix(db, fx.actors.planner, summitOf(), DAY);
    expect(matrix.columns).toEqual(["ESCORT"]);
    expect(matrix.rows.map((r) => [r.id, r.gaps])).toEqual([
      [fx.movements.uaArrival.id, ["ESCORT"]],
      [fx.movements.beTransfer.id, []],
    ]);
    expect(matrix.rows[1].cells.ESCORT).toEqual({
      required: true, uncovered: [], tasks: [{ id: fx.tasks.escort.id, agency: "Police", status: "PLANNED", startsAt: at("18:40"), endsAt: at("18:50") }],
    });
    expect(matrix.rows[0].cells.ESCORT).toMatchObject({ required: true, tasks: [], uncovered: [{ startsAt: at("09:00"), endsAt: at("09:30") }] });
    expect(matrix.rows[1]).toMatchObject({ label: "Transfer · Belgium", place: "Forum → Palace" });
    expect(matrix).toMatchObject({ requirementCount: 2, gapCount: 1 });
  });

  it("a coordinator marking the escort done shows in the planner's matrix", async () => {
    const task = await db.agencyTask.findUniqueOrThrow({ where: { id: fx.tasks.escort.id } });
    await updateTaskStatus(db, fx.actors.police, inSummit(taskStatusSchema, fx.summit.id, { id: task.id, version: task.version, status: "DONE" }));
    const matrix = await getCoverageMatrix(db, fx.actors.planner, summitOf(), DAY);
    expect(matrix.rows.find((r) => r.id === fx.movements.beTransfer.id)?.cells.ESCORT?.tasks[0].status).toBe("DONE");
  });

  it("a transfer without its escort is a MISSING_COVERAGE conflict on the item it serves", async () => {
    const check = async () =>
      checkSummit(await loadSummitSnapshot(db, fx.summit.id), { extraRules: [await loadCoverageConflictRule(db, fx.summit.id)] })
        .filter((c) => c.type === "MISSING_COVERAGE");
    // The arrival serves no item: its gap is on the coverage page only.
    expect(await check()).toEqual([]);
    await db.agencyTask.delete({ where: { id: fx.tasks.escort.id } });
    const conflicts = await check();
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ itemIds: [fx.items.dinner.id], delegationId: fx.delegations.be.id, severity: "warning" });
    expect(conflicts[0].message).toBe("Transfer of Belgium (Forum → Palace, 18:40), for Palace dinner, has no escort coverage");
  });

  it("the matrix is for planners only", async () => {
    await expect(getCoverageMatrix(db, fx.actors.police, summitOf(), DAY)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("coverage follows task times", () => {
  const coverageConflicts = async () =>
    checkSummit(await loadSummitSnapshot(db, fx.summit.id), { extraRules: [await loadCoverageConflictRule(db, fx.summit.id)] })
      .filter((c) => c.type === "MISSING_COVERAGE");
  const dinnerMove = async (startsAt: Date, endsAt: Date) => {
    const dinner = await db.programmeItem.findUniqueOrThrow({ where: { id: fx.items.dinner.id } });
    return { summitId: fx.summit.id, id: dinner.id, version: dinner.version, startsAt, endsAt, spaceId: dinner.spaceId };
  };

  beforeAll(async () => {
    // Every palace item needs a perimeter; the Belgian escort (deleted above) is back, 18:40–18:50.
    await createCoverageRule(db, fx.actors.planner, inSummit(createCoverageRuleSchema, fx.summit.id, {
      target: "ITEM", venueId: fx.venues.palace.id, requiredType: "SECURITY_PERIMETER", description: "Palace items have a perimeter.",
    }));
    await db.agencyTask.create({
      data: { agencyId: fx.agencies.police.id, movementId: fx.movements.beTransfer.id, type: "ESCORT", startsAt: at("18:40"), endsAt: at("18:50") },
    });
  });

  it("the dinner inside its perimeter (17:00–22:30) is covered", async () => {
    expect(await coverageConflicts()).toEqual([]);
    const row = (await getCoverageMatrix(db, fx.actors.planner, summitOf(), DAY)).rows.find((r) => r.id === fx.items.dinner.id);
    expect(row?.gaps).toEqual([]);
    expect(row?.cells.SECURITY_PERIMETER).toMatchObject({ required: true, uncovered: [] });
  });

  it("a preview of moving the covered dinner by an hour shows no missing coverage: its perimeter moves with it", async () => {
    const later = await previewMove(db, fx.actors.planner, await dinnerMove(at("20:00"), at("23:00")));
    expect(later.filter((c) => c.type === "MISSING_COVERAGE")).toEqual([]);
    // Extending it keeps the perimeter where it is (tasks follow the start): the last hour is open.
    const longer = await previewMove(db, fx.actors.planner, await dinnerMove(at("19:00"), at("23:30")));
    expect(longer.filter((c) => c.type === "MISSING_COVERAGE").map((c) => c.message)).toEqual([
      "Palace dinner (19:00–23:30) has security perimeter coverage only until 22:30 (uncovered 22:30–23:30)",
    ]);
  });

  it("extending the dinner to 23:30 leaves its last hour uncovered: a conflict and a gap in the matrix say which hour", async () => {
    const saved = await moveItem(db, fx.actors.planner, await dinnerMove(at("19:00"), at("23:30")));
    const expected = {
      type: "MISSING_COVERAGE", severity: "warning", itemIds: [fx.items.dinner.id],
      message: "Palace dinner (19:00–23:30) has security perimeter coverage only until 22:30 (uncovered 22:30–23:30)",
    };
    expect(saved.conflicts.filter((c) => c.type === "MISSING_COVERAGE")).toEqual([expect.objectContaining(expected)]);
    const conflicts = await coverageConflicts();
    expect(conflicts).toEqual([expect.objectContaining(expected)]);
    expect(conflicts[0].id).toBe(`MISSING_COVERAGE|${fx.items.dinner.id}|requirement=type=SECURITY_PERIMETER`);
    expect(await db.agencyTask.findUniqueOrThrow({ where: { id: fx.tasks.perimeter.id } })).toMatchObject({ startsAt: at("17:00"), endsAt: at("22:30") });

    const matrix = await getCoverageMatrix(db, fx.actors.planner, summitOf(), DAY);
    const row = matrix.rows.find((r) => r.id === fx.items.dinner.id)!;
    expect(row.gaps).toEqual(["SECURITY_PERIMETER"]);
    expect(row.cells.SECURITY_PERIMETER).toEqual({
      required: true,
      tasks: [{ id: fx.tasks.perimeter.id, agency: "Police", status: "PLANNED", startsAt: at("17:00"), endsAt: at("22:30") }],
      uncovered: [{ startsAt: at("22:30"), endsAt: at("23:30") }],
    });
    expect(matrix.gapCount).toBe(2); // the Ukrainian arrival's escort, and the dinner's last hour
  });

  it("a second shift from 22:30 closes the gap", async () => {
    await db.agencyTask.create({
      data: { agencyId: fx.agencies.police.id, itemId: fx.items.dinner.id, type: "SECURITY_PERIMETER", startsAt: at("22:30"), endsAt: at("23:45") },
    });
    expect(await coverageConflicts()).toEqual([]);
    const row = (await getCoverageMatrix(db, fx.actors.planner, summitOf(), DAY)).rows.find((r) => r.id === fx.items.dinner.id);
    expect(row?.gaps).toEqual([]);
  });
});

// Coverage rules as data: planners edit them (audited, checked), the matrix shows gaps and task
// statuses, and the conflict engine reports a missing escort as a conflict on the item served.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { updateTaskStatus } from "@/lib/agencies/mutations";
import { loadSummitSnapshot } from "@/lib/conflicts/snapshot";
import { loadCoverageConflictRule } from "@/lib/coverage/load";
import { createCoverageRule, deleteCoverageRule, updateCoverageRule } from "@/lib/coverage/mutations";
import { getCoverageMatrix, listCoverageRules } from "@/lib/coverage/queries";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { checkSummit } from "@/lib/scheduling";
import { buildAgencyFixture, DAY, type AgencyFixture } from "./agency-fixture";
import { resetDatabase, testDb } from "./helpers";

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
    const { id } = await createCoverageRule(db, fx.actors.planner, fx.summit.id, headEscort);
    expect(await db.coverageRule.findUniqueOrThrow({ where: { id } })).toMatchObject({ target: "MOVEMENT", itemKind: null, venueId: null, requiredType: "ESCORT" });
    expect(await db.auditEntry.count({ where: { entity: "CoverageRule", entityId: id, action: "create" } })).toBe(1);
    await expect(createCoverageRule(db, fx.actors.police, fx.summit.id, headEscort)).rejects.toBeInstanceOf(NotFoundError);
    await expect(listCoverageRules(db, fx.actors.police, fx.summit.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.coverageRule.count()).toBe(1);
  });

  it("refuses a venue of another summit and filters that do not fit the target, writing nothing", async () => {
    const before = await db.coverageRule.count();
    const foreign = { target: "ITEM" as const, venueId: fx.other.venue.id, requiredType: "SECURITY_PERIMETER" as const, description: "x" };
    const error = await createCoverageRule(db, fx.actors.planner, fx.summit.id, foreign).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors).toHaveProperty("venueId");
    await expect(createCoverageRule(db, fx.actors.planner, fx.summit.id, { ...headEscort, itemKind: "PLENARY" })).rejects.toThrow();
    expect(await db.coverageRule.count()).toBe(before);
  });

  it("edits and deletes a rule, audited", async () => {
    const { id } = await createCoverageRule(db, fx.actors.planner, fx.summit.id, { ...headEscort, requiredType: "MEDICAL", description: "temp" });
    await updateCoverageRule(db, fx.actors.planner, fx.summit.id, { id, ...headEscort, requiredType: "LIAISON", description: "temp 2" });
    expect((await db.coverageRule.findUniqueOrThrow({ where: { id } })).requiredType).toBe("LIAISON");
    await deleteCoverageRule(db, fx.actors.planner, fx.summit.id, { id });
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
    expect(matrix.rows[1].cells.ESCORT).toEqual({ required: true, tasks: [{ id: fx.tasks.escort.id, agency: "Police", status: "PLANNED" }] });
    expect(matrix.rows[1]).toMatchObject({ label: "Transfer · Belgium", place: "Forum → Palace" });
    expect(matrix).toMatchObject({ requirementCount: 2, gapCount: 1 });
  });

  it("a coordinator marking the escort done shows in the planner's matrix", async () => {
    const task = await db.agencyTask.findUniqueOrThrow({ where: { id: fx.tasks.escort.id } });
    await updateTaskStatus(db, fx.actors.police, { id: task.id, version: task.version, status: "DONE" });
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

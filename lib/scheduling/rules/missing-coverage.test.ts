import { describe, expect, it } from "vitest";
import { conflictText } from "@/lib/i18n";

import { checkSummit } from "../check-summit";
import { baseSnapshot, item } from "../test-fixtures";
import type { ConflictRule } from "../types";
import { missingCoverageConflict } from "./missing-coverage";

// Stand-in for the agency feature: royal dinners need a police perimeter and a KMar escort.
const coverageRule: ConflictRule = (ctx) =>
  ctx.items
    .filter((i) => i.kind === "ROYAL_DINNER")
    .flatMap((i) => [
      missingCoverageConflict(ctx, i, { id: "police:perimeter", label: "police security perimeter" }, "hard"),
      missingCoverageConflict(ctx, i, { id: "kmar:escort", label: "KMar escort" }),
    ]);

describe("missingCoverageConflict via extraRules", () => {
  const dinner = item({ id: "dinner", title: "Royal dinner", kind: "ROYAL_DINNER", day: "2025-06-24", from: "19:30", to: "22:00" });

  it("adds MISSING_COVERAGE conflicts with one stable id per requirement", () => {
    const conflicts = checkSummit(baseSnapshot({ items: [dinner] }), { extraRules: [coverageRule] });
    expect(conflicts).toEqual([
      {
        id: "MISSING_COVERAGE|dinner|requirement=kmar:escort",
        type: "MISSING_COVERAGE",
        severity: "warning",
        itemIds: ["dinner"],
        message: "Royal dinner (19:30–22:00) has no KMar escort coverage",
        phrase: expect.objectContaining({ key: "itemShortfall" }),
      },
      {
        id: "MISSING_COVERAGE|dinner|requirement=police:perimeter",
        type: "MISSING_COVERAGE",
        severity: "hard",
        itemIds: ["dinner"],
        message: "Royal dinner (19:30–22:00) has no police security perimeter coverage",
        phrase: expect.objectContaining({ key: "itemShortfall" }),
      },
    ]);
  });

  it("says what is missing in the reader's language, the English unchanged", () => {
    const [escort] = checkSummit(baseSnapshot({ items: [dinner] }), { extraRules: [coverageRule] });
    expect(conflictText(escort, "en").text).toBe("Royal dinner (19:30–22:00) has no KMar escort coverage");
    expect(conflictText(escort, "nl")).toEqual({ text: "Royal dinner (19:30–22:00) heeft geen dekking voor KMar escort" });
  });

  it("is not produced without the extra rule", () => {
    expect(checkSummit(baseSnapshot({ items: [dinner] }))).toEqual([]);
  });

  it("never reports a cancelled item, even from a rule that reads the raw snapshot", () => {
    const careless: ConflictRule = (ctx) =>
      ctx.snapshot.items.map((i) => missingCoverageConflict(ctx, i, { id: "police", label: "police" }));
    const cancelled = { ...dinner, status: "CANCELLED" as const };
    expect(checkSummit(baseSnapshot({ items: [cancelled] }), { extraRules: [careless] })).toEqual([]);
  });
});

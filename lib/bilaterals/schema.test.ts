import { describe, expect, it } from "vitest";
import { findSlotsSchema, requestBilateralSchema } from "./schema";

const valid = {
  requesterDelegationId: "ua",
  counterpartDelegationIds: ["us"],
  level: "PRINCIPAL",
  durationMinutes: 45,
  preferredDays: ["2025-06-24"],
  notes: "  Energy security  ",
} as const;

function errorsOf(input: unknown): Record<string, string> {
  const r = requestBilateralSchema.safeParse(input);
  if (r.success) return {};
  return Object.fromEntries(r.error.issues.map((i) => [i.path.join("."), i.message]));
}

describe("bilateral request schema", () => {
  it("accepts a valid request, trimming notes and sorting ids", () => {
    const r = requestBilateralSchema.parse({ ...valid, counterpartDelegationIds: ["us", "gb", "us"] });
    expect(r.notes).toBe("Energy security");
    expect(r.counterpartDelegationIds).toEqual(["gb", "us"]);
    expect(requestBilateralSchema.parse({ ...valid, notes: "" }).notes).toBeNull();
  });

  it("refuses a bilateral with one's own delegation only", () => {
    expect(errorsOf({ ...valid, counterpartDelegationIds: ["ua"] })).toEqual({
      counterpartDelegationIds: "A bilateral is with other delegations: do not choose your own.",
    });
    expect(errorsOf({ ...valid, counterpartDelegationIds: [] })).toEqual({ counterpartDelegationIds: "Choose at least one other delegation." });
  });

  it("refuses a duration of zero, below zero, fractional or longer than a day", () => {
    expect(errorsOf({ ...valid, durationMinutes: 0 })).toEqual({ durationMinutes: "The meeting must last at least 1 minute." });
    expect(errorsOf({ ...valid, durationMinutes: -30 })).toEqual({ durationMinutes: "The meeting must last at least 1 minute." });
    expect(errorsOf({ ...valid, durationMinutes: 1441 })).toEqual({ durationMinutes: "A bilateral cannot last longer than a day (1440 minutes)." });
    expect(errorsOf({ ...valid, durationMinutes: 30.5 })).toEqual({ durationMinutes: "Use whole minutes." });
    expect(errorsOf({ ...valid, durationMinutes: Number.NaN })).toEqual({ durationMinutes: "Enter the length in minutes." });
    expect(errorsOf({ ...valid, durationMinutes: 1440 })).toEqual({});
  });

  it("refuses days that are not dates and an unknown level", () => {
    expect(errorsOf({ ...valid, preferredDays: ["2025-06-31"] })).toEqual({ "preferredDays.0": "Use a date like 2025-06-24." });
    expect(errorsOf({ ...valid, level: "SHERPA" })).toEqual({ level: "Choose principals or ministers." });
  });
});

describe("slot search schema", () => {
  it("needs a day for a time range and an end after the start", () => {
    expect(findSlotsSchema.safeParse({ id: "x", from: "10:00" }).success).toBe(false);
    expect(findSlotsSchema.safeParse({ id: "x", day: "2025-06-24", from: "14:00", until: "13:00" }).success).toBe(false);
    expect(findSlotsSchema.parse({ id: "x", day: "", venueId: "", from: "" })).toEqual({ id: "x", limit: 8 });
  });
});

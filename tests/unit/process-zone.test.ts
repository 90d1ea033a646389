import { describe, expect, it } from "vitest";

// The unit project's own setting (tests/unit/setup-zone.ts), not the npm script's: an editor's
// test runner gets it too.
describe("unit tests' process time zone", () => {
  it("is Kathmandu's (+05:45)", () => {
    // ICU may report the zone by its older spelling.
    expect(["Asia/Kathmandu", "Asia/Katmandu"]).toContain(Intl.DateTimeFormat().resolvedOptions().timeZone);
    expect(new Date("2025-06-24T00:00:00Z").getTimezoneOffset()).toBe(-345);
  });
});

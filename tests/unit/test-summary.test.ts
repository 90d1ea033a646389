// The closing lines of `npm test` (scripts/test.mjs): a suite that never reported, or ended in an
// error without a failing test, must show in the failed count and the exit code.
import { describe, expect, it } from "vitest";
import { playwrightCounts, summarize, vitestCounts, type VitestReport } from "../../scripts/lib/test-summary.mjs";

const unitReport: VitestReport = { numPassedTests: 377, numFailedTests: 0, numPendingTests: 0, numTodoTests: 0, success: true, testResults: [] };
// What vitest writes when its global setup throws (the database could not be created): no tests at all.
const setupFailedReport: VitestReport = { numPassedTests: 0, numFailedTests: 0, numPendingTests: 0, numTodoTests: 0, success: false, testResults: [] };

describe("npm test's closing lines", () => {
  it("all green: every suite reported and none failed", () => {
    const summary = summarize([
      { name: "unit", ok: true, counts: vitestCounts(unitReport) },
      { name: "integration", ok: true, counts: { passed: 120, failed: 0, skipped: 2 } },
      { name: "e2e", ok: true, counts: playwrightCounts({ stats: { expected: 40, unexpected: 0, flaky: 1, skipped: 0 }, errors: [] }) },
    ]);
    expect(summary.lines).toEqual(["All suites passed", "538 passed, 0 failed, 2 skipped"]);
    expect(summary.exitCode).toBe(0);
  });

  it("counts a suite whose setup failed (empty report) and one that crashed before reporting as failed", () => {
    const summary = summarize([
      { name: "unit", ok: true, counts: vitestCounts(unitReport) },
      { name: "integration", ok: false, counts: vitestCounts(setupFailedReport) },
      { name: "e2e", ok: false, counts: null },
    ]);
    expect(summary.lines).toEqual(["Failed: integration (did not run), e2e (did not run)", "377 passed, 2 failed"]);
    expect(summary.totals).toEqual({ passed: 377, failed: 2, skipped: 0 });
    expect(summary.exitCode).toBe(1);
  });

  it("adds failing tests and test files that failed to load", () => {
    const report: VitestReport = {
      numPassedTests: 10, numFailedTests: 1, numPendingTests: 0, numTodoTests: 0, success: false,
      testResults: [
        { name: "a.test.ts", status: "failed", assertionResults: [{ status: "passed" }, { status: "failed" }] },
        { name: "b.test.ts", status: "failed", assertionResults: [] },
      ],
    };
    const summary = summarize([{ name: "integration", ok: false, counts: vitestCounts(report) }]);
    expect(summary.lines).toEqual(["Failed: integration", "10 passed, 2 failed"]);
    expect(summary.exitCode).toBe(1);
  });

  it("counts Playwright errors outside any test (a web server that did not start) as failed", () => {
    const report = { stats: { expected: 0, unexpected: 0, flaky: 0, skipped: 0 }, errors: [{ message: "Timed out waiting for the web server" }] };
    const summary = summarize([{ name: "e2e", ok: false, counts: playwrightCounts(report) }]);
    expect(summary.lines).toEqual(["Failed: e2e (did not run)", "0 passed, 1 failed"]);
    expect(summary.exitCode).toBe(1);
  });

  it("a suite that ended in an error though every test passed still fails, once", () => {
    const summary = summarize([{ name: "unit", ok: false, counts: vitestCounts(unitReport) }]);
    expect(summary.lines).toEqual(["Failed: unit", "377 passed, 1 failed"]);
    expect(summary.exitCode).toBe(1);
  });

  it("says which suites were left out on purpose", () => {
    const summary = summarize([{ name: "unit", ok: true, counts: vitestCounts(unitReport) }], { notRun: ["e2e"] });
    expect(summary.lines).toEqual(["All suites passed (not run: e2e)", "377 passed, 0 failed"]);
    expect(summary.exitCode).toBe(0);
  });
});

// The closing lines of `npm test`, from each suite's result: pure, so the sums are unit-tested
// (tests/unit/test-summary.test.ts). A suite counts as failed in the totals, not only in the
// "Failed:" line, when it could not start, never reported, or ended in an error that no failing
// test accounts for: "377 passed, 0 failed" must mean every suite ran.

/** Counts from a vitest JSON report: a test file that failed to load counts as one failure. */
export function vitestCounts(report) {
  const unloaded = (report.testResults ?? []).filter(
    (file) => file.status === "failed" && !(file.assertionResults ?? []).some((test) => test.status === "failed"),
  ).length;
  const skipped = report.numPendingTests + report.numTodoTests;
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests + unloaded,
    skipped,
    tests: report.numPassedTests + report.numFailedTests + skipped,
  };
}

/** Counts from a Playwright JSON report: an error outside any test (web server, global setup) counts as a failure. */
export function playwrightCounts(report) {
  const { expected, unexpected, flaky, skipped } = report.stats;
  return { passed: expected + flaky, failed: unexpected + (report.errors?.length ?? 0), skipped, tests: expected + unexpected + flaky + skipped };
}

/**
 * The closing lines and exit code. Each suite: its name, whether its command succeeded, and its
 * counts (null when it wrote no report). `notRun` names suites left out on purpose (--skip-e2e).
 */
export function summarize(suites, { notRun = [] } = {}) {
  const totals = { passed: 0, failed: 0, skipped: 0 };
  const failures = [];
  for (const suite of suites) {
    const counts = suite.counts ?? { passed: 0, failed: 0, skipped: 0, tests: 0 };
    const tests = counts.tests ?? counts.passed + counts.failed + counts.skipped;
    const ranNothing = !suite.counts || tests === 0;
    totals.passed += counts.passed;
    totals.skipped += counts.skipped;
    // A suite that failed with no failure counted (setup error, crash, no report) is one failure.
    totals.failed += suite.ok && suite.counts ? counts.failed : Math.max(counts.failed, 1);
    if (!suite.ok || !suite.counts || counts.failed > 0) failures.push(ranNothing ? `${suite.name} (did not run)` : suite.name);
  }
  const left = notRun.length ? ` (not run: ${notRun.join(", ")})` : "";
  const lines = [
    failures.length ? `Failed: ${failures.join(", ")}${left}` : `All suites passed${left}`,
    `${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ""}`,
  ];
  return { lines, totals, exitCode: failures.length ? 1 : 0 };
}

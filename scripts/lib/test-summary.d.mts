/** `tests`: how many tests reported at all (0 means the suite ran nothing). */
export type SuiteCounts = { passed: number; failed: number; skipped: number; tests?: number };
export type SuiteResult = { name: string; ok: boolean; counts: SuiteCounts | null };
export type VitestReport = {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  success?: boolean;
  testResults?: { name: string; status: string; assertionResults?: { status: string }[] }[];
};
export type PlaywrightReport = { stats: { expected: number; unexpected: number; flaky: number; skipped: number }; errors?: unknown[] };
export function vitestCounts(report: VitestReport): SuiteCounts;
export function playwrightCounts(report: PlaywrightReport): SuiteCounts;
export function summarize(suites: SuiteResult[], options?: { notRun?: string[] }): { lines: string[]; totals: Omit<SuiteCounts, "tests">; exitCode: 0 | 1 };

// Exports: the PDF of a 500-item day programme and the iCalendar feed of 1,000 items. The
// renderers are pure (lib/exports), so they are timed on documents of exactly that many entries
// (and a tenth of it, for the growth exponent); the baseline is the raw SQL fetch of the same
// rows. The scoped loads behind them (the export's and the feed's own queries) are timed too.
import { loadFeedDocument } from "@/lib/calendar-feed/feed";
import type { Db } from "@/lib/db";
import { loadProgrammeExport, renderIcs, renderPdf, type ExportDocument } from "@/lib/exports";

import { plannerActor } from "./actors";
import { BENCH_DAYS, type BenchSummit } from "./generate";
import { timing, type BenchResults } from "./results";
import type { RawSql } from "./sql";
import { growthExponent, interleaved, repeat, type RepeatOptions, type Summary } from "./stats";

const SLOW: RepeatOptions = { warmup: 1, minRuns: 3, maxRuns: 7, minTotalMs: 3_000 };
const FAST: RepeatOptions = { warmup: 2, minRuns: 5, maxRuns: 30, minTotalMs: 500 };

interface Case {
  name: string;
  doc: ExportDocument;
  sizes: readonly [number, number];
  render: (doc: ExportDocument) => unknown;
  runs: RepeatOptions;
  target: string;
  limitMs: number;
}

async function measureCase(c: Case, summit: BenchSummit, sql: RawSql, results: BenchResults): Promise<void> {
  const measured: { n: number; value: Summary }[] = [];
  for (const size of c.sizes) {
    const entries = c.doc.entries.slice(0, size);
    if (measured.length > 0 && entries.length <= measured[measured.length - 1].n) continue;
    const doc = { ...c.doc, entries };
    const ids = entries.map((e) => e.id);
    const [sqlTime, value] = await interleaved([() => sql.itemsById(ids), () => c.render(doc)], c.runs);
    measured.push({ n: entries.length, value });
    const full = size === c.sizes[1];
    results.timings.push(
      timing({
        section: "exports",
        name: `${c.name}, ${entries.length} items (render)`,
        scale: summit.label,
        n: entries.length,
        value,
        baseline: { name: "raw SQL of the same rows", value: sqlTime },
        ...(full ? { target: c.target, met: entries.length >= size ? value.median + sqlTime.median < c.limitMs : null } : {}),
        note: entries.length < size ? `only ${entries.length} items at this scale` : undefined,
      }),
    );
  }
  const [a, b] = measured;
  if (a && b && a.n > 0 && b.n > a.n) {
    const exponent = growthExponent(a.n, a.value.median, b.n, b.value.median);
    results.growth.push({ name: `${c.name} (render)`, from: `${a.n} items`, to: `${b.n} items`, nFrom: a.n, nTo: b.n, exponent, target: "≤ 1.2", met: exponent <= 1.2 });
  }
}

export async function benchExports(db: Db, sql: RawSql, summit: BenchSummit, results: BenchResults): Promise<void> {
  const day = BENCH_DAYS[0];
  const programme = () => loadProgrammeExport(db, plannerActor, { day });
  const feed = () => loadFeedDocument(db, plannerActor);
  const programmeDoc = await programme();
  const feedDoc = await feed();
  results.timings.push(
    timing({ section: "exports", name: "day programme export: scoped load", scale: summit.label, n: programmeDoc.entries.length, value: await repeat(programme, SLOW) }),
    timing({ section: "exports", name: "planner's calendar feed: scoped load", scale: summit.label, n: feedDoc.entries.length, value: await repeat(feed, SLOW) }),
  );
  await measureCase(
    { name: "PDF day programme", doc: programmeDoc, sizes: [50, 500], render: (d) => renderPdf(d, { lang: "en" }), runs: SLOW, target: "< 2 s (SQL + render)", limitMs: 2_000 },
    summit,
    sql,
    results,
  );
  await measureCase(
    { name: "iCalendar feed", doc: feedDoc, sizes: [100, 1_000], render: (d) => renderIcs(d, { lang: "en" }), runs: FAST, target: "< 300 ms (SQL + render)", limitMs: 300 },
    summit,
    sql,
    results,
  );
}

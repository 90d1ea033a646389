// The terminal table, the JSON file and the README's Performance section, from one results object.
import fs from "node:fs";
import path from "node:path";

import { ROOT } from "./database";
import type { BenchResults } from "./results";
import { fmtMs } from "./stats";

type Cell = string | number;

const verdict = (met: boolean | null | undefined): string => (met === true ? "yes" : met === false ? "MISSED" : "");
const ratio = (r: number | undefined): string => (r === undefined ? "" : r >= 10 ? `${r.toFixed(0)}×` : `${r.toFixed(2)}×`);

export interface Table {
  title: string;
  head: string[];
  rows: Cell[][];
}

export function tables(r: BenchResults): Table[] {
  const out: Table[] = [
    {
      title: "Generated summits",
      head: ["scale", "items", "participations", "members", "delegations", "movements", "tasks", "spaces", "insert", "conflicts found"],
      rows: r.scales.map((s) => [
        s.label, s.rows.items, s.rows.participations, s.rows.members, s.rows.delegations, s.rows.movements, s.rows.tasks, s.rows.spaces,
        `${s.insertSeconds.toFixed(1)} s`, Object.values(s.conflicts).reduce((a, b) => a + b, 0),
      ]),
    },
  ];
  for (const section of ["engine", "pages", "exports", "import"] as const) {
    const rows = r.timings.filter((t) => t.section === section);
    if (rows.length === 0) continue;
    out.push({
      title: { engine: "Conflict engine and slot finder", pages: "Page queries and server time", exports: "Exports", import: "Spreadsheet import" }[section],
      head: ["measurement", "scale", "n", "median", "p25–p75", "min–max", "runs", "baseline", "ratio", "target", "met", "note"],
      rows: rows.map((t) => [
        t.name, t.scale, t.n, fmtMs(t.value.median), `${fmtMs(t.value.p25)}–${fmtMs(t.value.p75)}`, `${fmtMs(t.value.min)}–${fmtMs(t.value.max)}`,
        t.value.runs, t.baseline ? `${fmtMs(t.baseline.value.median)} ${t.baseline.name}` : "", ratio(t.ratio), t.target ?? "", verdict(t.met), t.note ?? "",
      ]),
    });
  }
  if (r.growth.length) {
    out.push({
      title: "Growth exponents (t ∝ n^k)",
      head: ["measurement", "from", "to", "n", "k", "target", "met"],
      rows: r.growth.map((g) => [g.name, g.from, g.to, `${g.nFrom} → ${g.nTo}`, g.exponent.toFixed(2), g.target ?? "", verdict(g.met)]),
    });
  }
  // One connection: the pages requested one at a time, for the event-loop delay of one request's work.
  const paced = r.http.filter((h) => h.connections === 1);
  if (paced.length) {
    out.push({
      title: "Event-loop delay, one request at a time (autocannon, 1 connection)",
      head: ["route", "scale", "run", "requests", "p50", "p99", "loop delay p99", "loop delay max", "target", "met"],
      rows: paced.map((h) => [
        h.route, h.scale, `${Math.round(h.seconds)} s`, h.requests, fmtMs(h.p50), fmtMs(h.p99),
        fmtMs(h.loopDelayP99 ?? Number.NaN), fmtMs(h.loopDelayMax ?? Number.NaN), h.target ?? "", verdict(h.met),
      ]),
    });
  }
  const loaded = r.http.filter((h) => h.connections > 1);
  if (loaded.length) {
    out.push({
      title: "HTTP load (autocannon)",
      head: ["route", "scale", "connections", "run", "req/s", "req/s ÷ floor", "p50", "p95", "p95 ÷ p50", "p99", "failed", "p95 ÷ trivial", "target", "met", "loop delay p99", "loop delay max"],
      rows: loaded.map((h) => [
        h.route, h.scale, h.connections, `${Math.round(h.seconds)} s`, h.rps.toFixed(1), h.rpsVsFloor === undefined ? "" : `${Math.round(h.rpsVsFloor * 100)} %`,
        fmtMs(h.p50), fmtMs(h.p95), ratio(h.p50 > 0 ? h.p95 / h.p50 : undefined), fmtMs(h.p99), h.failures, ratio(h.p95VsTrivial), h.target ?? "", verdict(h.met),
        fmtMs(h.loopDelayP99 ?? Number.NaN), fmtMs(h.loopDelayMax ?? Number.NaN),
      ]),
    });
  }
  for (const run of r.isolation) {
    const pdfs = run.pdfs;
    out.push({
      title: `PDF isolation at ${run.scale}: paced requests, idle and while ${run.concurrentPdfs} PDFs of ${run.pdfItems} items render (${run.seconds} s each)`,
      head: ["measurement", "idle", "while PDFs render", "ratio", "target", "met", "note"],
      rows: [
        ...run.routes.map((x) => [
          `${x.route} p95`, fmtMs(x.idle.p95), fmtMs(x.loaded.p95), ratio(x.ratio), x.target, verdict(x.met),
          `${x.path} at ${x.perSecond}/s; p99 ${fmtMs(x.idle.p99)} → ${fmtMs(x.loaded.p99)}, max ${fmtMs(x.idle.max)} → ${fmtMs(x.loaded.max)}; ${x.loaded.requests} answered, ${x.idle.failures + x.loaded.failures} failed`,
        ]),
        [
          "event-loop delay p99", fmtMs(run.loopDelay.idle.p99), fmtMs(run.loopDelay.loaded.p99), "", run.loopDelay.target, verdict(run.loopDelay.met),
          `max ${fmtMs(run.loopDelay.idle.max)} → ${fmtMs(run.loopDelay.loaded.max)} (beyond the 10 ms sampling interval)`,
        ],
        [
          "PDFs made", "", `${pdfs.completed}, p50 ${fmtMs(pdfs.p50)}`, "", "", "",
          `slowest ${fmtMs(pdfs.max)}; ${pdfs.refused} refused (503), ${pdfs.failures} failed; server peak RSS ${run.peakRssMb} MB`,
        ],
      ],
    });
  }
  if (r.livePush) {
    const f = r.livePush;
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
    out.push({
      title: `Live push fan-out: ${f.streams} open streams on two instances, ${f.changes} changes`,
      head: ["measurement", "value", "spread", "baseline", "ratio", "target", "met", "note"],
      rows: [
        [
          "commit (COMMIT answered) to event, p95 over every stream", fmtMs(f.delivery.p95), `p50 ${fmtMs(f.delivery.p50)}, max ${fmtMs(f.delivery.max)}, ${f.delivery.samples} events`,
          `${fmtMs(f.roundTrip.median)} bare LISTEN/NOTIFY round trip (median)`, ratio(f.ratioP95), "p95 ≤ 20× round trip", verdict(f.met.latency),
          `missed ${f.missed}; medians: planners ${fmtMs(f.medians.staff)}, liaisons ${fmtMs(f.medians.liaisons)}; instances ${fmtMs(f.instances.first)} and ${fmtMs(f.instances.second)}; ` +
            `each event after a bare listener heard the same commit ${fmtMs(f.appShare.median)} (max ${fmtMs(f.appShare.max)})`,
        ],
        [
          "COMMIT sent to event (the commit's flush included), p95", fmtMs(f.fromSent.p95), `p50 ${fmtMs(f.fromSent.p50)}, max ${fmtMs(f.fromSent.max)}`,
          `${fmtMs(f.roundTrip.median)} bare LISTEN/NOTIFY round trip (median)`, ratio(f.fromSent.p95 / f.roundTrip.median), "", "",
          `COMMIT sent to answered (the commit record's flush) ${fmtMs(f.flush.median)} median, max ${fmtMs(f.flush.max)}; to a bare listener ${fmtMs(f.commitToListener.median)} median`,
        ],
        [
          "memory per idle stream (both instances' RSS, slope 0 → 200 streams)", kb(f.bytesPerStream.rss), `heap ${kb(f.bytesPerStream.heap)}`, "", "", "≤ 50 KB", verdict(f.met.memory),
          `RSS at ${(f.memory ?? []).map((p) => `${p.n}: ${(p.rss / 1048576).toFixed(1)} MB`).join(", ")}`,
        ],
      ],
    });
  }
  if (r.memory.length) {
    out.push({
      title: "Server memory",
      head: ["scale", "RSS when started", "peak RSS (process tree)", "VmHWM (largest process)", "target", "met"],
      rows: r.memory.map((m) => [m.scale, `${m.idleRssMb} MB`, `${m.peakRssMb} MB`, `${m.hwmMb} MB`, m.target ?? "", verdict(m.met)]),
    });
  }
  return out;
}

export function printTables(r: BenchResults): void {
  for (const t of tables(r)) {
    const widths = t.head.map((h, i) => Math.max(h.length, ...t.rows.map((row) => String(row[i]).length)));
    const line = (cells: Cell[]) => cells.map((c, i) => (typeof c === "number" ? String(c).padStart(widths[i]) : String(c).padEnd(widths[i]))).join("  ").trimEnd();
    console.log(`\n${t.title}\n${line(t.head)}\n${widths.map((w) => "─".repeat(w)).join("  ")}`);
    for (const row of t.rows) console.log(line(row));
  }
  if (r.notMeasured.length) console.log(`\nNot measured:\n${r.notMeasured.map((m) => `  - ${m}`).join("\n")}`);
}

export function writeJson(r: BenchResults, output: string): string {
  const file = path.join(ROOT, output);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(r, null, 2)}\n`);
  return file;
}

/** A table as Markdown, without the min–max column (it stays in the JSON). */
function markdown(t: Table): string {
  const keep = t.head.map((h, i) => (h === "min–max" ? -1 : i)).filter((i) => i >= 0);
  const esc = (c: Cell) => String(c).replace(/\|/g, "\\|");
  const line = (cells: Cell[]) => `| ${keep.map((i) => esc(cells[i])).join(" | ")} |`;
  return [`**${t.title}**`, "", line(t.head), `|${keep.map(() => "---").join("|")}|`, ...t.rows.map(line)].join("\n");
}

const START = "<!-- bench:results:start (written by npm run bench) -->";
const END = "<!-- bench:results:end -->";

/**
 * Rewrites the figures between the markers in the README's "## Performance" section; the prose
 * around them is written by hand. Without the markers, the section is appended with `intro`.
 */
export function updateReadme(r: BenchResults, intro: string, output: string): void {
  const file = path.join(ROOT, "README.md");
  const readme = fs.readFileSync(file, "utf8");
  const m = r.machine;
  const figures = [
    START,
    `Last run: ${r.date.slice(0, 10)}, ${m.cpuModel} (${m.cpus} CPUs), ${m.memoryGb} GB RAM, ${m.os}, Node.js ${m.node}; ` +
      `database: ${r.database}; ${Math.round(r.durationSeconds)} s in all. Times are medians; the spread of every figure ` +
      `is in \`${output}\`.`,
    "",
    ...tables(r).flatMap((t) => [markdown(t), ""]),
    ...(r.notMeasured.length ? ["Not measured:", "", ...r.notMeasured.map((n) => `- ${n}`), ""] : []),
    END,
  ].join("\n");
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  const updated =
    start >= 0 && end > start
      ? `${readme.slice(0, start)}${figures}${readme.slice(end + END.length)}`
      : `${readme.trimEnd()}\n\n## Performance\n\n${intro.trim()}\n\n${figures}\n`;
  fs.writeFileSync(file, updated);
}

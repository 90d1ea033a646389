// Spreadsheet imports: a 6,000-member workbook and a 500-movement workbook (250 delegations, each
// landing and leaving), each read (parse), previewed (plan against the database) and applied (the
// whole transaction: plan again, writes, audit entries, the conflict guard for movements), against
// inserting the same rows with one multi-row SQL statement in the same run. The issue's target:
// preview + apply within 10× of that insert. Every run starts from the same data: what a run
// wrote is deleted before the next.
import ExcelJS from "exceljs";

import type { Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/db";
import { detectLayout, sourceRows } from "@/lib/import/layout";
import type { ImportSummit } from "@/lib/import/kinds/types";
import { applyWorkbook } from "@/lib/import/mutations";
import { planWorkbook } from "@/lib/import/queries";
import { readWorkbook } from "@/lib/import/workbook";

import { plannerActor } from "./actors";
import { BENCH_DAYS, BENCH_TIME_ZONE, type BenchSummit } from "./generate";
import { timing, type BenchResults } from "./results";
import { summarize, type Summary } from "./stats";

const ACTOR: Actor = { ...plannerActor, name: "Bench importer" };
const RUNS = { warmup: 1, runs: 5 };

type Case = {
  name: string;
  rows: number;
  workbook: Uint8Array;
  /** The same rows, inserted by one statement. */
  insert: () => Promise<unknown>;
  /** Back to the state before a run: the rows and audit entries the run wrote removed. */
  reset: () => Promise<unknown>;
};

async function xlsx(rows: unknown[][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Import");
  for (const row of rows) ws.addRow(row);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** One INSERT … VALUES (…), (…) with every row's values as parameters. */
function multiRowInsert(db: Db, table: string, columns: readonly string[], rows: readonly unknown[][]) {
  const values = rows.map((_, r) => `(${columns.map((__, c) => `$${r * columns.length + c + 1}`).join(", ")})`).join(", ");
  return db.$executeRawUnsafe(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES ${values}`, ...rows.flat());
}

const pick = <T>(list: readonly T[], i: number): T => list[i % list.length];

async function membersCase(db: Db, summitId: string): Promise<Case> {
  const delegations = await db.delegation.findMany({ where: { summitId }, select: { id: true, code: true }, orderBy: { code: "asc" } });
  const n = 6_000;
  const rows = Array.from({ length: n }, (_, i) => ({ delegation: pick(delegations, i), title: `Bench import officer ${i + 1}`, precedence: 200 + (i % 700) }));
  const workbook = await xlsx([["Delegation", "Function", "Title", "Name", "Precedence"], ...rows.map((r) => [r.delegation.code, "Security", r.title, null, r.precedence])]);
  const now = new Date();
  return {
    name: "6,000-member workbook",
    rows: n,
    workbook,
    insert: () => multiRowInsert(db, "Member", ["id", "delegationId", "title", "function", "precedence", "updatedAt"], rows.map((r, i) => [`bench-import-member-${i}`, r.delegation.id, r.title, "SECURITY", r.precedence, now])),
    reset: async () => {
      await db.member.deleteMany({ where: { title: { startsWith: "Bench import officer " } } });
      await db.auditEntry.deleteMany({ where: { actorName: ACTOR.name } });
    },
  };
}

async function movementsCase(db: Db, summitId: string): Promise<Case> {
  // 250 delegations of their own, so each of the 500 rows is an arrival or departure of its own.
  const parties = Array.from({ length: 250 }, (_, i) => ({ id: `bench-import-deleg-${i}`, code: `BI${String(i).padStart(3, "0")}`, name: `Bench import delegation ${i}` }));
  await db.delegation.createMany({ data: parties.map((p) => ({ ...p, summitId, kind: "PARTNER" as const })), skipDuplicates: true });
  const airports = await db.venue.findMany({ where: { summitId }, select: { id: true, name: true }, orderBy: { name: "asc" }, take: 2 });
  const rows = parties.flatMap((p, i) => [
    { delegation: p, kind: "ARRIVAL" as const, venue: pick(airports, i), day: BENCH_DAYS[0], time: `0${5 + (i % 3)}:${String(i % 60).padStart(2, "0")}` },
    { delegation: p, kind: "DEPARTURE" as const, venue: pick(airports, i + 1), day: BENCH_DAYS[1], time: `2${1 + (i % 3)}:${String(i % 60).padStart(2, "0")}` },
  ]);
  const workbook = await xlsx([
    ["Delegation", "Direction", "Airport", "Flight", "Date", "Time", "Party size"],
    ...rows.map((r, i) => [r.delegation.code, r.kind === "ARRIVAL" ? "Arrival" : "Departure", r.venue.name, `BI ${i}`, r.day.split("-").reverse().join("-"), r.time, 10 + (i % 40)]),
  ]);
  const { zonedInstant } = await import("@/lib/time");
  return {
    name: "500-movement workbook",
    rows: rows.length,
    workbook,
    insert: () =>
      multiRowInsert(db, "Movement", ["id", "summitId", "delegationId", "kind", "fromVenueId", "toVenueId", "flight", "startsAt", "partySize"], rows.map((r, i) => [
        `bench-import-movement-${i}`, summitId, r.delegation.id, r.kind, r.kind === "DEPARTURE" ? r.venue.id : null, r.kind === "ARRIVAL" ? r.venue.id : null, `BI ${i}`,
        zonedInstant(r.day, r.time, BENCH_TIME_ZONE), 10 + (i % 40),
      ])),
    reset: async () => {
      await db.movement.deleteMany({ where: { delegationId: { in: parties.map((p) => p.id) } } });
      await db.auditEntry.deleteMany({ where: { actorName: ACTOR.name } });
    },
  };
}

async function time(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

/** Each step of the import, and the insert, in turns: the same background load for all. */
async function measure(db: Db, summit: ImportSummit, c: Case): Promise<Record<"sql" | "parse" | "preview" | "apply", Summary>> {
  const samples = { sql: [] as number[], parse: [] as number[], preview: [] as number[], apply: [] as number[] };
  for (let run = 0; run < RUNS.warmup + RUNS.runs; run++) {
    await c.reset();
    const sql = await time(c.insert);
    await c.reset();
    let workbook = null as Awaited<ReturnType<typeof readWorkbook>> | null;
    let layout = null as ReturnType<typeof detectLayout> | null;
    const parse = await time(async () => {
      workbook = await readWorkbook(c.workbook);
      layout = detectLayout(workbook);
      sourceRows(workbook, layout);
    });
    const preview = await time(async () => {
      const { plan } = await planWorkbook(db, summit, workbook!, layout!, {});
      if (!plan || plan.counts.error > 0 || plan.counts.new !== c.rows) throw new Error(`the ${c.name} did not preview as ${c.rows} new rows`);
    });
    const apply = await time(() => applyWorkbook(db, ACTOR, { summitId: summit.id, workbook: workbook! }));
    if (run < RUNS.warmup) continue;
    samples.sql.push(sql);
    samples.parse.push(parse);
    samples.preview.push(preview);
    samples.apply.push(apply);
  }
  await c.reset();
  return { sql: summarize(samples.sql), parse: summarize(samples.parse), preview: summarize(samples.preview), apply: summarize(samples.apply) };
}

export async function benchImport(db: Db, summit: BenchSummit, results: BenchResults): Promise<void> {
  const target: ImportSummit = { id: summit.summitId, timeZone: BENCH_TIME_ZONE, days: BENCH_DAYS };
  const cases = [await membersCase(db, summit.summitId), await movementsCase(db, summit.summitId)];
  try {
    for (const c of cases) {
      const m = await measure(db, target, c);
      const baseline = { name: "one multi-row INSERT of the same rows (same client)", value: m.sql };
      const both = summarize([m.preview.median + m.apply.median]);
      const ratio = both.median / m.sql.median;
      results.timings.push(
        timing({ section: "import", name: `${c.name}: parse`, scale: summit.label, n: c.rows, value: m.parse }),
        timing({ section: "import", name: `${c.name}: preview`, scale: summit.label, n: c.rows, value: m.preview, baseline }),
        timing({ section: "import", name: `${c.name}: apply`, scale: summit.label, n: c.rows, value: m.apply, baseline }),
        timing({ section: "import", name: `${c.name}: preview + apply (medians)`, scale: summit.label, n: c.rows, value: both, baseline, target: "≤ 10× the insert", met: ratio <= 10 }),
      );
    }
  } finally {
    await db.delegation.deleteMany({ where: { id: { startsWith: "bench-import-deleg-" } } });
    await db.importMapping.deleteMany({ where: { summitId: summit.summitId } });
  }
}

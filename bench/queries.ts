// The queries behind the day-programme and itinerary pages, in process: the Prisma functions the
// pages call, each against the raw SQL fetch of the same rows. The same raw SQL is the baseline
// of the pages' HTTP server times (http.ts).
import { conflictsOfDay } from "@/lib/conflicts/queries";
import type { Db } from "@/lib/db";
import { loadActor } from "@/lib/auth/session";
import { getChangesSinceAck } from "@/lib/itinerary/changes";
import { getItinerary } from "@/lib/itinerary/queries";
import { getDayProgramme } from "@/lib/programme/queries";
import { getCurrentSummit } from "@/lib/summits/queries";
import { dayBounds } from "@/lib/time";

import { liaisonActor, plannerActor } from "./actors";
import { BENCH_DAYS, BENCH_TIME_ZONE, type BenchSummit } from "./generate";
import { timing, type BenchResults } from "./results";
import type { RawSql } from "./sql";
import { interleaved, runsFor } from "./stats";

/** The raw SQL behind each page, to be timed again next to the page itself (http.ts). */
export interface PageBaselines {
  programme: { rows: number; run: () => Promise<unknown> };
  itinerary: { rows: number; run: () => Promise<unknown> };
  /** Everything the itinerary page shows, not only its entries. */
  itineraryPage: { rows: number; run: () => Promise<unknown> };
}

export async function benchQueries(db: Db, sql: RawSql, summit: BenchSummit, results: BenchResults): Promise<PageBaselines> {
  const runs = { ...runsFor(summit.counts.items * 10), minRuns: 10 };
  const { label, summitId } = summit;
  const day = BENCH_DAYS[0];
  const bounds = dayBounds(day, BENCH_TIME_ZONE);
  const { startsAt: start, endsAt: end } = bounds;
  const current = await getCurrentSummit(db, plannerActor);
  if (!current || current.id !== summitId) throw new Error("the bench database serves another summit");

  const programmeRows = await sql.dayProgramme(summitId, start, end);
  const [programmeSql, programmeQuery] = await interleaved(
    [() => sql.dayProgramme(summitId, start, end), () => getDayProgramme(db, plannerActor, current, day)],
    runs,
  );
  results.timings.push(
    timing({ section: "pages", name: "day programme: raw SQL", scale: label, n: programmeRows, value: programmeSql }),
    timing({
      section: "pages",
      name: "day programme: getDayProgramme (Prisma)",
      scale: label,
      n: programmeRows,
      value: programmeQuery,
      baseline: { name: "raw SQL", value: programmeSql },
    }),
  );

  // What the planner's day page reads (app/programme/[day]/page.tsx): the day's items and the day's
  // conflicts from the stored set, against one hand-written fetch of both. The set is made current
  // once first (after the summit was loaded), as any page's first read after a write would.
  await conflictsOfDay(db, summitId, bounds);
  const pageSqlRows = programmeRows + (await sql.dayConflicts(summitId, start, end));
  const [dayPageSql, dayPageReads] = await interleaved(
    [
      () => Promise.all([sql.dayProgramme(summitId, start, end), sql.dayConflicts(summitId, start, end)]),
      () => Promise.all([getDayProgramme(db, plannerActor, current, day), conflictsOfDay(db, summitId, bounds)]),
    ],
    runs,
  );
  results.timings.push(
    timing({ section: "pages", name: "day programme page reads: raw SQL", scale: label, n: pageSqlRows, value: dayPageSql }),
    timing({
      section: "pages",
      name: "day programme page reads: getDayProgramme, conflictsOfDay (stored)",
      scale: label,
      n: pageSqlRows,
      value: dayPageReads,
      baseline: { name: "raw SQL", value: dayPageSql },
      target: "≤ 3× raw SQL",
      met: dayPageReads.median <= 3 * dayPageSql.median,
    }),
  );

  const liaison = liaisonActor(summit);
  const query = { delegationId: summit.itineraryDelegationId };
  const itineraryRows = await sql.itinerary(summitId, summit.itineraryDelegationId);
  const entries = (await getItinerary(db, liaison, query)).entries.length;
  const [itinerarySql, itineraryQuery] = await interleaved(
    [() => sql.itinerary(summitId, summit.itineraryDelegationId), () => getItinerary(db, liaison, query)],
    runs,
  );
  results.timings.push(
    timing({ section: "pages", name: "itinerary: raw SQL", scale: label, n: itineraryRows, value: itinerarySql }),
    timing({
      section: "pages",
      name: "itinerary: getItinerary (Prisma)",
      scale: label,
      n: entries,
      value: itineraryQuery,
      baseline: { name: "raw SQL", value: itinerarySql },
      note: entries === itineraryRows ? undefined : `${entries} entries vs ${itineraryRows} SQL rows`,
    }),
  );

  // The page's reads in full (reader, summit, itinerary, changes) against their raw SQL.
  const pageSql = () => sql.itineraryPage(liaison.userId, summitId, summit.itineraryDelegationId);
  const pageReads = async () => {
    const reader = await loadActor(db, liaison.userId);
    if (!reader) throw new Error("the bench liaison is missing");
    await getCurrentSummit(db, reader);
    return Promise.all([getItinerary(db, reader, query), getChangesSinceAck(db, reader, summit.itineraryDelegationId)]);
  };
  const pageRows = await pageSql();
  const [pageSqlTime, pageReadsTime] = await interleaved([pageSql, pageReads], runs);
  results.timings.push(
    timing({ section: "pages", name: "itinerary page reads: raw SQL", scale: label, n: pageRows, value: pageSqlTime }),
    timing({
      section: "pages",
      name: "itinerary page reads: actor, summit, getItinerary, getChangesSinceAck (Prisma)",
      scale: label,
      n: pageRows,
      value: pageReadsTime,
      baseline: { name: "raw SQL", value: pageSqlTime },
    }),
  );
  return {
    programme: { rows: programmeRows, run: () => sql.dayProgramme(summitId, start, end) },
    itinerary: { rows: itineraryRows, run: () => sql.itinerary(summitId, summit.itineraryDelegationId) },
    itineraryPage: { rows: pageRows, run: pageSql },
  };
}

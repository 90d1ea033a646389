// Conflict engine and slot finder, each against the time of loading their input from PostgreSQL.
import { extraRulesFor } from "@/lib/snapshot/queries";
import { refreshStoredConflicts } from "@/lib/conflict-store/queries";
import { recheckBeforeCommit } from "@/lib/conflict-store/mutations";
import { loadSummitSnapshot } from "@/lib/snapshot/queries";
import type { Db } from "@/lib/db";
import { checkSummit, findSlots, type SlotRequest } from "@/lib/scheduling";

import { summitInstant, type BenchSummit } from "./generate";
import { timing, type BenchResults } from "./results";
import { interleaved, runsFor, summarize } from "./stats";

const CHECK_TARGET = "ratio < 1";
const SLOT_TARGET = "< 200 ms at 1× (load + search)";

export async function benchEngine(db: Db, summit: BenchSummit, n: number, results: BenchResults): Promise<Record<string, number>> {
  const { summitId, label } = summit;
  const runs = runsFor(n);
  // What the conflicts page does (lib/conflicts/queries.ts): snapshot and extra rules together.
  const load = () => Promise.all([loadSummitSnapshot(db, summitId), extraRulesFor(db, summitId)]);
  const [snapshot, extraRules] = await load();
  const conflicts = checkSummit(snapshot, { extraRules });

  // Two principals, 45 minutes, anywhere in the two summit days: the bilateral board's question.
  const request: SlotRequest = {
    memberIds: summit.principalIds,
    durationMinutes: 45,
    earliest: summitInstant(0, 7 * 60),
    latest: summitInstant(1, 23 * 60),
    limit: 5,
  };
  const found = findSlots(snapshot, request);
  const [loadTime, checkTime, slotTime] = await interleaved(
    [load, () => checkSummit(snapshot, { extraRules }), () => findSlots(snapshot, request)],
    { ...runs, settle: true },
  );
  const loadBaseline = { name: "load snapshot from PostgreSQL", value: loadTime };
  results.timings.push(
    timing({ section: "engine", name: "load snapshot (Prisma)", scale: label, n, value: loadTime }),
    timing({
      section: "engine",
      name: "conflict check (checkSummit)",
      scale: label,
      n,
      value: checkTime,
      baseline: loadBaseline,
      target: CHECK_TARGET,
      met: checkTime.median < loadTime.median,
      note: `${conflicts.length} conflicts`,
    }),
  );

  const serverTime = slotTime.median + loadTime.median;
  results.timings.push(
    timing({
      section: "engine",
      name: "slot finder, 2 principals, 2 days (findSlots)",
      scale: label,
      n,
      value: slotTime,
      baseline: loadBaseline,
      target: SLOT_TARGET,
      met: summit.factor === 1 ? serverTime < 200 : null,
      note: `${found.slots.length} slots${found.slots.length === 0 ? `: ${found.explanation[0] ?? ""}` : ""}; load + search ${serverTime.toFixed(1)} ms`,
    }),
  );

  // The stored conflicts after one edit: the write and, last in its transaction as the app's writes
  // do it (recheckBeforeCommit), the re-check that keeps the set current. After an item moves, only
  // what the move can affect is re-checked (lib/conflict-store/internal/incremental.ts); the engine's
  // share of that is timed apart.
  const sequenced = new Set((await db.arrivalSequence.findMany({ where: { summitId }, select: { itemId: true } })).map((s) => s.itemId));
  // The commonest edit of a summit day: a meeting of few delegations moved (a bilateral), not a
  // plenary every delegation attends, whose move touches every principal's day.
  const parties = (i: (typeof snapshot.items)[number]) => i.delegationIds.length + i.memberIds.length;
  const edited = snapshot.items
    .filter((i) => i.status === "CONFIRMED" && !sequenced.has(i.id) && parties(i) > 0)
    .sort((a, b) => parties(a) - parties(b) || (a.id < b.id ? -1 : 1))[0];
  let shift = 1;
  const engineTimes: number[] = [];
  const kinds = new Set<string>();
  const editAndRefresh = async () => {
    shift = -shift;
    const outcome = await db.$transaction(async (tx) => {
      await tx.$executeRaw`UPDATE "ProgrammeItem" SET "startsAt" = "startsAt" + make_interval(mins => ${shift}::int), "endsAt" = "endsAt" + make_interval(mins => ${shift}::int) WHERE id = ${edited.id}`;
      return recheckBeforeCommit(tx, summitId);
    });
    kinds.add(outcome.kind);
    if (outcome.kind === "part") engineTimes.push(outcome.engineMs);
  };
  await refreshStoredConflicts(db, summitId);
  const [editTime] = await interleaved([editAndRefresh], { ...runs, settle: true });
  const engineTime = summarize(engineTimes);
  const partial = kinds.size === 1 && kinds.has("part");
  const fullCheck = { name: "conflict check (checkSummit)", value: checkTime };
  results.timings.push(
    timing({
      section: "engine",
      name: "one edit, re-check of what it affects (engine time)",
      scale: label,
      n,
      value: engineTime,
      baseline: fullCheck,
      target: "< 10 ms",
      met: partial && engineTime.median < 10,
      note: `${edited.title} (${parties(edited)} parties) moved by a minute; ${partial ? "the part of the summit the edit can affect, checked by the same engine" : `re-checked ${[...kinds].join(", ")}`}`,
    }),
    timing({
      section: "engine",
      name: "one edit, stored conflicts current again (write + re-check)",
      scale: label,
      n,
      value: editTime,
      baseline: fullCheck,
      target: "< 50 ms",
      met: editTime.median < 50,
      note: "the write and its partial re-check in one transaction, as the app writes: touched rows, the part's rows, the engine, the replaced conflicts",
    }),
  );

  const byType: Record<string, number> = {};
  for (const c of conflicts) byType[c.type] = (byType[c.type] ?? 0) + 1;
  return byType;
}

// The summit's conflicts, stored in PostgreSQL so that pages read rows instead of loading the
// whole summit and running the engine on every request.
//
// When is the stored set current? Every statement that writes a table the check may read notes
// its transaction in "ConflictChange" (a statement trigger, see the stored_conflicts migration),
// whatever wrote it: the app, an import, a script. A stored set keeps the database snapshot its
// check read; it is current while every noted transaction is visible in that snapshot. The notes
// are the installation's, not a summit's: what a note changed in this summit is in "ConflictTouch"
// (the rows of the tables followed row by row, and the summits of the other tables' rows, 'whole'),
// so another summit's write costs this one a re-check that finds nothing to do.
//
// Who brings it up to date? Every write of the app does, in its own transaction, just before it
// commits (recheckBeforeCommit, through inCheckedTransaction): the programme's, movements',
// tasks', bilaterals', live, arrivals' and import writes re-check only what they can affect
// (incremental.ts), or the whole summit when only that will do (an entrance reordered, an import of
// many rows); the setup writes (venues, spaces, travel times, delegations and members, coverage
// rules, the summit's own settings) change what every check reads and re-check the whole summit;
// a write that creates a summit (a new one, a copy, an archive restored) checks it whole
// (inCheckedCreation). So a write and its conflicts commit together and the next page reads rows.
// This folder sits below every domain that writes (ARCHITECTURE.md) so that each can. Whatever is
// left stale is brought up to date by the first read after it, once for all instances (an advisory
// lock per summit): a writer that could not have the re-check's lock in time, and a write made
// outside the app's writes (a script, SQL by hand).
//
// Why the snapshot rather than a counter: a counter row updated by every write would make all
// writers of the installation wait for each other at commit and could deadlock with their own
// row locks; inserting one row per transaction makes nobody wait.
import type { Db, DbOrTx, Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { checkSummitOrdered, compareOrdered, type Conflict, type OrderedConflict, type SummitSnapshot } from "@/lib/scheduling";
import { extraRulesFor, loadSummitSnapshot } from "@/lib/snapshot/queries";
import type { Span } from "@/lib/time";
import { recheckTouched, type PartOfSummit } from "./incremental";
import { replaceStoredRows, spansOf, storedRows, type Replacement } from "./rows";

/** Namespace of the per-summit advisory lock taken while a summit's set is re-checked. */
const LOCK_NAMESPACE = 73_400_611;
/** Held shared by every re-check, exclusively by the pruning of ConflictChange. */
const PRUNE_LOCK = [73_400_612, 0] as const;

/** A stored set not re-checked for this long is dropped when the notes are pruned (pruneChanges). */
const UNREAD_SET_HOURS = 24;

/** Partial re-checks between two prunings of the notes they have seen (see refreshStoredConflicts). */
const PRUNE_EVERY = 16;
let partsSincePrune = 0;

/**
 * A writer counts the transactions assigned between its snapshot's end and its own as still
 * running; past this many (never, in practice) it leaves its own change to the next reader.
 */
const MAX_XIDS_BETWEEN = 10_000;

/** How long a writer waits for the re-check's locks before leaving its change to the next read. */
const WRITER_LOCK_WAIT_MS = 3_000;

/** A large summit's check takes seconds; readers waiting for it should not give up first. */
const REFRESH_TIMEOUT_MS = 120_000;

const isClient = (db: DbOrTx): db is Db => "$transaction" in db;

/** Whether the summit's stored set was checked after every write the database has committed. */
async function isCurrent(db: DbOrTx, summitId: string): Promise<boolean> {
  const rows = await db.$queryRaw<{ stale: boolean }[]>`
    SELECT EXISTS (
      SELECT 1 FROM "ConflictChange" c
      WHERE c."xid" >= pg_snapshot_xmin(s."snapshot"::pg_snapshot)::text::bigint
        AND NOT pg_visible_in_snapshot(c."xid"::text::xid8, s."snapshot"::pg_snapshot)
    ) AS stale
    FROM "StoredConflictSet" s WHERE s."summitId" = ${summitId}`;
  return rows.length === 1 && !rows[0].stale;
}

/** The whole summit checked, each conflict with its order keys: what the store and its verification compare. */
async function checkWholeSummitOrdered(db: DbOrTx, summitId: string): Promise<{ snapshot: SummitSnapshot; ordered: OrderedConflict[] }> {
  const snapshot = await loadSummitSnapshot(db, summitId);
  return { snapshot, ordered: checkSummitOrdered(snapshot, { extraRules: await extraRulesFor(db, summitId) }) };
}

/** The whole-summit check, as the conflicts page has always run it. */
export async function checkWholeSummit(db: DbOrTx, summitId: string): Promise<{ snapshot: SummitSnapshot; conflicts: Conflict[] }> {
  const { snapshot, ordered } = await checkWholeSummitOrdered(db, summitId);
  return { snapshot, conflicts: ordered.map((k) => k.conflict) };
}

/** Rows read back in the engine's order (sorted here: the database's collation is not the engine's). */
function inEngineOrder<T extends { sortStart: Date | null; typeRank: number; conflict: unknown }>(rows: T[]): T[] {
  const keyed = rows.map((row) => ({ row, conflict: row.conflict as Conflict, start: row.sortStart?.getTime() ?? Number.POSITIVE_INFINITY, rank: row.typeRank }));
  keyed.sort(compareOrdered);
  return keyed.map((k) => k.row);
}

/** Re-check the whole summit inside the caller's locked transaction: every stored conflict gives way to what it finds. */
async function wholeReplacement(tx: Tx, summitId: string): Promise<Replacement> {
  const { snapshot, ordered } = await checkWholeSummitOrdered(tx, summitId);
  return { doomed: Prisma.sql`TRUE`, rows: storedRows(summitId, ordered, snapshot) };
}

export type RefreshOutcome =
  | { kind: "current" }
  | { kind: "whole" }
  | { kind: "part"; part: PartOfSummit; engineMs: number }
  /**
   * A writer's change left to the next read: it could not have the re-check's lock in time, or
   * another's unseen write needs the whole summit re-checked.
   */
  | { kind: "deferred" };

/**
 * Bring the set up to date inside the caller's locked transaction: in part when it can, else
 * whole; nothing when another instance did it while this one waited for the lock.
 */
async function storeCheck(tx: Tx, summitId: string, mode: "read" | "force" | "write" | "create"): Promise<RefreshOutcome> {
  const writing = mode === "write" || mode === "create";
  // One statement: the snapshot this re-check reads in (taken before anything is read, so a write
  // committed while it reads is outside it and the next reader checks that part again), whether
  // the summit has a stored set, and the writes that set has not seen. A writer's own snapshot
  // leaves out its own transaction, which may still count as not yet begun (at or past xmax):
  // `seen` is that snapshot with the writer's own transaction counted in, every transaction
  // between as still running, so the set records the writer's changes as checked.
  const [state] = await tx.$queryRaw<{ taken: string; hasSet: boolean; xids: string[]; whole: boolean; othersWhole: boolean }[]>`
    WITH now AS (SELECT pg_current_snapshot() AS snap, pg_current_xact_id_if_assigned()::text::bigint AS own),
    seen AS (
      SELECT CASE
        WHEN ${writing} AND own IS NOT NULL AND own >= pg_snapshot_xmax(snap)::text::bigint
             AND own - pg_snapshot_xmax(snap)::text::bigint < ${MAX_XIDS_BETWEEN}
        THEN pg_snapshot_xmin(snap)::text || ':' || (own + 1)::text || ':' || COALESCE((
          SELECT string_agg(x::text, ',' ORDER BY x) FROM (
            SELECT x::text::bigint AS x FROM pg_snapshot_xip(snap) x
            UNION SELECT generate_series(pg_snapshot_xmax(snap)::text::bigint, own - 1)) running), '')
        ELSE snap::text END AS taken
      FROM now)
    SELECT (SELECT taken FROM seen) AS taken,
           s."summitId" IS NOT NULL AS "hasSet",
           -- JSON rather than text[], as in part.ts.
           COALESCE(json_agg(c."xid"::text) FILTER (WHERE c."xid" IS NOT NULL), '[]') AS xids,
           COALESCE(bool_or(w.here), false) AS whole,
           COALESCE(bool_or(w.here) FILTER (WHERE c."xid" IS DISTINCT FROM (SELECT own FROM now)), false) AS "othersWhole"
    FROM (SELECT 1) one
    LEFT JOIN "StoredConflictSet" s ON s."summitId" = ${summitId}
    LEFT JOIN "ConflictChange" c ON s."summitId" IS NOT NULL
      -- Every transaction before the snapshot's xmin had ended when it was taken: the bound lets
      -- the primary key skip the notes the set has long seen.
      AND c."xid" >= pg_snapshot_xmin(s."snapshot"::pg_snapshot)::text::bigint
      AND NOT pg_visible_in_snapshot(c."xid"::text::xid8, s."snapshot"::pg_snapshot)
    -- A note needs this summit checked whole when its transaction wrote a table not followed row by
    -- row in this summit, or in a summit it could not name (the whole_notes_name_their_summit
    -- migration): a venue renamed in another summit needs nothing here.
    LEFT JOIN LATERAL (
      SELECT c."full" AND EXISTS (
        SELECT 1 FROM "ConflictTouch" t
        WHERE t."xid" = c."xid" AND t."source" = 'whole' AND (t."summitId" = ${summitId} OR t."summitId" IS NULL)) AS here) w ON c."xid" IS NOT NULL
    GROUP BY s."summitId"`;
  if (mode !== "force" && state.hasSet && state.xids.length === 0) return { kind: "current" };
  let outcome: RefreshOutcome;
  let replacement: Replacement | null;
  const part = mode !== "force" && state.hasSet && !state.whole ? await recheckTouched(tx, summitId, state.xids) : null;
  if (part) ({ replacement, ...outcome } = part);
  // A writer checks the whole summit for a write of its own that needs it (a travel time, a venue,
  // a member, an entrance reordered, an import of many rows). When another's unseen write needs it
  // (a writer that could not have the lock in time, a script's, a TRUNCATE, which names no
  // summit), or the summit has no stored set yet (one nobody had read for a day), whoever reads
  // next pays for it. A summit this very
  // transaction created has no set either, but no other transaction can have written its rows: it
  // is checked whole here. Another's unseen write that needs the whole summit only by what it
  // touched (a script's bulk insert) is checked here, whole: the notes do not say whose touches
  // they are, and such writes are rare.
  else if (mode === "write" && (!state.hasSet || state.othersWhole)) return { kind: "deferred" };
  else {
    outcome = { kind: "whole" };
    replacement = await wholeReplacement(tx, summitId);
  }
  // The snapshot checked, recorded in the statement that stores the conflicts when there are any.
  const checked = Prisma.sql`
    INSERT INTO "StoredConflictSet" ("summitId", "snapshot", "checkedAt") VALUES (${summitId}, ${state.taken}, now())
    ON CONFLICT ("summitId") DO UPDATE SET "snapshot" = EXCLUDED."snapshot", "checkedAt" = EXCLUDED."checkedAt"`;
  if (replacement) await replaceStoredRows(tx, summitId, replacement, checked);
  else await tx.$executeRaw(checked);
  return outcome;
}

/**
 * Forget the transactions every stored set has seen: they can no longer make any set stale. Only
 * while no re-check is under way (each holds the prune lock shared): a re-check's snapshot is not
 * in StoredConflictSet until it commits, and a note it has not seen must outlive it.
 */
async function pruneChanges(db: Db): Promise<void> {
  await db.$transaction(async (tx) => {
    const [{ free }] = await tx.$queryRaw<{ free: boolean }[]>`SELECT pg_try_advisory_xact_lock(${PRUNE_LOCK[0]}::int, ${PRUNE_LOCK[1]}::int) AS free`;
    if (!free) return;
    // A set not re-checked for a day (its summit unread while others were written, or unwritten
    // and so current all along) would keep every summit's notes since: it is dropped with its
    // conflicts instead, and its summit's next read checks it whole, as a new summit's first does.
    await tx.$executeRaw`
      WITH dropped AS (
        DELETE FROM "StoredConflictSet" WHERE "checkedAt" < now() - make_interval(hours => ${UNREAD_SET_HOURS}::int) RETURNING "summitId")
      DELETE FROM "StoredConflict" WHERE "summitId" IN (SELECT "summitId" FROM dropped)`;
    // Compared as bigints (the form the triggers store), so the xid indexes serve the deletes.
    await tx.$executeRaw`
      DELETE FROM "ConflictTouch"
      WHERE "xid" < (SELECT min(pg_snapshot_xmin("snapshot"::pg_snapshot))::text::bigint FROM "StoredConflictSet")`;
    await tx.$executeRaw`
      DELETE FROM "ConflictChange"
      WHERE "xid" < (SELECT min(pg_snapshot_xmin("snapshot"::pg_snapshot))::text::bigint FROM "StoredConflictSet")`;
  });
}

/**
 * Make the summit's stored set current: re-check it unless it already is (or another instance
 * has just done so while this one waited for the lock).
 */
export async function refreshStoredConflicts(db: Db, summitId: string, options: { force?: boolean } = {}): Promise<RefreshOutcome> {
  if (!options.force && (await isCurrent(db, summitId))) return { kind: "current" };
  const outcome = await db.$transaction(
    async (tx): Promise<RefreshOutcome> => {
      await lockForCheck(tx, summitId);
      return storeCheck(tx, summitId, options.force === true ? "force" : "read");
    },
    { timeout: REFRESH_TIMEOUT_MS, maxWait: REFRESH_TIMEOUT_MS },
  );
  await pruneNowAndThen(db, outcome);
  return outcome;
}

/** The locks a re-check holds until its transaction ends: the prune lock shared, the summit's alone. */
async function lockForCheck(tx: Tx, summitId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock_shared(${PRUNE_LOCK[0]}::int, ${PRUNE_LOCK[1]}::int), pg_advisory_xact_lock(${LOCK_NAMESPACE}::int, hashtext(${summitId}))`;
}

/**
 * Housekeeping, not correctness: the notes are pruned after a whole check and after every so many
 * partial ones (a reader's or, once committed, a writer's), rather than costing every edit a
 * transaction of its own.
 */
async function pruneNowAndThen(db: Db, outcome: RefreshOutcome): Promise<void> {
  if (outcome.kind === "whole" || (outcome.kind === "part" && ++partsSincePrune >= PRUNE_EVERY)) {
    partsSincePrune = 0;
    await pruneChanges(db);
  }
}

/**
 * Bring the summit's stored set up to date inside a writing transaction, as its last statement
 * before it commits: the write's own changes and any other committed one the set has not seen,
 * re-checked in part, or whole when only that will do (a travel time, an entrance in protocol
 * order, an import of many rows). Writers of one summit queue here (the summit's re-check lock,
 * held to commit) so each re-checks what the one before it committed. A writer that cannot have
 * the lock in time, or finds another's unseen write that needs the whole summit, leaves its change
 * to the next read ("deferred"): nothing is recorded as seen then. `created`: the transaction
 * created the summit, which is checked whole (see storeCheck).
 */
export async function recheckBeforeCommit(tx: Tx, summitId: string, options: { created?: boolean } = {}): Promise<RefreshOutcome> {
  if (!(await lockForWriterCheck(tx, summitId))) return { kind: "deferred" };
  return storeCheck(tx, summitId, options.created ? "create" : "write");
}

/**
 * The re-check's locks for a writer, waited for at most WRITER_LOCK_WAIT: behind other writers'
 * partial re-checks that is ample, behind a reader's whole-summit check it is not, and then the
 * writer leaves its change to the next read rather than holding its own locks, or failing, for
 * as long as that check takes. A lock not had within the time raises an error, which aborts the
 * transaction unless rolled back to a savepoint: the write before it stays.
 */
async function lockForWriterCheck(tx: Tx, summitId: string): Promise<boolean> {
  // Mostly nobody holds them: one statement takes them then, without the savepoint and the lock
  // wait's setting around them (four round trips more, each a wake-up of both processes). A lock
  // had here stays held to commit even when the wait below runs out: the transaction commits right
  // after that, and a prune only tries for its lock.
  const [{ prune, summit }] = await tx.$queryRaw<{ prune: boolean; summit: boolean }[]>`
    SELECT pg_try_advisory_xact_lock_shared(${PRUNE_LOCK[0]}::int, ${PRUNE_LOCK[1]}::int) AS prune,
           pg_try_advisory_xact_lock(${LOCK_NAMESPACE}::int, hashtext(${summitId})) AS summit`;
  if (prune && summit) return true;
  await tx.$executeRaw`SAVEPOINT conflict_check_lock`;
  try {
    await tx.$executeRaw`SELECT set_config('lock_timeout', ${`${WRITER_LOCK_WAIT_MS}ms`}, true)`;
    await lockForCheck(tx, summitId);
    await tx.$executeRaw`RELEASE SAVEPOINT conflict_check_lock`;
    await tx.$executeRaw`SET LOCAL lock_timeout = DEFAULT`;
    return true;
  } catch (error) {
    if (!isLockTimeout(error)) throw error;
    await tx.$executeRaw`ROLLBACK TO SAVEPOINT conflict_check_lock`;
    return false;
  }
}

/** PostgreSQL's lock_not_available, as Prisma's raw query error reports it. */
const isLockTimeout = (error: unknown): boolean => error instanceof Error && /\b55P03\b/.test(error.message);

/**
 * Run a write of the summit in one transaction whose last step is its conflicts' re-check
 * (recheckBeforeCommit), then prune the notes now and then once it has committed. The re-check
 * may wait for other writers' re-checks: the default time allowed is an item write's, not
 * Prisma's five seconds.
 */
export async function inCheckedTransaction<T>(
  db: Db,
  summitId: string,
  work: (tx: Tx) => Promise<T>,
  options: TransactionOptions = {},
): Promise<T> {
  return inChecked(db, work, () => summitId, false, options);
}

/**
 * Run a write that creates a summit (a new one, a copy of another's reference data, an archive
 * restored) in one transaction whose last step is the new summit's whole check, so its first page
 * reads stored rows. `summitOf` names the summit from what `work` returned.
 */
export async function inCheckedCreation<T>(
  db: Db,
  work: (tx: Tx) => Promise<T>,
  summitOf: (value: T) => string,
  options: TransactionOptions = {},
): Promise<T> {
  return inChecked(db, work, summitOf, true, options);
}

type TransactionOptions = { maxWait?: number; timeout?: number };

async function inChecked<T>(db: Db, work: (tx: Tx) => Promise<T>, summitOf: (value: T) => string, created: boolean, options: TransactionOptions): Promise<T> {
  let outcome: RefreshOutcome = { kind: "current" };
  const result = await db.$transaction(async (tx) => {
    const value = await work(tx);
    outcome = await recheckBeforeCommit(tx, summitOf(value), { created });
    return value;
  }, { maxWait: 10_000, timeout: 20_000, ...options });
  // The write has committed: housekeeping that fails must not report it failed.
  await pruneNowAndThen(db, outcome).catch((error: unknown) => {
    console.error(`pruning the conflict notes failed: ${error instanceof Error ? error.message : String(error)}`);
  });
  return result;
}

const overlaps = (row: { itemStarts: Date[]; itemEnds: Date[] }, window: Span) =>
  row.itemStarts.some((start, i) => start < window.endsAt && row.itemEnds[i] > window.startsAt);

/**
 * The summit's conflicts in the engine's order, current with every committed write; with a
 * window, only those involving an item that overlaps it. Inside a transaction (which cannot
 * start its own) the summit is checked in place instead.
 */
export async function storedConflicts(db: DbOrTx, summitId: string, window?: Span): Promise<Conflict[]> {
  if (!isClient(db)) {
    const { snapshot, conflicts } = await checkWholeSummit(db, summitId);
    if (!window) return conflicts;
    const itemsById = new Map(snapshot.items.map((item) => [item.id, item]));
    return conflicts.filter((c) => overlaps(spansOf(c, itemsById), window));
  }
  await refreshStoredConflicts(db, summitId);
  const rows = await db.storedConflict.findMany({
    where: { summitId, ...(window ? { itemsStart: { lt: window.endsAt }, itemsEnd: { gt: window.startsAt } } : {}) },
    select: { conflict: true, itemStarts: true, itemEnds: true, sortStart: true, typeRank: true },
  });
  return inEngineOrder(rows.filter((row) => !window || overlaps(row, window))).map((row) => row.conflict as unknown as Conflict);
}

/** JSON with sorted keys: PostgreSQL's jsonb keeps keys in an order of its own. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

export type ConflictDifference = { missing: Conflict[]; unexpected: Conflict[]; changed: { stored: Conflict; now: Conflict; what: string }[] };

/**
 * A full re-check compared with the stored set as it stands (without refreshing it first): what
 * the store lacks, holds in excess, or holds differently (the conflict, its place in the order, or
 * the item spans a day's page selects by). Empty when the store is right.
 */
export async function verifyStoredConflicts(db: Db, summitId: string): Promise<ConflictDifference & { current: boolean }> {
  return db.$transaction(
    async (tx) => {
      // One snapshot for the stored rows, the staleness test and the re-check alike.
      await tx.$executeRaw`SET TRANSACTION ISOLATION LEVEL REPEATABLE READ`;
      const current = await isCurrent(tx, summitId);
      const rows = await tx.storedConflict.findMany({
        where: { summitId },
        select: { conflict: true, sortStart: true, typeRank: true, itemsStart: true, itemsEnd: true, itemStarts: true, itemEnds: true },
      });
      const stored = new Map(rows.map((r) => [(r.conflict as unknown as Conflict).id, r]));
      const { snapshot, ordered } = await checkWholeSummitOrdered(tx, summitId);
      const expected = new Map(storedRows(summitId, ordered, snapshot).map((r) => [r.conflictId, r]));
      const conflicts = ordered.map((k) => k.conflict);
      const time = (d: Date | string | null | undefined) => (d == null ? null : new Date(d).getTime());
      const times = (ds: unknown) => JSON.stringify((Array.isArray(ds) ? (ds as Date[]) : []).map((d) => time(d)));
      const difference = (c: Conflict): string | null => {
        const s = stored.get(c.id)!;
        const e = expected.get(c.id)!;
        if (canonical(s.conflict) !== canonical(c)) return "conflict";
        if (time(s.sortStart) !== time(e.sortStart) || s.typeRank !== e.typeRank) return "order";
        if (time(s.itemsStart) !== time(e.itemsStart) || time(s.itemsEnd) !== time(e.itemsEnd) || times(s.itemStarts) !== times(e.itemStarts) || times(s.itemEnds) !== times(e.itemEnds)) return "spans";
        return null;
      };
      const now = new Set(conflicts.map((c) => c.id));
      return {
        current,
        missing: conflicts.filter((c) => !stored.has(c.id)),
        unexpected: [...stored.values()].map((r) => r.conflict as unknown as Conflict).filter((c) => !now.has(c.id)),
        changed: conflicts.flatMap((c) => {
          if (!stored.has(c.id)) return [];
          const what = difference(c);
          return what ? [{ stored: stored.get(c.id)!.conflict as unknown as Conflict, now: c, what }] : [];
        }),
      };
    },
    { timeout: REFRESH_TIMEOUT_MS, maxWait: REFRESH_TIMEOUT_MS },
  );
}

// Tell every app instance that a change was recorded: pg_notify inside the writing transaction,
// so PostgreSQL delivers it only on commit (and never for a rollback). A recorded entry's notice
// carries its audience rows, read in the same statement (internal/audience.ts): the listener then
// decides who hears without a read after commit, which would wait its turn on the listening
// connection and cost each reader who is not staff a round trip. With the embedded database
// (a single connection, where a second listening connection is not possible) the notice goes to
// this process's own listeners instead (lib/push reads the database through the same single
// connection, so its reads wait for the writing transaction to end).
import { EventEmitter } from "node:events";
import type { DbOrTx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { CHANGE_CHANNEL, type ChangeNotice, type ScopeHints } from "../types";
import { audienceQuery } from "./audience";

/** PostgreSQL refuses a payload of 8000 bytes or more; stay clear of it. */
export const MAX_PAYLOAD_BYTES = 7800;
/** A batch lists its ids up to this many; beyond, one notice per entity kind. */
const MAX_BATCH_IDS = 200;

const STRING_KEYS = ["status", "visibility", "delegationId", "agencyId", "itemId", "movementId"] as const;
const LIST_KEYS = ["delegationIds", "memberIds"] as const;

/** The scope hints of an audit side: only ids, status and visibility, never content. */
export function scopeHints(side: unknown): ScopeHints | undefined {
  if (!side || typeof side !== "object") return undefined;
  const source = side as Record<string, unknown>;
  const hints: ScopeHints = {};
  for (const key of STRING_KEYS) if (typeof source[key] === "string") hints[key] = source[key];
  for (const key of LIST_KEYS) {
    const value = source[key];
    if (Array.isArray(value) && value.every((v) => typeof v === "string")) hints[key] = value as string[];
  }
  return Object.keys(hints).length > 0 ? hints : undefined;
}

/** The notice as sent: before-side hints, or the audit entry's id when they would not fit. */
export function noticePayload(notice: ChangeNotice, auditId?: string): string {
  const full = JSON.stringify(notice);
  if (Buffer.byteLength(full) <= MAX_PAYLOAD_BYTES) return full;
  const rest: ChangeNotice = { ...notice };
  delete rest.b;
  const slim = JSON.stringify(auditId ? { ...rest, r: auditId } : { ...rest, bulk: true, ids: [] });
  return Buffer.byteLength(slim) <= MAX_PAYLOAD_BYTES ? slim : JSON.stringify({ s: notice.s, e: notice.e, ids: [], bulk: true });
}

/** Whether notices stay in this process (the embedded database) rather than go through PostgreSQL. */
export function noticesInProcess(): boolean {
  const mode = process.env.LIVE_PUSH;
  if (mode === "local") return true;
  if (mode === "postgres") return false;
  return process.env.DATABASE_POOL_MAX === "1";
}

const globalForNotices = globalThis as unknown as { summitChangeNotices?: EventEmitter };

/** The in-process channel (embedded database only); lib/push subscribes to it. */
export function localNotices(): EventEmitter {
  if (!globalForNotices.summitChangeNotices) {
    globalForNotices.summitChangeNotices = new EventEmitter();
    globalForNotices.summitChangeNotices.setMaxListeners(0);
  }
  return globalForNotices.summitChangeNotices;
}

async function send(db: DbOrTx, payloads: readonly string[]): Promise<void> {
  if (payloads.length === 0) return;
  if (noticesInProcess()) {
    for (const payload of payloads) localNotices().emit(CHANGE_CHANNEL, payload);
    return;
  }
  await db.$executeRaw`SELECT pg_notify(${CHANGE_CHANNEL}, p) FROM unnest(${payloads}::text[]) AS p`;
}

type RecordedEntry = { summitId?: string | null; entity: string; entityId: string; before?: unknown };

/** One recorded entry's notice without its audience rows: before-side hints, or the entry's id. */
function entryPayload(entry: RecordedEntry, auditId: string): { payload: string; before: ScopeHints | undefined } {
  const before = scopeHints(entry.before);
  return { payload: noticePayload({ s: entry.summitId ?? null, e: entry.entity, ids: [entry.entityId], ...(before ? { b: before } : {}) }, auditId), before };
}

/**
 * The statement that sends one recorded entry's notice, its audience rows read in the same
 * statement, in the writing transaction: after the change's rows were written, as the entry's
 * after side is. Rows that would not fit leave the notice as it was, and the listener reads them.
 */
export function entryNoticeStatement(entry: RecordedEntry, auditId: string): Prisma.Sql {
  const { payload, before } = entryPayload(entry, auditId);
  const rows = audienceQuery(JSON.parse(payload) as ChangeNotice, before);
  if (!rows) return Prisma.sql`SELECT pg_notify(${CHANGE_CHANNEL}, ${payload}::text)`;
  // The payload is a JSON object: its closing brace gives way to the rows.
  return Prisma.sql`
    SELECT pg_notify(${CHANGE_CHANNEL}, CASE WHEN octet_length(w.p) <= ${MAX_PAYLOAD_BYTES}::int THEN w.p ELSE ${payload}::text END)
    FROM (SELECT ${payload.slice(0, -1)}::text || ',"a":' || coalesce((SELECT jsonb_agg(x) FROM (${rows}) x), '[]'::jsonb)::text || '}' AS p) w`;
}

/** One recorded entry's notice. */
export async function announceEntry(db: DbOrTx, entry: RecordedEntry, auditId: string): Promise<void> {
  // In process, the notice is heard before the transaction ends: the listener's read waits for it
  // on the one connection, so it finds the change committed (or rolled back).
  if (noticesInProcess()) return send(db, [entryPayload(entry, auditId).payload]);
  await db.$executeRaw(entryNoticeStatement(entry, auditId));
}

/** A batch's notices: one per summit and entity kind, listing the ids while they are few. */
export async function announceBatch(db: DbOrTx, entries: readonly { summitId?: string | null; entity: string; entityId: string }[]): Promise<void> {
  const groups = new Map<string, { s: string | null; e: string; ids: Set<string> }>();
  for (const entry of entries) {
    const key = `${entry.summitId ?? ""}\u0000${entry.entity}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { s: entry.summitId ?? null, e: entry.entity, ids: new Set() }));
    group.ids.add(entry.entityId);
  }
  const payloads = [...groups.values()].map(({ s, e, ids }) =>
    ids.size <= MAX_BATCH_IDS ? noticePayload({ s, e, ids: [...ids] }) : JSON.stringify({ s, e, ids: [], bulk: true } satisfies ChangeNotice),
  );
  await send(db, payloads);
}

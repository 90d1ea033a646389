// Tell every app instance that a change was recorded: pg_notify inside the writing transaction,
// so PostgreSQL delivers it only on commit (and never for a rollback). A notice carries its
// change's audience rows, read by the same statement (internal/audience.ts): the listener then
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

/**
 * Notices in this process (the embedded database): heard before the transaction ends, without
 * their audience rows, so the listener reads them, and its read waits for the transaction on the
 * one connection: it finds the change committed (or nothing, after a rollback).
 */
function emitInProcess(payloads: readonly string[]): void {
  for (const payload of payloads) localNotices().emit(CHANGE_CHANNEL, payload);
}

type RecordedEntry = { summitId?: string | null; entity: string; entityId: string; before?: unknown };

/** One recorded entry's notice without its audience rows: before-side hints, or the entry's id. */
function entryPayload(entry: RecordedEntry, auditId: string): { payload: string; before: ScopeHints | undefined } {
  const before = scopeHints(entry.before);
  return { payload: noticePayload({ s: entry.summitId ?? null, e: entry.entity, ids: [entry.entityId], ...(before ? { b: before } : {}) }, auditId), before };
}

/**
 * One notice's text with its audience rows, read by the same statement: in the writing
 * transaction, after the change's rows were written (as an entry's after side is). Rows that would
 * not fit leave the notice as it was, and the listener reads them after commit.
 */
function withRows(payload: string, rows: Prisma.Sql | null): Prisma.Sql {
  if (!rows) return Prisma.sql`SELECT ${payload}::text AS p`;
  // The payload is a JSON object: its closing brace gives way to the rows.
  return Prisma.sql`
    SELECT CASE WHEN octet_length(w.p) <= ${MAX_PAYLOAD_BYTES}::int THEN w.p ELSE ${payload}::text END AS p
    FROM (SELECT ${payload.slice(0, -1)}::text || ',"a":' || coalesce((SELECT jsonb_agg(x) FROM (${rows}) x), '[]'::jsonb)::text || '}' AS p) w`;
}

/** The statement that sends notices (one statement, however many), each with its audience rows. */
function noticesStatement(payloads: readonly { payload: string; before: ScopeHints | undefined }[]): Prisma.Sql {
  const texts = payloads.map(({ payload, before }) => Prisma.sql`(${withRows(payload, audienceQuery(JSON.parse(payload) as ChangeNotice, before))})`);
  return Prisma.sql`SELECT pg_notify(${CHANGE_CHANNEL}, n.p) FROM (${Prisma.join(texts, " UNION ALL ")}) n`;
}

/** The statement that sends one recorded entry's notice, with its audience rows. */
export function entryNoticeStatement(entry: RecordedEntry, auditId: string): Prisma.Sql {
  return noticesStatement([entryPayload(entry, auditId)]);
}

/** One recorded entry's notice. */
export async function announceEntry(db: DbOrTx, entry: RecordedEntry, auditId: string): Promise<void> {
  if (noticesInProcess()) return emitInProcess([entryPayload(entry, auditId).payload]);
  await db.$executeRaw(entryNoticeStatement(entry, auditId));
}

/** A batch's notices: one per summit and entity kind, listing the ids (and their audience rows) while they are few. */
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
  if (payloads.length === 0) return;
  if (noticesInProcess()) return emitInProcess(payloads);
  await db.$executeRaw(noticesStatement(payloads.map((payload) => ({ payload, before: undefined }))));
}

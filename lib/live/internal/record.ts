// The one door every live write goes through: a status recorded on the day, each row a cascade or
// a repair moves. It audits the write in the caller's transaction (who and when), so whatever
// must also happen on every live write (a NOTIFY for pushed updates) is added here, once.
import type { Actor } from "@/lib/auth/actor";
import { recordAudit, recordAudits, type AuditInput } from "@/lib/audit/record";
import type { Tx } from "@/lib/db";

/** The entry that holds one applied proposal as a whole: its reason, source and lines. */
export const LIVE_CHANGE_ENTITY = "LiveChange" as const;

/** An audit entry without its actor, for one summit (each entity with its own sides, AuditInput). */
export type LiveWrite = AuditInput extends infer Entry ? (Entry extends AuditInput ? Omit<Entry, "actor" | "summitId"> & { summitId: string } : never) : never;

/** Record one live write; call it inside the transaction of the change it records. */
export async function recordLiveWrite(tx: Tx, actor: Pick<Actor, "userId" | "name">, write: LiveWrite): Promise<void> {
  await recordAudit(tx, { actor, ...write });
}

/** Record many live writes of one change in one statement (a cascade's tasks and motorcades). */
export async function recordLiveWrites(tx: Tx, actor: Pick<Actor, "userId" | "name">, writes: readonly LiveWrite[]): Promise<void> {
  await recordAudits(tx, writes.map((write) => ({ actor, ...write })));
}

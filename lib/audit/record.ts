import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import type { DbOrTx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { announceBatch, announceEntry } from "./internal/notice";
import type { AuditEntity, ItemEntry, ItemSnapshot } from "./schema";

/** The sides an entry of each entity holds, where they are read back (schema.ts); others are free. */
type Sides = {
  ProgrammeItem: { before: ItemSnapshot; after: ItemEntry };
};

type SidesOf<E extends AuditEntity> = E extends keyof Sides
  ? { before?: Sides[E]["before"] | null; after?: Sides[E]["after"] | null }
  : { before?: unknown; after?: unknown };

type EntryOf<E extends AuditEntity> = {
  actor: Pick<Actor, "userId" | "name"> | null;
  summitId?: string | null;
  entity: E;
  entityId: string;
  action: string;
} & SidesOf<E>;

/** One audit entry to write: an entity of the one list, with sides of that entity's schema. */
export type AuditInput = { [E in AuditEntity]: EntryOf<E> }[AuditEntity];

// Dates and other non-JSON values are stored as their JSON text forms.
const asJson = (value: unknown): Prisma.InputJsonValue | undefined =>
  value === undefined || value === null ? undefined : (JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue);

/**
 * Write one audit entry; call it inside the transaction of the change it records. Every write
 * passes here, so it also tells the running instances that the entity changed (delivered on
 * commit: open pages that may see it re-read, lib/push).
 */
export async function recordAudit(db: DbOrTx, entry: AuditInput): Promise<void> {
  const { id } = await db.auditEntry.create({
    data: {
      actorId: entry.actor?.userId ?? null,
      actorName: entry.actor?.name ?? "system",
      summitId: entry.summitId ?? null,
      entity: entry.entity,
      entityId: entry.entityId,
      action: entry.action,
      before: asJson(entry.before),
      after: asJson(entry.after),
    },
    select: { id: true },
  });
  await announceEntry(db, entry, id);
}

/**
 * Write many audit entries in one statement (an import's rows); same fields as recordAudit, and
 * one change notice per entity kind. An
 * actor without a user id (the command-line import) is recorded by name alone. One INSERT from
 * arrays: Prisma's createMany spends seconds preparing thousands of rows, the database
 * milliseconds.
 */
export async function recordAudits(db: DbOrTx, entries: readonly AuditInput[]): Promise<void> {
  if (entries.length === 0) return;
  const json = (value: unknown) => (value === undefined || value === null ? null : JSON.stringify(value));
  const column = <T>(pick: (entry: AuditInput) => T) => entries.map(pick);
  await db.$executeRaw`
    INSERT INTO "AuditEntry" (id, "actorId", "actorName", "summitId", entity, "entityId", action, before, after)
    SELECT u.id, u.actor_id, u.actor_name, u.summit_id, u.entity, u.entity_id, u.action, u.before::jsonb, u.after::jsonb
    FROM unnest(
      ${column(() => `c${randomUUID().replaceAll("-", "").slice(0, 24)}`)}::text[], ${column((e) => e.actor?.userId || null)}::text[],
      ${column((e) => e.actor?.name ?? "system")}::text[], ${column((e) => e.summitId ?? null)}::text[], ${column((e) => e.entity)}::text[],
      ${column((e) => e.entityId)}::text[], ${column((e) => e.action)}::text[], ${column((e) => json(e.before))}::text[], ${column((e) => json(e.after))}::text[]
    ) AS u(id, actor_id, actor_name, summit_id, entity, entity_id, action, before, after)`;
  await announceBatch(db, entries);
}

import type { Actor } from "@/lib/auth/actor";
import type { DbOrTx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export type AuditInput = {
  actor: Pick<Actor, "userId" | "name"> | null;
  summitId?: string | null;
  entity: string;
  entityId: string;
  action: string;
  before?: unknown;
  after?: unknown;
};

// Dates and other non-JSON values are stored as their JSON text forms.
const asJson = (value: unknown): Prisma.InputJsonValue | undefined =>
  value === undefined || value === null ? undefined : (JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue);

/** Write one audit entry; call it inside the transaction of the change it records. */
export async function recordAudit(db: DbOrTx, entry: AuditInput): Promise<void> {
  await db.auditEntry.create({
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
  });
}

/**
 * Write many audit entries in one statement (an import's rows); same fields as recordAudit. An
 * actor without a user id (the command-line import) is recorded by name alone.
 */
export async function recordAudits(db: DbOrTx, entries: readonly AuditInput[]): Promise<void> {
  if (entries.length === 0) return;
  await db.auditEntry.createMany({
    data: entries.map((entry) => ({
      actorId: entry.actor?.userId || null,
      actorName: entry.actor?.name ?? "system",
      summitId: entry.summitId ?? null,
      entity: entry.entity,
      entityId: entry.entityId,
      action: entry.action,
      before: asJson(entry.before),
      after: asJson(entry.after),
    })),
  });
}

// The one rule every write path applies: a hard conflict stops Confirmed. A save that leaves a
// hard conflict among confirmed items and movements (movements are always planned, never drafts)
// is refused, unless it carries a planner's written reason to accept those conflicts; then each is
// overridden, audited, and shown with its reason. Each conflict is judged on its own items: one
// that involves a draft does not block (the draft must change before it is confirmed), but saving a
// draft that drags its transfers into a confirmed meeting is refused like any other.
import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db";
import { ConstraintError, ValidationError } from "@/lib/errors";
import { conflictText } from "@/lib/i18n";
import { refusal, worded, type ErrorsText } from "@/lib/i18n/errors";
import type { Lang } from "@/lib/i18n/lang";
import type { SummitSnapshot } from "@/lib/scheduling";
import { recordOverrides, type ConflictWithOverride } from "./overrides";

export const HARD_CONFLICT = "HARD_CONFLICT";
/** The field a refusal names, so a form can offer the reason box beside it. */
export const OVERRIDE_FIELD = "overrideReason";

export type GuardInput = {
  summitId: string;
  /** The snapshot the conflicts were computed on (for the statuses of the other items). */
  snapshot: SummitSnapshot;
  /** The conflicts of what is being saved (its items and movements). */
  conflicts: readonly ConflictWithOverride[];
  /** The planner's reason to accept the hard conflicts; undefined when none was given. */
  overrideReason?: string;
  /** What is saved: an item can also be kept as a draft, a movement cannot, a bilateral takes another slot. */
  subject?: "item" | "movement" | "bilateral";
};

/** Hard conflicts that stop this save: not overridden, and every item in them confirmed (as saved). */
export function blockingConflicts(input: Pick<GuardInput, "snapshot" | "conflicts">): ConflictWithOverride[] {
  const status = new Map(input.snapshot.items.map((i) => [i.id, i.status]));
  return input.conflicts.filter(
    (c) => c.severity === "hard" && !c.override && c.itemIds.every((id) => (status.get(id) ?? "CONFIRMED") === "CONFIRMED"),
  );
}

/**
 * Refuse the save, or record the overrides it asks for. Returns the conflicts as they now stand
 * (overridden ones carrying their reason).
 */
export async function guardHardConflicts(tx: Tx, actor: Actor, input: GuardInput): Promise<ConflictWithOverride[]> {
  const reason = input.overrideReason?.trim();
  if (input.overrideReason !== undefined && !reason) {
    throw new ValidationError(refusal("writeOverrideReason", [OVERRIDE_FIELD]));
  }
  const blocking = blockingConflicts(input);
  if (blocking.length === 0) return [...input.conflicts];
  if (!reason) {
    // Worded in English and in Dutch here: the conflicts' explanations are the engine's phrases.
    const list = (lang: Lang) => blocking.map((c) => (lang === "en" ? c.message : conflictText(c, lang).text)).join("; ");
    const say = (t: ErrorsText, lang: Lang) => {
      const ways = { item: t.hardConflictWaysItem, movement: t.hardConflictWaysMovement, bilateral: t.hardConflictWaysBilateral }[input.subject ?? "item"];
      return t.hardConflictRefused(list(lang), ways);
    };
    // The form's override field lists the conflicts a written reason would accept.
    const fields = { _form: worded("hardConflictRefused", say), [OVERRIDE_FIELD]: worded("conflicts.list", (_, lang) => list(lang)) };
    throw new ConstraintError(worded("hardConflictRefused", say, fields), HARD_CONFLICT);
  }
  await recordOverrides(tx, actor, input.summitId, blocking, reason);
  const now = { reason, createdByName: actor.name, createdAt: new Date() };
  const overridden = new Set(blocking.map((c) => c.id));
  return input.conflicts.map((c) => (overridden.has(c.id) ? { ...c, override: now } : c));
}

// The one place conflict ids are made, so every rule (built-in or extra) yields stable ids.
import { englishPhrase } from "@/lib/i18n";
import type { Phrase } from "@/lib/i18n/conflict-phrases";
import type { Conflict } from "./types";

export type ConflictFields = Omit<Conflict, "id">;

/**
 * Builds a conflict with a deterministic id: type, sorted item ids, then the subject (member,
 * delegation, space, venue) and an optional discriminator for rules that can raise the same type
 * twice on the same subject (e.g. two missing coverage requirements on one item).
 */
export function makeConflict(fields: ConflictFields, discriminator?: string): Conflict {
  const parts: string[] = [fields.type, [...fields.itemIds].sort().join(",")];
  if (fields.movementIds?.length) parts.push(`movements=${[...fields.movementIds].sort().join(",")}`);
  if (fields.memberId !== undefined) parts.push(`member=${fields.memberId}`);
  if (fields.delegationId !== undefined) parts.push(`delegation=${fields.delegationId}`);
  if (fields.spaceId !== undefined) parts.push(`space=${fields.spaceId}`);
  if (fields.venueId !== undefined) parts.push(`venue=${fields.venueId}`);
  if (discriminator !== undefined) parts.push(discriminator);
  return { id: parts.join("|"), ...fields };
}

/** A finding as a phrase: its English is the conflict's message, the phrase is rendered for other readers. */
export function spoken(found: Phrase): Pick<ConflictFields, "message" | "phrase"> {
  return { message: englishPhrase(found), phrase: found };
}

/** Item and movement ids of the occupations a conflict involves, each in the order given. */
export function involved(occupations: readonly { id: string; movement?: unknown }[]): Pick<ConflictFields, "itemIds" | "movementIds"> {
  const itemIds: string[] = [];
  const movementIds: string[] = [];
  for (const o of occupations) (o.movement ? movementIds : itemIds).push(o.id);
  return movementIds.length > 0 ? { itemIds, movementIds } : { itemIds };
}

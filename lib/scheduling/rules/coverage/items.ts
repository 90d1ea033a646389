// Coverage subjects built from the scheduling engine's context, so the coverage page and the
// conflict engine see the same items with the same venues and attendees.
import type { MemberFunction } from "@/lib/generated/prisma/enums";
import { venueOfItem } from "../../context";
import type { EngineContext } from "../../types";
import type { CoverageItem } from "./types";

/** What the engine's snapshot does not carry: member functions and the parent of each session. */
export interface ItemFacts {
  memberFunctions: ReadonlyMap<string, MemberFunction>;
  parentIds: ReadonlyMap<string, string>;
}

/** The non-cancelled items of the context as coverage subjects. */
export function coverageItemsFromContext(ctx: EngineContext, facts: ItemFacts): CoverageItem[] {
  return ctx.items.map((item) => {
    const parentId = facts.parentIds.get(item.id) ?? null;
    const parent = parentId === null ? undefined : ctx.itemsById.get(parentId);
    const venue = venueOfItem(ctx, item) ?? (parent ? venueOfItem(ctx, parent) : undefined);
    const levels = new Set<MemberFunction>();
    for (const memberId of ctx.attendeesByItem.get(item.id) ?? []) {
      const level = facts.memberFunctions.get(memberId);
      if (level) levels.add(level);
    }
    return {
      id: item.id,
      kind: item.kind,
      startsAt: item.startsAt,
      endsAt: item.endsAt,
      venueId: venue?.id ?? null,
      levels: [...levels].sort(),
      parentId,
    };
  });
}

// Who may learn that a change happened. The same need-to-know as the pages: a reader hears of a
// programme item only if they could see it before or after the change (couldSee, the pure twin of
// visibleItemsWhere), of a delegation's movements, members and acknowledgements only as its
// liaison, of a task only as its agency (and not while its item is a draft). Staff hear all.
import type { Actor } from "@/lib/auth/actor";
import { isStaff } from "@/lib/auth/permissions";
import { couldSee } from "@/lib/programme/policy";
import type { Audience } from "./types";

export function mayHear(actor: Actor, audience: Audience): boolean {
  if (isStaff(actor) || audience.everyone) return true;
  if (audience.items.some((item) => couldSee(actor, item))) return true;
  if (actor.role === "LIAISON" && actor.delegationIds.some((id) => audience.delegationIds.has(id))) return true;
  return actor.role === "AGENCY" && actor.agencyId !== null && audience.agencyIds.has(actor.agencyId);
}

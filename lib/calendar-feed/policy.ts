// Who may hold a calendar feed address: every role that reads a calendar (calendarFeed.manage),
// and only ever their own.
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";

export const mayManageOwnFeed = (actor: Pick<Actor, "role">): boolean => can(actor, "calendarFeed.manage");

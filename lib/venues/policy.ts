// Who may keep the summit's venues, spaces and travel times: planners, by the role table
// (lib/auth/permissions.ts: "programme.edit").
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";

/** Create and edit venues and spaces, and set the travel times between venues. */
export const mayEditVenues = (actor: Actor): boolean => can(actor, "programme.edit");

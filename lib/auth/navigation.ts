import type { Actor } from "./actor";
import { can, type Action } from "./permissions";

const LINKS: readonly { href: string; label: string; action: Action }[] = [
  { href: "/programme", label: "Programme", action: "programme.read" },
  { href: "/timeline", label: "Timeline", action: "programme.edit" },
  { href: "/conflicts", label: "Conflicts", action: "conflicts.read" },
  { href: "/itinerary", label: "Itinerary", action: "itinerary.read" },
  { href: "/delegations", label: "Delegations", action: "programme.edit" },
  { href: "/venues", label: "Venues", action: "programme.edit" },
  { href: "/bilaterals", label: "Bilaterals", action: "bilateral.request" },
  { href: "/tasks", label: "Agency tasks", action: "tasks.read" },
  { href: "/movements", label: "Movements", action: "movements.edit" },
  { href: "/coverage", label: "Coverage", action: "tasks.edit" },
  { href: "/import", label: "Import", action: "data.import" },
  { href: "/exports", label: "Downloads", action: "exports.read" },
  { href: "/admin/summits", label: "Summits", action: "summits.manage" },
  { href: "/admin/agencies", label: "Agencies", action: "agencies.manage" },
  { href: "/admin/users", label: "Users", action: "users.manage" },
  { href: "/account/calendar", label: "Calendar feed", action: "calendarFeed.manage" },
];

/** The navigation a role may use; pages still check for themselves. */
export function navigationFor(actor: Actor) {
  return LINKS.filter((link) => can(actor, link.action)).map(({ href, label }) => ({ href, label }));
}

/** Where each role lands after sign-in. */
export function homeFor(actor: Actor): string {
  switch (actor.role) {
    case "ADMIN":
      return "/admin/users";
    case "LIAISON":
      return "/itinerary";
    case "AGENCY":
      return "/tasks";
    default:
      return "/programme";
  }
}

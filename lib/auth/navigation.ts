import type { NavGroupKey, NavLinkKey, NavText } from "@/lib/i18n/start";
import type { Actor } from "./actor";
import { can, type Action } from "./permissions";

/** Every page of the navigation, in order, with the job (group) it serves; pages still check for themselves. */
const LINKS: readonly { key: NavLinkKey; href: string; action: Action; group: NavGroupKey | null }[] = [
  { key: "programme", href: "/programme", action: "programme.read", group: "plan" },
  { key: "timeline", href: "/timeline", action: "programme.edit", group: "plan" },
  { key: "conflicts", href: "/conflicts", action: "conflicts.read", group: "plan" },
  { key: "venues", href: "/venues", action: "programme.edit", group: "plan" },
  { key: "delegations", href: "/delegations", action: "programme.edit", group: "delegations" },
  { key: "itinerary", href: "/itinerary", action: "itinerary.read", group: "delegations" },
  { key: "bilaterals", href: "/bilaterals", action: "bilateral.request", group: "delegations" },
  { key: "tasks", href: "/tasks", action: "tasks.read", group: "operations" },
  { key: "movements", href: "/movements", action: "movements.edit", group: "operations" },
  { key: "arrivals", href: "/arrivals", action: "arrivals.manage", group: "operations" },
  { key: "ops", href: "/ops", action: "live.manage", group: "operations" },
  { key: "live", href: "/live", action: "live.record", group: "operations" },
  { key: "coverage", href: "/coverage", action: "tasks.edit", group: "operations" },
  { key: "exports", href: "/exports", action: "exports.read", group: "downloads" },
  { key: "import", href: "/import", action: "data.import", group: "downloads" },
  { key: "calendar", href: "/account/calendar", action: "calendarFeed.manage", group: "downloads" },
  { key: "summits", href: "/admin/summits", action: "summits.manage", group: "admin" },
  { key: "agencies", href: "/admin/agencies", action: "agencies.manage", group: "admin" },
  { key: "users", href: "/admin/users", action: "users.manage", group: "admin" },
];

const GROUPS: readonly NavGroupKey[] = ["plan", "delegations", "operations", "downloads", "admin"];

/** Up to this many links fit in one row as they are; more are grouped by job. */
const FLAT_LIMIT = 7;

export type NavLink = { href: string; label: string };
export type NavGroup = { key: NavGroupKey; label: string; links: NavLink[] };
export type NavItem = ({ kind: "link" } & NavLink) | ({ kind: "group" } & NavGroup);

/** Whether the role has a start page of its own at "/" (a viewer only reads the programme). */
export function hasStartPage(actor: Pick<Actor, "role">): boolean {
  return actor.role !== "VIEWER";
}

/** The pages a role may use, in the navigation's order: every link, ungrouped (the summit switcher's sections). */
export function navigationLinks(actor: Actor, text: NavText): NavLink[] {
  const start = hasStartPage(actor) ? [{ href: "/", label: text.links.start }] : [];
  return [...start, ...LINKS.filter((link) => can(actor, link.action)).map((link) => ({ href: link.href, label: text.links[link.key] }))];
}

/**
 * The navigation a role may use. A few links stay as they are; a role with many gets them grouped
 * by job (plan, delegations, operations, data, admin), a group of one link staying a link, so
 * the navigation keeps to one row.
 */
export function navigationFor(actor: Actor, text: NavText): NavItem[] {
  const allowed = LINKS.filter((link) => can(actor, link.action));
  const start: NavItem[] = hasStartPage(actor) ? [{ kind: "link", href: "/", label: text.links.start }] : [];
  const link = (l: (typeof LINKS)[number]): NavItem => ({ kind: "link", href: l.href, label: text.links[l.key] });
  if (start.length + allowed.length <= FLAT_LIMIT) return [...start, ...allowed.map(link)];
  const grouped = GROUPS.flatMap((key): NavItem[] => {
    const members = allowed.filter((l) => l.group === key);
    if (members.length === 0) return [];
    if (members.length === 1) return [link(members[0])];
    return [{ kind: "group", key, label: text.groups[key], links: members.map((l) => ({ href: l.href, label: text.links[l.key] })) }];
  });
  return [...start, ...grouped];
}

/** Where a role without a start page lands. */
export function homeFor(actor: Actor): string {
  return hasStartPage(actor) ? "/" : "/programme";
}

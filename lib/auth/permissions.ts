// The one table that maps roles to what they may do. Every server action and route handler asks
// `can(actor, action)` through the gate in lib/auth/gate.ts; the UI asks the same to hide links.
import type { Role } from "@/lib/generated/prisma/enums";

export const ACTIONS = [
  "programme.read", // the day programme, scoped by item visibility (lib/programme/policy.ts)
  "programme.readStaff", // drafts, staff-only items and staff notes
  "programme.edit", // items, participations, venues, spaces, travel times, delegations, members
  "conflicts.read",
  "itinerary.read", // a delegation's itinerary, scoped to the actor's delegations unless staff
  "itinerary.acknowledge",
  "bilateral.request",
  "bilateral.respond",
  "bilateral.manage", // propose slots, confirm, cancel
  "movements.edit",
  "arrivals.manage", // precedence, entrances, arrival sequences and their motorcades
  "tasks.read", // agency tasks, scoped to the actor's agency unless staff
  "tasks.updateStatus",
  "tasks.acknowledge", // "I have seen the changes to my agency's tasks": coordinators only
  "tasks.edit", // create, assign and edit any task; coverage rules
  "live.record", // actual status and times on the day: staff all; a coordinator their agency's movements (lib/live/policy.ts)
  "live.manage", // the operations board, delays and their cascades, repair suggestions
  "exports.read",
  "calendarFeed.manage",
  "users.manage", // users, their roles, agency and delegation assignments
  "summits.manage", // create, edit, archive and restore summits; download a summit's archive
  "summits.choose", // switch the summit one works on (staff; others are bound by assignment)
  "agencies.manage", // create, edit and deactivate agencies
  "data.import", // spreadsheet imports of delegations, members, movements, venues, travel times, tasks
  "account.changePassword",
] as const;

export type Action = (typeof ACTIONS)[number];

// Acknowledging is a coordinator's word for their own agency; staff make the changes instead.
const AGENCY_ONLY: readonly Action[] = ["tasks.acknowledge"];
// Setting up summits, agencies and users is an administrator's job.
const ADMIN_ONLY: readonly Action[] = ["users.manage", "summits.manage", "agencies.manage"];

export const PERMISSIONS: Record<Role, readonly Action[]> = {
  ADMIN: ACTIONS.filter((a) => !AGENCY_ONLY.includes(a)),
  PLANNER: ACTIONS.filter((a) => !ADMIN_ONLY.includes(a) && !AGENCY_ONLY.includes(a)),
  LIAISON: [
    "programme.read",
    "itinerary.read",
    "itinerary.acknowledge",
    "bilateral.request",
    "bilateral.respond",
    "exports.read",
    "calendarFeed.manage",
    "account.changePassword",
  ],
  AGENCY: ["programme.read", "tasks.read", "tasks.updateStatus", "tasks.acknowledge", "live.record", "exports.read", "calendarFeed.manage", "account.changePassword"],
  VIEWER: ["programme.read", "exports.read", "summits.choose", "account.changePassword"],
};

export function can(subject: { role: Role }, action: Action): boolean {
  return PERMISSIONS[subject.role].includes(action);
}

/** Staff see everything of every delegation and agency; everyone else is scoped. */
export function isStaff(subject: { role: Role }): boolean {
  return can(subject, "programme.readStaff");
}

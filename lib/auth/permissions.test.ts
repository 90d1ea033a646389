import { describe, expect, it } from "vitest";
import { ACTIONS, can, type Action } from "@/lib/auth/permissions";
import type { Role } from "@/lib/generated/prisma/enums";

// The whole matrix, written out by hand: a change to the permission table must change this too.
const Y = true;
const N = false;
const MATRIX: Record<Action, Record<Role, boolean>> = {
  "programme.read":         { ADMIN: Y, PLANNER: Y, LIAISON: Y, AGENCY: Y, VIEWER: Y },
  "programme.readStaff":    { ADMIN: Y, PLANNER: Y, LIAISON: N, AGENCY: N, VIEWER: N },
  "programme.edit":         { ADMIN: Y, PLANNER: Y, LIAISON: N, AGENCY: N, VIEWER: N },
  "conflicts.read":         { ADMIN: Y, PLANNER: Y, LIAISON: N, AGENCY: N, VIEWER: N },
  "itinerary.read":         { ADMIN: Y, PLANNER: Y, LIAISON: Y, AGENCY: N, VIEWER: N },
  "itinerary.acknowledge":  { ADMIN: Y, PLANNER: Y, LIAISON: Y, AGENCY: N, VIEWER: N },
  "bilateral.request":      { ADMIN: Y, PLANNER: Y, LIAISON: Y, AGENCY: N, VIEWER: N },
  "bilateral.respond":      { ADMIN: Y, PLANNER: Y, LIAISON: Y, AGENCY: N, VIEWER: N },
  "bilateral.manage":       { ADMIN: Y, PLANNER: Y, LIAISON: N, AGENCY: N, VIEWER: N },
  "movements.edit":         { ADMIN: Y, PLANNER: Y, LIAISON: N, AGENCY: N, VIEWER: N },
  "arrivals.manage":        { ADMIN: Y, PLANNER: Y, LIAISON: N, AGENCY: N, VIEWER: N },
  "tasks.read":             { ADMIN: Y, PLANNER: Y, LIAISON: N, AGENCY: Y, VIEWER: N },
  "tasks.updateStatus":     { ADMIN: Y, PLANNER: Y, LIAISON: N, AGENCY: Y, VIEWER: N },
  "tasks.acknowledge":      { ADMIN: N, PLANNER: N, LIAISON: N, AGENCY: Y, VIEWER: N },
  "tasks.edit":             { ADMIN: Y, PLANNER: Y, LIAISON: N, AGENCY: N, VIEWER: N },
  "live.record":            { ADMIN: Y, PLANNER: Y, LIAISON: N, AGENCY: Y, VIEWER: N },
  "live.manage":            { ADMIN: Y, PLANNER: Y, LIAISON: N, AGENCY: N, VIEWER: N },
  "exports.read":           { ADMIN: Y, PLANNER: Y, LIAISON: Y, AGENCY: Y, VIEWER: Y },
  "calendarFeed.manage":    { ADMIN: Y, PLANNER: Y, LIAISON: Y, AGENCY: Y, VIEWER: N },
  "users.manage":           { ADMIN: Y, PLANNER: N, LIAISON: N, AGENCY: N, VIEWER: N },
  "summits.manage":         { ADMIN: Y, PLANNER: N, LIAISON: N, AGENCY: N, VIEWER: N },
  "summits.choose":         { ADMIN: Y, PLANNER: Y, LIAISON: N, AGENCY: N, VIEWER: Y },
  "agencies.manage":        { ADMIN: Y, PLANNER: N, LIAISON: N, AGENCY: N, VIEWER: N },
  "data.import":            { ADMIN: Y, PLANNER: Y, LIAISON: N, AGENCY: N, VIEWER: N },
  "account.changePassword": { ADMIN: Y, PLANNER: Y, LIAISON: Y, AGENCY: Y, VIEWER: Y },
};
const ROLES: Role[] = ["ADMIN", "PLANNER", "LIAISON", "AGENCY", "VIEWER"];

describe("permission matrix", () => {
  it("covers every action", () => {
    expect(Object.keys(MATRIX).sort()).toEqual([...ACTIONS].sort());
  });

  const cases = ACTIONS.flatMap((action) => ROLES.map((role) => [role, action, MATRIX[action][role]] as const));
  it.each(cases)("%s may %s: %s", (role, action, allowed) => {
    expect(can({ role }, action)).toBe(allowed);
  });
});

// One demo sign-in per role. The start script and the README print this list, so the password
// is deliberately public: these accounts exist only in a database that holds nothing but the demo.
import { Role } from "@/lib/generated/prisma/enums";

export const DEMO_PASSWORD = "demo-summit-2025";

export type DemoUserKey =
  | "admin"
  | "planner"
  | "liaison-ua"
  | "liaison-us"
  | "liaison-be"
  | "liaison-nl"
  | "police"
  | "viewer";

export interface DemoUser {
  key: DemoUserKey;
  /** Lower-case, as the database requires. */
  email: string;
  name: string;
  role: Role;
  password: string;
  /** What the account may see, in words, for the printed list of sign-ins. */
  scope: string;
  /** Liaisons: the delegations assigned to them. */
  delegationCodes: readonly string[];
  /** Agency coordinators: the agency they work for. */
  agencyShortName: string | null;
}

function user(
  key: DemoUserKey,
  name: string,
  role: Role,
  scope: string,
  delegationCodes: readonly string[] = [],
  agencyShortName: string | null = null,
): DemoUser {
  return { key, email: `${key.replace("-", ".")}@demo.summit`, name, role, password: DEMO_PASSWORD, scope, delegationCodes, agencyShortName };
}

export const DEMO_USERS: readonly DemoUser[] = [
  user("admin", "Demo Admin", Role.ADMIN, "users, roles and reference data"),
  user("planner", "Demo Planner", Role.PLANNER, "the whole programme"),
  user("liaison-ua", "Demo Liaison Ukraine", Role.LIAISON, "the itinerary of Ukraine", ["UA"]),
  user("liaison-us", "Demo Liaison United States", Role.LIAISON, "the itinerary of the United States", ["US"]),
  user("liaison-be", "Demo Liaison Belgium", Role.LIAISON, "the itinerary of Belgium", ["BE"]),
  user("liaison-nl", "Demo Liaison Netherlands", Role.LIAISON, "the itinerary of the Netherlands", ["NL"]),
  user("police", "Demo Police Coordinator", Role.AGENCY, "the tasks of the National Police", [], "Police"),
  user("viewer", "Demo Viewer", Role.VIEWER, "the public programme"),
];

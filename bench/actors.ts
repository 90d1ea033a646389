// The two readers the benchmark measures as (see insert.ts): a planner sees everything, the
// liaison sees their delegation's itinerary.
import type { Actor } from "@/lib/auth/actor";

import type { BenchSummit } from "./generate";
import { BENCH_USERS } from "./insert";

export const plannerActor: Actor = {
  userId: "bench-user-planner",
  name: "Bench Planner",
  email: BENCH_USERS.planner,
  role: "PLANNER",
  delegationIds: [],
  agencyId: null,
  mustChangePassword: false,
};

export function liaisonActor(summit: BenchSummit): Actor {
  return {
    userId: "bench-user-liaison",
    name: "Bench Liaison",
    email: BENCH_USERS.liaison,
    role: "LIAISON",
    delegationIds: [summit.itineraryDelegationId],
    agencyId: null,
    mustChangePassword: false,
  };
}

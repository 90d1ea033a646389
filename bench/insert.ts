// Writes a generated summit with createMany in chunks (fresh database: no transaction needed),
// plus the two users the HTTP measurements sign in as.
import { hashPassword } from "@/lib/auth/password";
import type { Db } from "@/lib/db";

import { BENCH_PASSWORD, type BenchSummit } from "./generate";

const CHUNK = 2_000;

export const BENCH_USERS = {
  planner: "planner@bench.summit",
  liaison: "liaison@bench.summit",
} as const;

async function inChunks<T>(rows: readonly T[], write: (chunk: T[]) => Promise<{ count: number }>): Promise<number> {
  let written = 0;
  for (let i = 0; i < rows.length; i += CHUNK) written += (await write(rows.slice(i, i + CHUNK))).count;
  return written;
}

/** Rows written per table. */
export async function insertSummit(db: Db, summit: BenchSummit): Promise<Record<string, number>> {
  const r = summit.rows;
  const counts: Record<string, number> = {};
  await db.summit.create({ data: r.summit });
  counts.venues = await inChunks(r.venues, (data) => db.venue.createMany({ data }));
  counts.spaces = await inChunks(r.spaces, (data) => db.space.createMany({ data }));
  counts.travelTimes = await inChunks(r.travelTimes, (data) => db.travelTime.createMany({ data }));
  counts.agencies = await inChunks(r.agencies, (data) => db.agency.createMany({ data }));
  counts.delegations = await inChunks(r.delegations, (data) => db.delegation.createMany({ data }));
  counts.members = await inChunks(r.members, (data) => db.member.createMany({ data }));
  counts.items = await inChunks(r.items, (data) => db.programmeItem.createMany({ data }));
  counts.participations = await inChunks(r.participations, (data) => db.participation.createMany({ data }));
  counts.movements = await inChunks(r.movements, (data) => db.movement.createMany({ data }));
  counts.tasks = await inChunks(r.tasks, (data) => db.agencyTask.createMany({ data }));

  const passwordHash = await hashPassword(BENCH_PASSWORD);
  await db.user.createMany({
    data: [
      { id: "bench-user-planner", email: BENCH_USERS.planner, name: "Bench Planner", passwordHash, role: "PLANNER" },
      { id: "bench-user-liaison", email: BENCH_USERS.liaison, name: "Bench Liaison", passwordHash, role: "LIAISON" },
    ],
  });
  await db.liaisonAssignment.create({ data: { userId: "bench-user-liaison", delegationId: summit.itineraryDelegationId } });
  // Fresh statistics, so the planner does not judge a just-filled table by its empty state.
  await db.$executeRawUnsafe("ANALYZE");
  return counts;
}

// A small summit for the bilateral tests: two venues with travel time, a plenary that keeps the
// principals busy on the first morning, four named delegations (and NATO, whose head is no head
// of state and who has no ministers), sixteen numbered delegations for races, and the users who
// act (audit entries reference them).
import type { Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { parseInput } from "@/lib/validation";
import type { z } from "zod";

export const DAY1 = "2025-06-24";
export const DAY2 = "2025-06-25";
/** Values parsed at the boundary and placed in a summit, as an action hands them to the domain. */
export const inSummitOf = <S extends z.ZodType<object>>(schema: S, summitId: string, values: z.input<S>): z.output<S> & { summitId: string } => ({
  ...(parseInput(schema, values) as z.output<S> & object),
  summitId,
});

/** A summit-local (CEST) instant on a summit day. */
export const at = (day: string, hhmm: string) => new Date(`${day}T${hhmm}:00+02:00`);

export async function buildBilateralFixture(db: Db) {
  const summit = await db.summit.create({
    data: { slug: "bilaterals", name: "Bilateral Summit", host: "Test", timeZone: "Europe/Amsterdam", startDate: new Date(DAY1), endDate: new Date(DAY2), travelBufferMinutes: 10 },
  });
  const forum = await db.venue.create({ data: { summitId: summit.id, name: "World Forum" } });
  const palace = await db.venue.create({ data: { summitId: summit.id, name: "Palace" } });
  await db.travelTime.create({ data: { summitId: summit.id, fromVenueId: forum.id, toVenueId: palace.id, minutes: 20 } });
  const hours = { opensMinute: 7 * 60, closesMinute: 22 * 60 };
  const hall = await db.space.create({ data: { venueId: forum.id, name: "Main Hall", capacity: 500, ...hours } });
  const room1 = await db.space.create({ data: { venueId: forum.id, name: "Bilateral Room 1", capacity: 20, ...hours } });
  const room2 = await db.space.create({ data: { venueId: forum.id, name: "Bilateral Room 2", capacity: 20, ...hours } });
  const garden = await db.space.create({ data: { venueId: palace.id, name: "Garden Room", capacity: 30 } });

  const delegation = async (code: string, name: string, ministers = true) => {
    const d = await db.delegation.create({ data: { summitId: summit.id, code, name, kind: "ALLY" } });
    const head = await db.member.create({
      data: { delegationId: d.id, title: `Leader of ${name}`, function: code === "NATO" ? "OTHER" : "HEAD_OF_STATE_OR_GOVERNMENT", precedence: 1 },
    });
    const fm = ministers
      ? await db.member.create({ data: { delegationId: d.id, title: `Foreign Minister of ${name}`, function: "FOREIGN_MINISTER", precedence: 2 } })
      : null;
    return { ...d, head, fm };
  };
  const nl = await delegation("NL", "Netherlands");
  const ua = await delegation("UA", "Ukraine");
  const us = await delegation("US", "United States");
  const be = await delegation("BE", "Belgium");
  const nato = await delegation("NATO", "NATO", false);
  const numbered = [];
  for (let i = 1; i <= 16; i++) numbered.push(await delegation(`D${i}`, `Delegation ${String(i).padStart(2, "0")}`));

  // The principals of NL, UA and US sit in the plenary on the first morning.
  await db.programmeItem.create({
    data: {
      summitId: summit.id, kind: "PLENARY", title: "Opening plenary", status: "CONFIRMED", visibility: "PUBLIC",
      startsAt: at(DAY1, "09:00"), endsAt: at(DAY1, "12:00"), spaceId: hall.id,
      participations: { create: [nl, ua, us].map((d) => ({ delegationId: d.id })) },
    },
  });

  const user = async (key: string, role: Role, delegationIds: string[] = []): Promise<Actor> => {
    const u = await db.user.create({
      data: {
        email: `${key}@bilaterals.test`, name: `Test ${key}`, passwordHash: "not-a-hash", role,
        liaisons: { create: delegationIds.map((delegationId) => ({ delegationId })) },
      },
    });
    return { userId: u.id, name: u.name, email: u.email, role, delegationIds, agencyId: null, mustChangePassword: false };
  };
  const actors = {
    planner: await user("planner", "PLANNER"),
    ua: await user("liaison-ua", "LIAISON", [ua.id]),
    us: await user("liaison-us", "LIAISON", [us.id]),
    be: await user("liaison-be", "LIAISON", [be.id]),
    viewer: await user("viewer", "VIEWER"),
    /** Liaison of all numbered delegations, to answer for both sides of the racing requests. */
    numbered: await user("liaison-numbered", "LIAISON", numbered.map((d) => d.id)),
  };
  return { summit, venues: { forum, palace }, spaces: { hall, room1, room2, garden }, delegations: { nl, ua, us, be, nato }, numbered, actors };
}

export type BilateralFixture = Awaited<ReturnType<typeof buildBilateralFixture>>;

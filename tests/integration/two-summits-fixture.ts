// Two summits in one database on the same days, in the same zone, built alike (venue, spaces,
// two delegations, an agency, items of every visibility, a clash, an arrival, tasks, a bilateral
// request, a coverage rule) and each with its own planner (who chose it), liaison and agency
// coordinator: whatever one summit's reader sees of the other is a leak.
import type { Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/db";

export const DAY = "2025-06-24";
export const NEXT_DAY = "2025-06-25";
const at = (hhmm: string) => new Date(`${DAY}T${hhmm}:00+02:00`);

export type SummitFixture = Awaited<ReturnType<typeof buildSummit>>;

async function buildSummit(db: Db, key: "A" | "B") {
  const summit = await db.summit.create({
    data: { slug: `summit-${key.toLowerCase()}`, name: `Summit ${key}`, host: `Host ${key}`, timeZone: "Europe/Amsterdam", startDate: new Date(`${DAY}T00:00:00Z`), endDate: new Date(`${NEXT_DAY}T00:00:00Z`) },
  });
  const forum = await db.venue.create({ data: { summitId: summit.id, name: `Forum ${key}`, kind: "CONFERENCE" } });
  const hall = await db.space.create({ data: { venueId: forum.id, name: `Hall ${key}`, capacity: 500 } });
  const room = await db.space.create({ data: { venueId: forum.id, name: `Room ${key}`, capacity: 50 } });
  // The same codes in both summits: a code names a delegation only within its summit.
  const one = await db.delegation.create({ data: { summitId: summit.id, code: "ONE", name: `One ${key}`, kind: "ALLY" } });
  const two = await db.delegation.create({ data: { summitId: summit.id, code: "TWO", name: `Two ${key}`, kind: "PARTNER" } });
  const principal = await db.member.create({ data: { delegationId: one.id, title: `Leader of One ${key}`, function: "HEAD_OF_STATE_OR_GOVERNMENT", precedence: 1 } });
  await db.member.create({ data: { delegationId: two.id, title: `Leader of Two ${key}`, function: "HEAD_OF_STATE_OR_GOVERNMENT", precedence: 1 } });
  const police = await db.agency.create({ data: { summitId: summit.id, name: `Police ${key}`, shortName: `Pol${key}`, kind: "POLICE" } });

  type Visibility = "PUBLIC" | "ALL_DELEGATIONS" | "PARTICIPANTS" | "STAFF";
  const item = (title: string, kind: "PLENARY" | "SIDE_EVENT", visibility: Visibility, from: string, to: string, spaceId: string, opts: { status?: "DRAFT" | "CONFIRMED"; delegations?: string[] } = {}) =>
    db.programmeItem.create({
      data: {
        summitId: summit.id, kind, title: `${key}: ${title}`, visibility, status: opts.status ?? "CONFIRMED", startsAt: at(from), endsAt: at(to), spaceId,
        participations: { create: (opts.delegations ?? []).map((delegationId) => ({ delegationId })) },
      },
    });
  const items = {
    opening: await item("Opening", "PLENARY", "PUBLIC", "09:00", "10:00", hall.id),
    restricted: await item("One restricted", "SIDE_EVENT", "PARTICIPANTS", "10:30", "11:00", room.id, { delegations: [one.id] }),
    // One's leader in two places at once: a hard conflict.
    clash1: await item("Clash 1", "SIDE_EVENT", "PARTICIPANTS", "12:00", "13:00", hall.id, { delegations: [one.id] }),
    clash2: await item("Clash 2", "SIDE_EVENT", "PARTICIPANTS", "12:30", "13:30", room.id, { delegations: [one.id] }),
    staff: await item("Staff briefing", "SIDE_EVENT", "STAFF", "15:00", "16:00", hall.id),
    draft: await item("Draft", "SIDE_EVENT", "PUBLIC", "17:00", "18:00", room.id, { status: "DRAFT" }),
  };
  const arrival = await db.movement.create({
    data: { summitId: summit.id, delegationId: one.id, kind: "ARRIVAL", toVenueId: forum.id, flight: `${key}001`, startsAt: at("07:00"), partySize: 12, principalLevel: "HEAD_OF_STATE_OR_GOVERNMENT" },
  });
  const tasks = {
    opening: await db.agencyTask.create({ data: { agencyId: police.id, itemId: items.opening.id, type: "ESCORT", startsAt: at("08:30"), endsAt: at("10:00"), note: `${key} note` } }),
    arrival: await db.agencyTask.create({ data: { agencyId: police.id, movementId: arrival.id, type: "ESCORT", startsAt: at("07:00"), endsAt: at("07:45") } }),
  };
  const rule = await db.coverageRule.create({ data: { summitId: summit.id, target: "ITEM", itemKind: "PLENARY", requiredType: "ESCORT", description: `${key}: escort every plenary` } });
  const bilateral = await db.bilateralRequest.create({
    data: {
      summitId: summit.id, requesterDelegationId: one.id, level: "PRINCIPAL", durationMinutes: 30, preferredDays: [new Date(`${NEXT_DAY}T00:00:00Z`)],
      parties: { create: [{ delegationId: one.id }, { delegationId: two.id }] },
    },
  });

  const person = async (role: "PLANNER" | "LIAISON" | "AGENCY", scope: { delegationIds?: string[]; agencyId?: string } = {}): Promise<Actor> => {
    const u = await db.user.create({
      data: {
        email: `${role.toLowerCase()}-${key.toLowerCase()}@two-summits.test`, name: `${role.toLowerCase()} ${key}`, role, passwordHash: "not-a-hash",
        agencyId: scope.agencyId ?? null,
        // A planner works on the summit they chose.
        currentSummitId: role === "PLANNER" ? summit.id : null,
        liaisons: { create: (scope.delegationIds ?? []).map((delegationId) => ({ delegationId })) },
      },
    });
    return { userId: u.id, name: u.name, email: u.email, role, delegationIds: scope.delegationIds ?? [], agencyId: scope.agencyId ?? null, mustChangePassword: false };
  };
  const actors = {
    planner: await person("PLANNER"),
    liaison: await person("LIAISON", { delegationIds: [one.id] }),
    agency: await person("AGENCY", { agencyId: police.id }),
  };
  return { summit, forum, spaces: { hall, room }, delegations: { one, two }, principal, police, items, arrival, tasks, rule, bilateral, actors };
}

export async function buildTwoSummits(db: Db) {
  const a = await buildSummit(db, "A");
  const b = await buildSummit(db, "B");
  return { a, b };
}

// A small summit for the arrivals tests: a palace with one entrance, two hotels, an airport and a
// conference centre with travel times; four delegations (a head of state, two heads of
// government, a partner) invited to a confirmed dinner; a police agency; actors of every role.
import type { Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";

export const DAY = "2025-06-24";
export const at = (hhmm: string, day = DAY) => new Date(`${day}T${hhmm}:00+02:00`);

export async function buildArrivalsFixture(db: Db, slug = "arrivals") {
  const summit = await db.summit.create({
    data: { slug, name: `Arrivals ${slug}`, host: "Netherlands", timeZone: "Europe/Amsterdam", startDate: new Date("2025-06-24"), endDate: new Date("2025-06-25") },
  });
  const venue = (name: string) => db.venue.create({ data: { summitId: summit.id, name: `${name} ${slug}` } });
  const palace = await venue("Huis ten Bosch");
  const hotelA = await venue("Hotel des Indes");
  const hotelB = await venue("Kurhaus");
  const airport = await venue("Schiphol");
  const forum = await venue("World Forum");
  const dining = await db.space.create({ data: { venueId: palace.id, name: "Royal dining room", capacity: 80 } });
  const room = await db.space.create({ data: { venueId: forum.id, name: "Bilateral room", capacity: 10 } });
  for (const [from, to, minutes] of [[hotelA, palace, 20], [hotelB, palace, 25], [airport, palace, 15], [forum, palace, 15]] as const) {
    await db.travelTime.create({ data: { summitId: summit.id, fromVenueId: from.id, toVenueId: to.id, minutes } });
  }
  const delegation = async (code: string, name: string, kind: "ALLY" | "PARTNER", hotel: string | null, headOf: "STATE" | "GOVERNMENT", title: string) => {
    const d = await db.delegation.create({ data: { summitId: summit.id, code, name, kind, hotelVenueId: hotel } });
    const principal = await db.member.create({ data: { delegationId: d.id, title, function: "HEAD_OF_STATE_OR_GOVERNMENT", precedence: 1, headOf } });
    return { ...d, principalId: principal.id };
  };
  const fr = await delegation("FR", "France", "ALLY", hotelB.id, "STATE", "President of France");
  const be = await delegation("BE", "Belgium", "ALLY", hotelA.id, "GOVERNMENT", "Prime Minister of Belgium");
  const nl = await delegation("NL", "Netherlands", "ALLY", hotelA.id, "GOVERNMENT", "Prime Minister of the Netherlands");
  const ua = await delegation("UA", "Ukraine", "PARTNER", hotelA.id, "STATE", "President of Ukraine");
  const dinner = await db.programmeItem.create({
    data: {
      summitId: summit.id, kind: "ROYAL_DINNER", title: "Royal dinner", status: "CONFIRMED", visibility: "ALL_DELEGATIONS",
      startsAt: at("19:30"), endsAt: at("22:30"), spaceId: dining.id,
      participations: { create: [fr, be, nl, ua].map((d) => ({ delegationId: d.id })) },
    },
  });
  const entrance = await db.entrance.create({ data: { venueId: palace.id, name: "Forecourt", minGapMinutes: 2 } });
  const police = await db.agency.create({ data: { summitId: summit.id, name: `Police ${slug}`, shortName: `POL-${slug}`, kind: "POLICE" } });
  const military = await db.agency.create({ data: { summitId: summit.id, name: `Military ${slug}`, shortName: `MIL-${slug}`, kind: "MILITARY" } });

  const actor = async (key: string, role: Role, scope: Partial<Pick<Actor, "delegationIds" | "agencyId">> = {}): Promise<Actor> => {
    const user = await db.user.create({
      data: {
        id: `u-${slug}-${key}`, email: `${slug}-${key.toLowerCase()}@example.org`, name: `${slug} ${key}`, role, passwordHash: "not-a-hash",
        agencyId: scope.agencyId ?? null,
        liaisons: { create: (scope.delegationIds ?? []).map((delegationId) => ({ delegationId })) },
      },
    });
    return { userId: user.id, name: user.name, email: user.email, role, mustChangePassword: false, delegationIds: scope.delegationIds ?? [], agencyId: scope.agencyId ?? null };
  };
  const actors = {
    planner: await actor("planner", "PLANNER"),
    liaisonBE: await actor("liaisonBE", "LIAISON", { delegationIds: [be.id] }),
    police: await actor("police", "AGENCY", { agencyId: police.id }),
    military: await actor("military", "AGENCY", { agencyId: military.id }),
    viewer: await actor("viewer", "VIEWER"),
  };
  return { summit, venues: { palace, hotelA, hotelB, airport, forum }, spaces: { dining, room }, delegations: { fr, be, nl, ua }, dinner, entrance, agencies: { police, military }, actors };
}

export type ArrivalsFixture = Awaited<ReturnType<typeof buildArrivalsFixture>>;

export const sequenceInput = (fx: ArrivalsFixture, overrides: Record<string, unknown> = {}) => ({
  itemId: fx.dinner.id,
  entranceId: fx.entrance.id,
  seniorLast: true,
  intervalMinutes: 3,
  groupGapMinutes: 2,
  greetingMinutes: 1,
  pressMinutes: 1,
  windowMinutes: 60,
  greeter: "The King and Queen",
  escortAgencyId: fx.agencies.police.id,
  ...overrides,
});

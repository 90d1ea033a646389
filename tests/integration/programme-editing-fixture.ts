// A small summit for the programme editing tests: two venues 15 motorcade minutes apart, the
// Netherlands and Belgium with their principals, two real planner users (audit entries name
// them), and a second summit whose ids must never be accepted by the first.
import type { Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/db";
import { itemInputSchema, type CreateItem, type ItemValues } from "@/lib/programme/schema";
import { parseInput } from "@/lib/validation";

export const DAY = "2025-06-24";
export const at = (hhmm: string, day = DAY) => new Date(`${day}T${hhmm}:00+02:00`);

async function planner(db: Db, email: string, name: string): Promise<Actor> {
  const user = await db.user.create({ data: { email, name, passwordHash: "x", role: "PLANNER" } });
  return { userId: user.id, name, email, role: "PLANNER", delegationIds: [], agencyId: null, mustChangePassword: false };
}

export async function buildEditingFixture(db: Db) {
  const summit = await db.summit.create({
    data: { slug: "editing", name: "Editing Summit", host: "Test", timeZone: "Europe/Amsterdam", startDate: new Date("2025-06-24"), endDate: new Date("2025-06-25"), travelBufferMinutes: 10 },
  });
  const forum = await db.venue.create({ data: { summitId: summit.id, name: "World Forum" } });
  const palace = await db.venue.create({ data: { summitId: summit.id, name: "Huis ten Bosch" } });
  const plenary = await db.space.create({ data: { venueId: forum.id, name: "Plenary Hall", capacity: 400 } });
  const room = await db.space.create({ data: { venueId: forum.id, name: "Bilateral Room 1", capacity: 2 } });
  const salon = await db.space.create({ data: { venueId: palace.id, name: "Orange Salon", capacity: 40 } });
  await db.travelTime.create({ data: { summitId: summit.id, fromVenueId: forum.id, toVenueId: palace.id, minutes: 15 } });
  const nl = await db.delegation.create({ data: { summitId: summit.id, code: "NL", name: "Netherlands", kind: "ALLY" } });
  const be = await db.delegation.create({ data: { summitId: summit.id, code: "BE", name: "Belgium", kind: "ALLY" } });
  const pm = await db.member.create({ data: { delegationId: nl.id, title: "Prime Minister of the Netherlands", function: "HEAD_OF_STATE_OR_GOVERNMENT", precedence: 1 } });
  const fm = await db.member.create({ data: { delegationId: nl.id, title: "Foreign Minister of the Netherlands", function: "FOREIGN_MINISTER", precedence: 2 } });
  const bePm = await db.member.create({ data: { delegationId: be.id, title: "Prime Minister of Belgium", function: "HEAD_OF_STATE_OR_GOVERNMENT", precedence: 1 } });

  const other = await db.summit.create({
    data: { slug: "other", name: "Other Summit", host: "Elsewhere", timeZone: "Europe/Amsterdam", startDate: new Date("2025-06-24"), endDate: new Date("2025-06-25") },
  });
  const otherVenue = await db.venue.create({ data: { summitId: other.id, name: "Other Venue" } });
  const otherSpace = await db.space.create({ data: { venueId: otherVenue.id, name: "Other Room", capacity: 10 } });
  const otherDelegation = await db.delegation.create({ data: { summitId: other.id, code: "XX", name: "Other Land", kind: "ALLY" } });
  const otherMember = await db.member.create({ data: { delegationId: otherDelegation.id, title: "President of Other Land", function: "HEAD_OF_STATE_OR_GOVERNMENT", precedence: 1 } });
  const otherItem = await db.programmeItem.create({
    data: { summitId: other.id, kind: "SIDE_EVENT", title: "Other event", startsAt: at("09:00"), endsAt: at("10:00") },
  });

  const planners = {
    anna: await planner(db, "anna@example.org", "Anna Planner"),
    ben: await planner(db, "ben@example.org", "Ben Planner"),
  };

  /** A valid item's values, as a form sends them; override what the test is about. */
  const values = (overrides: Partial<ItemValues> = {}): ItemValues => ({
    summitId: summit.id,
    kind: "PLENARY",
    title: "Test item",
    status: "DRAFT",
    visibility: "STAFF",
    startsAt: at("10:00"),
    endsAt: at("11:00"),
    spaceId: plenary.id,
    delegationIds: [],
    memberIds: [],
    ...overrides,
  });
  /** The same item parsed at the boundary, as the mutations take it. */
  const input = (overrides: Partial<ItemValues> = {}): CreateItem => parseInput(itemInputSchema, values(overrides));

  return {
    summit,
    venues: { forum, palace },
    spaces: { plenary, room, salon },
    delegations: { nl, be },
    members: { pm, fm, bePm },
    other: { summit: other, space: otherSpace, delegation: otherDelegation, member: otherMember, item: otherItem },
    planners,
    values,
    input,
  };
}

export type EditingFixture = Awaited<ReturnType<typeof buildEditingFixture>>;

// Turns the demo constants into database rows. Ids are deterministic (ids.ts), so rows refer
// to each other directly and every table is written with one createMany.
import type { Prisma } from "@/lib/generated/prisma/client";
import { PartyResponse } from "@/lib/generated/prisma/enums";

import { DEMO_AGENCIES, DEMO_COVERAGE_RULES } from "./agencies";
import { DEMO_BILATERALS } from "./bilaterals";
import { DEMO_DELEGATIONS } from "./delegations";
import {
  DEMO_SUMMIT_ID as S,
  agencyId,
  bilateralId,
  coverageRuleId,
  delegationId,
  itemId,
  memberId,
  participationId,
  spaceId,
  taskId,
  userId,
  venueId,
} from "./ids";
import { DEFAULT_ITEM_STATUS, type SpaceRef } from "./items";
import { DEMO_MEMBERS } from "./members";
import { DEMO_MOVEMENTS } from "./movements";
import { DEMO_ITEMS } from "./programme";
import { DEMO_SUMMIT } from "./summit";
import { DEMO_TASKS } from "./tasks";
import { at, dateColumn } from "./time";
import { DEMO_TRAVEL_TIMES } from "./travel";
import { DEMO_USERS } from "./users";
import { DEMO_VENUES } from "./venues";

const spaceOf = (ref: SpaceRef | null): string | null => (ref ? spaceId(ref.venue, ref.space) : null);

export const summitRow = (): Prisma.SummitCreateManyInput => ({ id: S, ...DEMO_SUMMIT });

export const venueRows = (): Prisma.VenueCreateManyInput[] =>
  DEMO_VENUES.map((v) => ({ id: venueId(v.key), summitId: S, name: v.name, kind: v.kind, address: v.address }));

export const spaceRows = (): Prisma.SpaceCreateManyInput[] =>
  DEMO_VENUES.flatMap((v) =>
    v.spaces.map(({ key, ...space }) => ({ id: spaceId(v.key, key), venueId: venueId(v.key), ...space })),
  );

export const travelTimeRows = (): Prisma.TravelTimeCreateManyInput[] =>
  DEMO_TRAVEL_TIMES.map((t) => ({
    id: `demo-travel-${t.from}-${t.to}`,
    summitId: S,
    fromVenueId: venueId(t.from),
    toVenueId: venueId(t.to),
    minutes: t.minutes,
  }));

export const agencyRows = (): Prisma.AgencyCreateManyInput[] =>
  DEMO_AGENCIES.map((a) => ({ id: agencyId(a.shortName), summitId: S, name: a.name, shortName: a.shortName, kind: a.kind }));

/** One argon2 hash shared by every demo user: they all have the same published password. */
export const userRows = (passwordHash: string): Prisma.UserCreateManyInput[] =>
  DEMO_USERS.map((u) => ({
    id: userId(u.key),
    email: u.email,
    name: u.name,
    passwordHash,
    role: u.role,
    agencyId: u.agencyShortName ? agencyId(u.agencyShortName) : null,
    isDemo: true,
  }));

export const delegationRows = (): Prisma.DelegationCreateManyInput[] =>
  DEMO_DELEGATIONS.map((d) => ({
    id: delegationId(d.code),
    summitId: S,
    code: d.code,
    name: d.name,
    kind: d.kind,
    homeTimeZone: d.homeTimeZone,
    hotelVenueId: d.hotel ? venueId(d.hotel) : null,
    arrivesAt: d.arrival?.at ?? null,
    departsAt: d.departure?.at ?? null,
  }));

export const memberRows = (): Prisma.MemberCreateManyInput[] =>
  DEMO_MEMBERS.map((m) => ({
    id: memberId(m.delegation, m.key),
    delegationId: delegationId(m.delegation),
    title: m.title,
    personalName: null,
    function: m.function,
    precedence: m.precedence,
  }));

export const liaisonRows = (): Prisma.LiaisonAssignmentCreateManyInput[] =>
  DEMO_USERS.flatMap((u) => u.delegationCodes.map((code) => ({ userId: userId(u.key), delegationId: delegationId(code) })));

export const itemRows = (): Prisma.ProgrammeItemCreateManyInput[] =>
  DEMO_ITEMS.map((i) => ({
    id: itemId(i.key),
    summitId: S,
    kind: i.kind,
    title: i.title,
    description: i.description ?? null,
    status: i.status ?? DEFAULT_ITEM_STATUS,
    visibility: i.visibility,
    startsAt: i.startsAt,
    endsAt: i.endsAt,
    spaceId: spaceOf(i.space),
    organiser: i.organiser ?? null,
    dressCode: i.dressCode ?? null,
    staffNotes: i.staffNotes ?? null,
    parentId: i.parent ? itemId(i.parent) : null,
  }));

export const participationRows = (): Prisma.ParticipationCreateManyInput[] =>
  DEMO_ITEMS.flatMap((i) => [
    ...(i.delegations ?? []).map((code) => ({ delegationId: delegationId(code), memberId: null })),
    ...(i.members ?? []).map((m) => ({ delegationId: delegationId(m.delegation), memberId: memberId(m.delegation, m.key) })),
  ].map((p, index) => ({ id: participationId(i.key, index), itemId: itemId(i.key), ...p })));

export const bilateralRows = (): Prisma.BilateralRequestCreateManyInput[] =>
  DEMO_BILATERALS.map((b) => ({
    id: bilateralId(b.key),
    summitId: S,
    requesterDelegationId: delegationId(b.requester),
    level: b.level,
    durationMinutes: b.durationMinutes,
    preferredDays: b.preferredDays.map(dateColumn),
    notes: b.notes,
    status: b.status,
    proposedStartsAt: b.item?.startsAt ?? null,
    proposedEndsAt: b.item?.endsAt ?? null,
    proposedSpaceId: b.item ? spaceOf(b.item.space) : null,
    itemId: b.item ? itemId(b.item.key) : null,
    createdById: userId(b.createdBy),
  }));

// Confirmed meetings were agreed in the week before the summit; open requests await a proposal.
export const bilateralPartyRows = (): Prisma.BilateralPartyCreateManyInput[] =>
  DEMO_BILATERALS.flatMap((b) =>
    b.parties.map((code) => ({
      requestId: bilateralId(b.key),
      delegationId: delegationId(code),
      response: b.item ? PartyResponse.ACCEPTED : PartyResponse.PENDING,
      respondedAt: b.item ? at(20, code === b.requester ? "10:00" : "16:00") : null,
    })),
  );

export const movementRows = (): Prisma.MovementCreateManyInput[] =>
  DEMO_MOVEMENTS.map((m) => ({
    id: m.id,
    summitId: S,
    delegationId: delegationId(m.delegation),
    kind: m.kind,
    fromVenueId: m.from ? venueId(m.from) : null,
    toVenueId: m.to ? venueId(m.to) : null,
    flight: m.flight,
    startsAt: m.startsAt,
    endsAt: m.endsAt,
    partySize: m.partySize,
    principalLevel: m.principalLevel,
    routeNote: m.routeNote,
    roadClosureNeeded: m.roadClosureNeeded,
    staffNotes: m.staffNotes,
    fromItemId: m.fromItem ? itemId(m.fromItem) : null,
    toItemId: m.toItem ? itemId(m.toItem) : null,
  }));

export const taskRows = (): Prisma.AgencyTaskCreateManyInput[] =>
  DEMO_TASKS.map((t, index) => ({
    id: taskId(index + 1),
    agencyId: agencyId(t.agency),
    itemId: t.item ? itemId(t.item) : null,
    movementId: t.movement,
    type: t.type,
    status: t.status,
    startsAt: t.startsAt,
    endsAt: t.endsAt,
    location: t.location,
    note: t.note,
    staffNotes: t.staffNotes,
  }));

export const coverageRuleRows = (): Prisma.CoverageRuleCreateManyInput[] =>
  DEMO_COVERAGE_RULES.map((r) => ({
    id: coverageRuleId(r.key),
    summitId: S,
    target: r.target,
    venueId: r.venue ? venueId(r.venue) : null,
    movementKind: r.movementKind,
    principalLevel: r.principalLevel,
    requiredType: r.requiredType,
    description: r.description,
  }));

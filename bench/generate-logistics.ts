// Movements (arrival, departure, motorcade transfers) and agency tasks for a generated summit.
import type { Prisma } from "@/lib/generated/prisma/client";
import { ItemStatus, MemberFunction, MovementKind, TaskStatus, TaskType, VenueKind } from "@/lib/generated/prisma/enums";

import { benchId, summitInstant } from "./generate";
import { CARELESS, FREE_MARGIN_MS } from "./generate-programme";
import type { Rng } from "./prng";
import type { ScaleCounts } from "./scales";

const TASK_TYPES: readonly TaskType[] = Object.values(TaskType);
const TASK_STATUSES: readonly TaskStatus[] = [TaskStatus.PLANNED, TaskStatus.PLANNED, TaskStatus.ACKNOWLEDGED, TaskStatus.DONE];

interface Input {
  summitId: string;
  venues: readonly Prisma.VenueCreateManyInput[];
  spaces: readonly Prisma.SpaceCreateManyInput[];
  travelTimes: readonly Prisma.TravelTimeCreateManyInput[];
  delegations: readonly Prisma.DelegationCreateManyInput[];
  members: readonly Prisma.MemberCreateManyInput[];
  items: readonly Prisma.ProgrammeItemCreateManyInput[];
  participations: readonly Prisma.ParticipationCreateManyInput[];
  agencyIds: readonly string[];
}

const at = (value: Date | string | null | undefined): Date => new Date(value ?? 0);
const MINUTE = 60_000;
const GROUND_MS = 30 * MINUTE;
/** Motorcades reach an item this long before it starts. */
const EARLY_MS = 5 * MINUTE;

interface Busy {
  start: number;
  end: number;
  /** Where the principal is at the end of it. */
  venueId: string;
}

/**
 * Each principal's calendar: the items they (or their whole delegation) attend, in time order,
 * each with its venue. Transfers are planned into the gaps, as a host team plans motorcades.
 */
function principalCalendars(input: Input): Map<string, (Busy & { itemId: string })[]> {
  const principalOf = new Map(input.members.filter((m) => m.precedence === 1).map((m) => [m.id!, m.delegationId]));
  const venueOfSpace = new Map(input.spaces.map((s) => [s.id!, s.venueId]));
  const items = new Map(input.items.filter((i) => i.status !== ItemStatus.CANCELLED && i.spaceId).map((i) => [i.id!, i]));
  const calendars = new Map<string, (Busy & { itemId: string })[]>(input.delegations.map((d) => [d.id!, []]));
  for (const p of input.participations) {
    const item = items.get(p.itemId);
    if (!item) continue;
    const delegationId = p.memberId ? principalOf.get(p.memberId) : p.delegationId;
    if (!delegationId) continue;
    calendars.get(delegationId)!.push({ start: at(item.startsAt).getTime(), end: at(item.endsAt).getTime(), venueId: venueOfSpace.get(item.spaceId!)!, itemId: item.id! });
  }
  for (const list of calendars.values()) list.sort((a, b) => a.start - b.start);
  return calendars;
}

function movements(rng: Rng, c: ScaleCounts, input: Input): Prisma.MovementCreateManyInput[] {
  const { summitId, venues, delegations } = input;
  const airports = venues.filter((v) => v.kind === VenueKind.AIRPORT);
  const ride = new Map(input.travelTimes.map((t) => [`${t.fromVenueId}>${t.toVenueId}`, t.minutes * MINUTE]));
  const rideMs = (from: string, to: string) => (from === to ? 0 : ride.get(`${from}>${to}`) ?? 40 * MINUTE);
  const rows: Prisma.MovementCreateManyInput[] = [];
  const base = (d: Prisma.DelegationCreateManyInput) => ({
    summitId,
    delegationId: d.id!,
    partySize: rng.int(3, 60),
    principalLevel: MemberFunction.HEAD_OF_STATE_OR_GOVERNMENT,
    roadClosureNeeded: rng.chance(0.5),
    staffNotes: rng.chance(0.2) ? "Staff only: motorcade route confirmed." : null,
  });
  // Every delegation arrives and leaves by air (as the app records flights: an arrival names the
  // airport it lands at, a departure the one it leaves from, with 30 minutes on the ground after
  // landing).
  const stay = new Map<string, { from: number; until: number; airport: string }>();
  for (const d of delegations) {
    if (rows.length + 2 > c.movements) break;
    const airport = rng.pick(airports).id!;
    const lands = at(d.arrivesAt);
    stay.set(d.id!, { from: lands.getTime() + GROUND_MS, until: at(d.departsAt).getTime(), airport });
    rows.push({ id: benchId("move", rows.length), kind: MovementKind.ARRIVAL, fromVenueId: null, toVenueId: airport, flight: `BX${rng.int(100, 999)}`, startsAt: lands, endsAt: new Date(lands.getTime() + GROUND_MS), ...base(d) });
    rows.push({ id: benchId("move", rows.length), kind: MovementKind.DEPARTURE, fromVenueId: airport, toVenueId: null, flight: `BX${rng.int(100, 999)}`, startsAt: at(d.departsAt), ...base(d) });
  }

  // The other movements are motorcades planned into each principal's free time, as a host team
  // plans them (so the conflicts that remain are the few careless ones, as in the programme):
  // first one to each item the principal attends, from wherever they were, arriving shortly before
  // it starts and linked to it; then, while the budget lasts, trips in free time.
  const calendars = principalCalendars(input);
  const booked = new Map<string, Busy[]>(delegations.map((d) => [d.id!, []]));
  const free = (delegationId: string, start: number, end: number) => {
    const s = stay.get(delegationId);
    if (!s || start < s.from || end > s.until) return false;
    const clash = (b: Busy) => b.start < end + FREE_MARGIN_MS && start < b.end + FREE_MARGIN_MS;
    return !calendars.get(delegationId)!.some(clash) && !booked.get(delegationId)!.some(clash);
  };
  const push = (d: Prisma.DelegationCreateManyInput, from: string, to: string, start: number, end: number, toItemId: string | null) => {
    booked.get(d.id!)!.push({ start, end, venueId: to });
    rows.push({
      id: benchId("move", rows.length),
      kind: MovementKind.TRANSFER,
      fromVenueId: from,
      toVenueId: to,
      startsAt: new Date(start),
      endsAt: new Date(end),
      routeNote: rng.chance(0.3) ? "Closed route via the coastal road" : null,
      toItemId,
      ...base(d),
    });
  };
  const placeBefore = (delegationId: string, t: number) => {
    let place = stay.get(delegationId)?.airport ?? venues[0].id!;
    let latest = Number.NEGATIVE_INFINITY;
    for (const b of [...calendars.get(delegationId)!, ...booked.get(delegationId)!]) {
      if (b.end <= t && b.end > latest) [latest, place] = [b.end, b.venueId];
    }
    return place;
  };

  const queues = delegations.map((d) => ({ d, items: [...calendars.get(d.id!)!] }));
  for (let progress = true; progress && rows.length < c.movements; ) {
    progress = false;
    for (const q of queues) {
      if (rows.length >= c.movements) break;
      const item = q.items.shift();
      if (!item) continue;
      progress = true;
      const from = placeBefore(q.d.id!, item.start);
      if (from === item.venueId) continue;
      const end = item.start - EARLY_MS;
      const start = end - rideMs(from, item.venueId);
      // The motorcade's own window must be free apart from the item it serves.
      const calendar = calendars.get(q.d.id!)!;
      const others = calendar.filter((b) => b !== item);
      calendars.set(q.d.id!, others);
      const ok = free(q.d.id!, start, end);
      calendars.set(q.d.id!, calendar);
      if (ok || rng.chance(CARELESS)) push(q.d, from, item.venueId, start, end, item.itemId);
    }
  }
  for (let attempts = 0; rows.length < c.movements && attempts < c.movements * 40; attempts++) {
    const d = rng.pick(delegations);
    const start = summitInstant(rng.int(0, 1), rng.int(7 * 12, 22 * 12) * 5).getTime();
    const from = placeBefore(d.id!, start);
    const others = venues.filter((v) => v.id !== from);
    const to = rng.pick(others).id!;
    const end = start + Math.max(5 * MINUTE, rideMs(from, to));
    if (free(d.id!, start, end) || rng.chance(CARELESS)) push(d, from, to, start, end, null);
  }
  return rows;
}

function tasks(rng: Rng, c: ScaleCounts, input: Input, moves: readonly Prisma.MovementCreateManyInput[]): Prisma.AgencyTaskCreateManyInput[] {
  const live = input.items.filter((i) => i.status !== ItemStatus.CANCELLED);
  const rows: Prisma.AgencyTaskCreateManyInput[] = [];
  for (let t = 0; t < c.tasks; t++) {
    const onItem = t % 2 === 0 && live.length > 0;
    const item = onItem ? rng.pick(live) : null;
    const move = onItem ? null : rng.pick(moves);
    const startsAt = new Date(at(item ? item.startsAt : move!.startsAt).getTime() - 30 * 60_000);
    const endsAt = item ? new Date(at(item.endsAt).getTime() + 15 * 60_000) : new Date(startsAt.getTime() + 90 * 60_000);
    rows.push({
      id: benchId("task", t),
      agencyId: rng.pick(input.agencyIds),
      itemId: item?.id ?? null,
      movementId: move?.id ?? null,
      type: rng.pick(TASK_TYPES),
      status: rng.pick(TASK_STATUSES),
      startsAt,
      endsAt,
      location: rng.chance(0.5) ? "Main entrance" : null,
      note: rng.chance(0.3) ? "Coordinate with the liaison on arrival." : null,
      staffNotes: null,
    });
  }
  return rows;
}

export function generateLogistics(rng: Rng, c: ScaleCounts, input: Input) {
  const moves = movements(rng, c, input);
  return { movements: moves, tasks: tasks(rng, c, input, moves) };
}

// Programme items and their participations for a generated summit (see generate.ts).
// Items are laid out per space one after another, so confirmed items never overlap in a space;
// participants are drawn among members who are free by then (with a travel margin), so most of
// the programme is clean and the conflicts that remain are the few a real programme has.
import type { Prisma } from "@/lib/generated/prisma/client";
import { ItemKind, ItemStatus, Visibility } from "@/lib/generated/prisma/enums";

import { benchId, summitInstant } from "./generate";
import type { Rng } from "./prng";
import type { ScaleCounts } from "./scales";

const DURATIONS = [30, 45, 60, 60, 90, 120, 180] as const;
const VISIBILITIES: readonly Visibility[] = [
  Visibility.PUBLIC,
  Visibility.ALL_DELEGATIONS,
  Visibility.PARTICIPANTS,
  Visibility.PARTICIPANTS,
  Visibility.STAFF,
];
const FIRST_START = 7 * 60 + 30;
const LAST_END = 23 * 60 + 30;
// The longest travel time plus the buffer (40 + 10 min): a free member is never too late.
export const FREE_MARGIN_MS = 50 * 60_000;
/** Participations placed without looking at the member's calendar: the programme's real conflicts. */
export const CARELESS = 0.01;

interface Input {
  summitId: string;
  spaces: readonly Prisma.SpaceCreateManyInput[];
  delegations: readonly Prisma.DelegationCreateManyInput[];
  members: readonly Prisma.MemberCreateManyInput[];
}

/** How many participations each item gets: skewed (a few plenaries, many small meetings), summing to the target. */
function participantCounts(rng: Rng, items: number, total: number, cap: number): number[] {
  const mean = total / items;
  const k = Array.from({ length: items }, () => Math.min(cap, Math.max(1, Math.round(-Math.log(1 - rng.next()) * mean))));
  let diff = total - k.reduce((a, b) => a + b, 0);
  while (diff !== 0) {
    const i = rng.int(0, items - 1);
    const step = diff > 0 && k[i] < cap ? 1 : diff < 0 && k[i] > 1 ? -1 : 0;
    k[i] += step;
    diff -= step;
  }
  return k;
}

function kindOf(rng: Rng, participants: number, startMinute: number, duration: number): ItemKind {
  if (participants >= 20) return ItemKind.PLENARY;
  if (duration >= 120 && startMinute >= 18 * 60) return rng.chance(0.2) ? ItemKind.ROYAL_DINNER : ItemKind.WORKING_DINNER;
  if (participants === 2) return ItemKind.BILATERAL;
  return rng.chance(0.3) ? ItemKind.PRESS_MOMENT : ItemKind.SIDE_EVENT;
}

function statusOf(rng: Rng): ItemStatus {
  const roll = rng.next();
  return roll < 0.75 ? ItemStatus.CONFIRMED : roll < 0.93 ? ItemStatus.DRAFT : ItemStatus.CANCELLED;
}

function layOutItems(rng: Rng, c: ScaleCounts, input: Input, sizes: readonly number[]): Prisma.ProgrammeItemCreateManyInput[] {
  const { spaces } = input;
  // Bookings per space and day as [start, end) minutes: a confirmed item only goes where it fits.
  const booked = spaces.map(() => [[], []] as [number, number][][]);
  const fits = (list: readonly [number, number][], from: number, to: number) => list.every(([a, b]) => to + 10 <= a || from >= b + 10);
  const items: Prisma.ProgrammeItemCreateManyInput[] = [];
  const sideEvents: number[] = [];
  for (let i = 0; i < c.items; i++) {
    let status = statusOf(rng);
    let duration: number = rng.pick(DURATIONS);
    const day = rng.int(0, 1);
    let start = -1;
    let spaceIndex = -1;
    let parentId: string | null = null;
    if (rng.chance(0.08)) {
      // Sessions of a side event (in its space, so no space of their own) and transfers.
      const parent = sideEvents.length && rng.chance(0.6) ? items[rng.pick(sideEvents)] : null;
      if (parent) {
        parentId = parent.id!;
        const parentStart = new Date(parent.startsAt).getTime();
        const parentMinutes = (new Date(parent.endsAt).getTime() - parentStart) / 60_000;
        duration = Math.min(30, parentMinutes);
        items.push(row(i, ItemKind.SIDE_EVENT_SESSION, parent.status!, new Date(parentStart), duration, null, parentId));
        continue;
      }
      start = rng.int(FIRST_START / 5, (LAST_END - duration) / 5) * 5;
    } else {
      // A time anywhere in the day, then a space free at that time (with 10 minutes to turn the room).
      const wanted = rng.int(FIRST_START / 5, (LAST_END - duration) / 5) * 5;
      for (let attempt = 0; attempt < 30 && start < 0; attempt++) {
        const s = rng.int(0, spaces.length - 1);
        if (spaces[s].capacity < sizes[i] && attempt < 29) continue;
        if (!fits(booked[s][day], wanted, wanted + duration)) continue;
        booked[s][day].push([wanted, wanted + duration]);
        start = wanted;
        spaceIndex = s;
      }
      // No room left, or one of the few deliberate double bookings: a draft at a random time.
      if (start < 0 || (status === ItemStatus.DRAFT && rng.chance(0.1))) {
        status = ItemStatus.DRAFT;
        spaceIndex = rng.int(0, spaces.length - 1);
        start = rng.int(FIRST_START / 5, (LAST_END - duration) / 5) * 5;
      }
    }
    const kind = spaceIndex < 0 ? ItemKind.TRANSFER : kindOf(rng, sizes[i], start, duration);
    if (kind === ItemKind.SIDE_EVENT && spaceIndex >= 0) sideEvents.push(i);
    items.push(row(i, kind, status, summitInstant(day, start), duration, spaceIndex < 0 ? null : spaces[spaceIndex].id!, null));
  }
  return items;

  function row(i: number, kind: ItemKind, status: ItemStatus, startsAt: Date, minutes: number, spaceId: string | null, parent: string | null) {
    return {
      id: benchId("item", i),
      summitId: input.summitId,
      kind,
      title: `${kind.replace(/_/g, " ").toLowerCase()} ${i}`,
      description: rng.chance(0.5) ? `Generated item ${i} of the benchmark summit.` : null,
      status,
      visibility: rng.pick(VISIBILITIES),
      startsAt,
      endsAt: new Date(startsAt.getTime() + minutes * 60_000),
      spaceId,
      organiser: rng.chance(0.3) ? "Host country protocol" : null,
      dressCode: rng.chance(0.2) ? "Business attire" : null,
      staffNotes: rng.chance(0.2) ? "Staff only: check the seating plan." : null,
      parentId: parent,
    };
  }
}

export function generateProgramme(rng: Rng, c: ScaleCounts, input: Input) {
  const { delegations, members } = input;
  const sizes = participantCounts(rng, c.items, c.participations, Math.min(delegations.length + members.length, 400));
  const items = layOutItems(rng, c, input, sizes);

  const memberIndex = new Map(members.map((m, i) => [m.id!, i]));
  const principalOf = delegations.map((d) => memberIndex.get(members.find((m) => m.delegationId === d.id && m.precedence === 1)!.id!)!);
  const busyUntil = new Float64Array(members.length).fill(Number.NEGATIVE_INFINITY);
  const windowOf = new Map(delegations.map((d) => [d.id!, [new Date(d.arrivesAt ?? 0).getTime(), new Date(d.departsAt ?? 0).getTime()]]));
  const [arrives, departs] = [0, 1].map((k) => Float64Array.from(members, (m) => windowOf.get(m.delegationId)![k]));
  const order = items.map((_, i) => i).sort((a, b) => new Date(items[a].startsAt).getTime() - new Date(items[b].startsAt).getTime());
  const participations: Prisma.ParticipationCreateManyInput[] = [];

  for (const i of order) {
    const item = items[i];
    const start = new Date(item.startsAt).getTime();
    const end = new Date(item.endsAt).getTime();
    const takenMembers = new Set<number>();
    const takenDelegations = new Set<number>();
    for (let j = 0; j < sizes[i]; j++) {
      const whole = rng.chance(0.3) && takenDelegations.size < delegations.length;
      const pool = whole ? delegations.length : members.length;
      const taken = whole ? takenDelegations : takenMembers;
      if (taken.size >= pool) continue;
      let pick = -1;
      const careless = rng.chance(CARELESS);
      for (let attempt = 0; attempt < 40 && pick < 0; attempt++) {
        const candidate = rng.int(0, pool - 1);
        const p = whole ? principalOf[candidate] : candidate;
        const free = careless || (busyUntil[p] + FREE_MARGIN_MS <= start && arrives[p] <= start && end <= departs[p]);
        if (!taken.has(candidate) && free) pick = candidate;
      }
      // Everyone sampled was busy: take the next one not yet in the item (a real conflict).
      if (pick < 0) for (pick = rng.int(0, pool - 1); taken.has(pick); pick = (pick + 1) % pool);
      taken.add(pick);
      const person = whole ? principalOf[pick] : pick;
      if (item.status !== ItemStatus.CANCELLED) busyUntil[person] = Math.max(busyUntil[person], end);
      participations.push({
        id: benchId("part", participations.length),
        itemId: item.id!,
        delegationId: whole ? delegations[pick].id! : members[pick].delegationId,
        memberId: whole ? null : members[pick].id!,
      });
    }
  }
  return { items, participations };
}

// Movements (arrival, departure, motorcade transfers) and agency tasks for a generated summit.
import type { Prisma } from "@/lib/generated/prisma/client";
import { ItemStatus, MemberFunction, MovementKind, TaskStatus, TaskType, VenueKind } from "@/lib/generated/prisma/enums";

import { benchId, summitInstant } from "./generate";
import type { Rng } from "./prng";
import type { ScaleCounts } from "./scales";

const TASK_TYPES: readonly TaskType[] = Object.values(TaskType);
const TASK_STATUSES: readonly TaskStatus[] = [TaskStatus.PLANNED, TaskStatus.PLANNED, TaskStatus.ACKNOWLEDGED, TaskStatus.DONE];

interface Input {
  summitId: string;
  venues: readonly Prisma.VenueCreateManyInput[];
  delegations: readonly Prisma.DelegationCreateManyInput[];
  items: readonly Prisma.ProgrammeItemCreateManyInput[];
  agencyIds: readonly string[];
}

const at = (value: Date | string | null | undefined): Date => new Date(value ?? 0);

function movements(rng: Rng, c: ScaleCounts, input: Input): Prisma.MovementCreateManyInput[] {
  const { summitId, venues, delegations } = input;
  const airports = venues.filter((v) => v.kind === VenueKind.AIRPORT);
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
  // landing); the rest are motorcades between venues, a third of them serving an item (linked to
  // it, so the transfer-link rule has work at every scale).
  const live = input.items.filter((i) => i.status !== ItemStatus.CANCELLED);
  for (const d of delegations) {
    if (rows.length + 2 > c.movements) break;
    const airport = rng.pick(airports).id!;
    const lands = at(d.arrivesAt);
    rows.push({ id: benchId("move", rows.length), kind: MovementKind.ARRIVAL, fromVenueId: null, toVenueId: airport, flight: `BX${rng.int(100, 999)}`, startsAt: lands, endsAt: new Date(lands.getTime() + 30 * 60_000), ...base(d) });
    rows.push({ id: benchId("move", rows.length), kind: MovementKind.DEPARTURE, fromVenueId: airport, toVenueId: null, flight: `BX${rng.int(100, 999)}`, startsAt: at(d.departsAt), ...base(d) });
  }
  while (rows.length < c.movements) {
    const d = rng.pick(delegations);
    const from = rng.int(0, venues.length - 1);
    const to = (from + rng.int(1, venues.length - 1)) % venues.length;
    if (from === to) continue;
    const startsAt = summitInstant(rng.int(0, 1), rng.int(7 * 12, 22 * 12) * 5);
    const served = live.length > 0 && rng.chance(1 / 3) ? rng.pick(live).id! : null;
    rows.push({
      id: benchId("move", rows.length),
      kind: MovementKind.TRANSFER,
      fromVenueId: venues[from].id!,
      toVenueId: venues[to].id!,
      startsAt,
      endsAt: new Date(startsAt.getTime() + rng.int(1, 8) * 5 * 60_000),
      routeNote: rng.chance(0.3) ? "Closed route via the coastal road" : null,
      toItemId: served,
      ...base(d),
    });
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

// Repair suggestions: when a change leaves hard conflicts, the smallest set of moves that clears
// them. Candidate moves come from the engine's own tools: a bilateral to its next free slot and a
// room swap from the slot finder (findSlots), a transfer shifted to leave after the item it leaves
// from, reach the item it goes to in time, or clear the item it overlaps. Sets are tried smallest
// first, every set of one size before the next (so the answer is minimal by construction); a set
// counts when, with the transfers that follow a moved item (followerShifts, as a save moves them),
// the conflict engine finds none of the target conflicts and no hard conflict that was not there
// before. Equal sizes are ranked by how many delegations and agencies the moves disturb. Pure.
import { followerShifts } from "@/lib/programme/followers";
import { checkSummit, findSlots, type Conflict, type SummitItem, type SummitMovement, type SummitSnapshot } from "@/lib/scheduling";
import { dayBounds, isoDayOf } from "@/lib/time";
import type { RepairMove, RepairSuggestion } from "../types";

export type RepairSearch = {
  snapshot: SummitSnapshot;
  /** The hard conflicts to clear. */
  targets: readonly Conflict[];
  /** Items and movements that stay where they are (what the change itself just moved). */
  fixed: ReadonlySet<string>;
  /** The agencies with tasks on each item or movement. */
  agenciesOf?: ReadonlyMap<string, ReadonlySet<string>>;
  /** Largest set tried (default 3) and how many suggestions to return (default 3). */
  maxMoves?: number;
  limit?: number;
  /** Most candidate moves considered (default 12): the nearest to the conflicts first. */
  maxCandidates?: number;
};

const MS_PER_MINUTE = 60_000;

function participantsOf(snapshot: SummitSnapshot, item: SummitItem): string[] {
  const principals = snapshot.members.filter((m) => m.isPrincipal && item.delegationIds.includes(m.delegationId)).map((m) => m.id);
  return [...new Set([...item.memberIds, ...principals])].sort();
}

const moveKey = (m: Pick<RepairMove, "entity" | "id" | "startsAt" | "spaceId">) => `${m.entity}:${m.id}@${m.startsAt.toISOString()}/${m.spaceId ?? "-"}`;

function itemMove(item: SummitItem, kind: RepairMove["kind"], startsAt: Date, endsAt: Date, spaceId: string | null): RepairMove {
  const move = { entity: "ProgrammeItem" as const, id: item.id, kind, title: item.title, startsAt, endsAt, spaceId };
  return { ...move, key: moveKey(move) };
}

function transferMove(m: SummitMovement, byMs: number, title: string): RepairMove {
  const move = {
    entity: "Movement" as const,
    id: m.id,
    kind: "shift" as const,
    title,
    startsAt: new Date(m.startsAt.getTime() + byMs),
    endsAt: m.endsAt ? new Date(m.endsAt.getTime() + byMs) : null,
    spaceId: null,
  };
  return { ...move, key: moveKey(move) };
}

/** A bilateral to its next free slot the same day (any room), or the same time in another free room. */
function itemCandidates(snapshot: SummitSnapshot, item: SummitItem, conflict: Conflict): RepairMove[] {
  const out: RepairMove[] = [];
  const memberIds = participantsOf(snapshot, item);
  if (memberIds.length === 0) return out;
  const durationMinutes = Math.round((item.endsAt.getTime() - item.startsAt.getTime()) / MS_PER_MINUTE);
  const space = snapshot.spaces.find((s) => s.id === item.spaceId);
  const base = { memberIds, durationMinutes, ignoreItemId: item.id, minCapacity: Math.min(space?.capacity ?? memberIds.length, memberIds.length) };
  if (item.kind === "BILATERAL") {
    const { endsAt } = dayBounds(isoDayOf(item.startsAt, snapshot.timeZone), snapshot.timeZone);
    const found = findSlots(snapshot, { ...base, earliest: new Date(item.startsAt.getTime() + MS_PER_MINUTE), latest: endsAt, limit: 500 });
    const next = [...found.slots].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())[0];
    if (next) out.push(itemMove(item, "slot", next.startsAt, next.endsAt, next.spaceId));
  }
  if ((conflict.type === "SPACE_DOUBLE_BOOKED" || conflict.type === "OVER_CAPACITY") && space) {
    const found = findSlots(snapshot, { ...base, venueId: space.venueId, earliest: item.startsAt, latest: item.endsAt, limit: 50 });
    const room = found.slots.find((s) => s.startsAt.getTime() === item.startsAt.getTime() && s.spaceId !== item.spaceId);
    if (room) out.push(itemMove(item, "room", room.startsAt, room.endsAt, room.spaceId));
  }
  return out;
}

/** A transfer shifted to leave after its item ends, to arrive as its item starts, or to clear an item it overlaps. */
function movementCandidates(snapshot: SummitSnapshot, m: SummitMovement, conflict: Conflict, items: Map<string, SummitItem>, title: string): RepairMove[] {
  if (m.kind !== "TRANSFER") return [];
  const shifts = new Set<number>();
  const from = m.fromItemId ? items.get(m.fromItemId) : undefined;
  if (from && from.endsAt > m.startsAt) shifts.add(from.endsAt.getTime() - m.startsAt.getTime());
  const to = m.toItemId ? items.get(m.toItemId) : undefined;
  if (to && m.endsAt && m.endsAt > to.startsAt) shifts.add(to.startsAt.getTime() - m.endsAt.getTime());
  for (const id of conflict.itemIds) {
    const other = items.get(id);
    if (other && other.endsAt > m.startsAt && other.startsAt < (m.endsAt ?? m.startsAt)) shifts.add(other.endsAt.getTime() - m.startsAt.getTime());
  }
  return [...shifts].filter((ms) => ms !== 0).map((ms) => transferMove(m, ms, title));
}

export function repairCandidates(snapshot: SummitSnapshot, targets: readonly Conflict[], fixed: ReadonlySet<string>, max = 12): RepairMove[] {
  const items = new Map(snapshot.items.map((i) => [i.id, i]));
  const movements = new Map((snapshot.movements ?? []).map((m) => [m.id, m]));
  const delegations = new Map(snapshot.delegations.map((d) => [d.id, d.name]));
  const seen = new Set<string>();
  const out: RepairMove[] = [];
  for (const conflict of targets) {
    const found: RepairMove[] = [];
    for (const id of conflict.itemIds) {
      const item = items.get(id);
      if (item && !fixed.has(id) && item.status !== "CANCELLED") found.push(...itemCandidates(snapshot, item, conflict));
    }
    for (const id of conflict.movementIds ?? []) {
      const m = movements.get(id);
      if (m && !fixed.has(id)) found.push(...movementCandidates(snapshot, m, conflict, items, delegations.get(m.delegationId) ?? m.id));
    }
    for (const move of found) if (!seen.has(move.key) && seen.add(move.key)) out.push(move);
  }
  return out.slice(0, max);
}

/** The snapshot with the moves made, and the transfers that follow a moved item moved with it. */
export function applyMoves(snapshot: SummitSnapshot, moves: readonly RepairMove[]): { snapshot: SummitSnapshot; followers: string[] } {
  const itemMoves = new Map(moves.filter((m) => m.entity === "ProgrammeItem").map((m) => [m.id, m]));
  const movementMoves = new Map(moves.filter((m) => m.entity === "Movement").map((m) => [m.id, m]));
  const all = snapshot.movements ?? [];
  const linked = all.map((m) => ({ ...m, fromItemId: m.fromItemId ?? null, toItemId: m.toItemId ?? null }));
  const followed = new Map<string, { startsAt: Date; endsAt: Date | null }>();
  for (const item of snapshot.items) {
    const move = itemMoves.get(item.id);
    if (!move) continue;
    for (const shift of followerShifts(item.id, item, { startsAt: move.startsAt, endsAt: move.endsAt! }, linked)) {
      if (!movementMoves.has(shift.movement.id)) followed.set(shift.movement.id, shift);
    }
  }
  return {
    snapshot: {
      ...snapshot,
      items: snapshot.items.map((i) => {
        const move = itemMoves.get(i.id);
        return move ? { ...i, startsAt: move.startsAt, endsAt: move.endsAt!, spaceId: move.spaceId } : i;
      }),
      movements: all.map((m) => {
        const move = movementMoves.get(m.id) ?? followed.get(m.id);
        return move ? { ...m, startsAt: move.startsAt, endsAt: move.endsAt } : m;
      }),
    },
    followers: [...followed.keys()],
  };
}

const hardIds = (snapshot: SummitSnapshot) => new Set(checkSummit(snapshot).filter((c) => c.severity === "hard").map((c) => c.id));

/** Whether the moves clear every target and bring no hard conflict that was not there before. */
export function clears(snapshot: SummitSnapshot, moves: readonly RepairMove[], targets: readonly Conflict[], before: ReadonlySet<string> = hardIds(snapshot)): boolean {
  const after = hardIds(applyMoves(snapshot, moves).snapshot);
  if (targets.some((t) => after.has(t.id))) return false;
  for (const id of after) if (!before.has(id)) return false;
  return true;
}

function disturbance(snapshot: SummitSnapshot, moves: readonly RepairMove[], agenciesOf: ReadonlyMap<string, ReadonlySet<string>>) {
  const { followers } = applyMoves(snapshot, moves);
  const memberDelegation = new Map(snapshot.members.map((m) => [m.id, m.delegationId]));
  const items = new Map(snapshot.items.map((i) => [i.id, i]));
  const movements = new Map((snapshot.movements ?? []).map((m) => [m.id, m]));
  const delegations = new Set<string>();
  const agencies = new Set<string>();
  for (const id of [...moves.map((m) => m.id), ...followers]) {
    const item = items.get(id);
    item?.delegationIds.forEach((d) => delegations.add(d));
    item?.memberIds.forEach((m) => delegations.add(memberDelegation.get(m) ?? m));
    const movement = movements.get(id);
    if (movement) delegations.add(movement.delegationId);
    agenciesOf.get(id)?.forEach((a) => agencies.add(a));
  }
  return { delegations: delegations.size, agencies: agencies.size };
}

/** Every way to choose `size` of the candidates, at most one move per item or movement. */
function* subsets(candidates: readonly RepairMove[], size: number, from = 0, chosen: RepairMove[] = []): Generator<RepairMove[]> {
  if (chosen.length === size) {
    yield [...chosen];
    return;
  }
  for (let i = from; i < candidates.length; i++) {
    if (chosen.some((c) => c.id === candidates[i].id)) continue;
    chosen.push(candidates[i]);
    yield* subsets(candidates, size, i + 1, chosen);
    chosen.pop();
  }
}

/** The smallest sets of candidate moves that clear the targets, least disturbing first. */
export function suggestRepairs(search: RepairSearch): RepairSuggestion[] {
  const { snapshot, targets, fixed } = search;
  if (targets.length === 0) return [];
  const candidates = repairCandidates(snapshot, targets, fixed, search.maxCandidates ?? 12);
  const before = hardIds(snapshot);
  const clearIds = targets.map((t) => t.id);
  for (let size = 1; size <= Math.min(search.maxMoves ?? 3, candidates.length); size++) {
    const found: RepairSuggestion[] = [];
    for (const moves of subsets(candidates, size)) {
      if (clears(snapshot, moves, targets, before)) found.push({ moves, clears: clearIds, disturbs: disturbance(snapshot, moves, search.agenciesOf ?? new Map()) });
    }
    if (found.length > 0) {
      const weight = (s: RepairSuggestion) => s.disturbs.delegations + s.disturbs.agencies;
      const keys = (s: RepairSuggestion) => s.moves.map((m) => m.key).join(",");
      found.sort((a, b) => weight(a) - weight(b) || (keys(a) < keys(b) ? -1 : keys(a) > keys(b) ? 1 : 0));
      return found.slice(0, search.limit ?? 3);
    }
  }
  return [];
}

// What the conflicts page knows about a conflict beyond the engine's fields: when it happens,
// where, and whom it affects. Pure: works on the engine's output, the snapshot it was computed
// from and the movements the conflicts name (read by triage.ts).
import { englishPhrase } from "@/lib/i18n";
import { phrase, type Phrase } from "@/lib/i18n/conflict-phrases";
import { TaskType, type MovementKind } from "@/lib/generated/prisma/enums";
import type { SummitItem, SummitSnapshot } from "@/lib/scheduling";
import type { ConflictWithOverride } from "./overrides";
import { formatTime, isoDayOf, type IsoDay } from "@/lib/time";

/** A conflict as the conflicts page receives it: the engine's, with an accepted hard conflict's override. */
export type TriageConflict = ConflictWithOverride;

/** The Movement columns the page reads for a conflict that names a movement. */
export type MovementRef = {
  id: string;
  kind: MovementKind;
  delegationId: string;
  startsAt: Date;
  endsAt: Date | null;
  fromVenueId: string | null;
  toVenueId: string | null;
};

/** A movement named by a conflict, with its words: "Transfer of Iceland, Marriott → Huis ten Bosch, 19:05". */
export type ConflictMovement = MovementRef & { label: string; labelPhrase: Phrase };

export type ConflictFacts = {
  items: SummitItem[];
  movements: ConflictMovement[];
  /**
   * Earliest start and latest end of what it involves (of a movement's coverage gap: the
   * movement's); null when none of it is known.
   */
  startsAt: Date | null;
  endsAt: Date | null;
  /** The summit-local day of `startsAt`: the day the page files it under. */
  day: IsoDay | null;
  /**
   * The delegations it affects: its own when it names a person, a delegation or a movement;
   * otherwise (a space, a capacity, opening hours) every delegation taking part in its items.
   */
  delegationIds: string[];
  /** Where it happens: its venue, its items' venues, or for movements only where they go from and to. */
  venueIds: string[];
  /** Where, in words: the space and venue it names, else the venues. */
  places: string[];
  /** Who is affected, in words: a member's title, a delegation's name, or the delegations taking part. */
  affected: string[];
};

const TASK_TYPES = Object.values(TaskType);

/**
 * The coverage requirement a MISSING_COVERAGE conflict stands for. The coverage rule
 * (lib/scheduling/rules/coverage/engine-rule.ts) names it in the conflict id: `requirement=type=<TYPE>` on an
 * item's gap, `movement=<id>|type=<TYPE>` on a movement's gap shown on the item it serves.
 */
export function coverageGapOf(conflict: Pick<TriageConflict, "type" | "id" | "movementIds">): { taskType: TaskType; movementId?: string } | null {
  if (conflict.type !== "MISSING_COVERAGE") return null;
  const parts = conflict.id.split("|");
  const value = (pattern: RegExp) => parts.map((p) => pattern.exec(p)?.[1]).find((v) => v !== undefined);
  const taskType = TASK_TYPES.find((t) => t === value(/^(?:requirement=)?type=(.+)$/));
  if (!taskType) return null;
  const movementId = value(/^movement=(.+)$/) ?? conflict.movementIds?.[0];
  return movementId ? { taskType, movementId } : { taskType };
}

/** The movements a conflict names: its movementIds, or the movement of a coverage gap. */
export function movementIdsOf(conflict: TriageConflict): string[] {
  const gap = coverageGapOf(conflict)?.movementId;
  return [...new Set([...(conflict.movementIds ?? []), ...(gap ? [gap] : [])])];
}

/** Delegations named beyond this are counted, not listed ("and 43 more"). */
const AFFECTED_LISTED = 3;

/** Resolves each conflict's facts; indexes the snapshot once. */
export function conflictFacts(
  snapshot: SummitSnapshot,
  movements: readonly MovementRef[] = [],
): (conflict: TriageConflict) => ConflictFacts {
  const tz = snapshot.timeZone;
  const itemsById = new Map(snapshot.items.map((i) => [i.id, i]));
  const venueOfSpace = new Map(snapshot.spaces.map((s) => [s.id, s.venueId]));
  const venueName = new Map(snapshot.venues.map((v) => [v.id, v.name]));
  const spacesById = new Map(snapshot.spaces.map((s) => [s.id, s]));
  const delegationName = new Map(snapshot.delegations.map((d) => [d.id, d.name]));
  const membersById = new Map(snapshot.members.map((m) => [m.id, m]));
  const movementsById = new Map(
    movements.map((m): [string, ConflictMovement] => {
      const labelPhrase = movementLabel(m, tz, venueName, delegationName);
      return [m.id, { ...m, label: englishPhrase(labelPhrase), labelPhrase }];
    }),
  );
  const participants = (item: SummitItem) => [
    ...item.delegationIds,
    ...item.memberIds.flatMap((id) => membersById.get(id)?.delegationId ?? []),
  ];

  return (conflict) => {
    const items = conflict.itemIds.flatMap((id) => itemsById.get(id) ?? []);
    const moves = movementIdsOf(conflict).flatMap((id) => movementsById.get(id) ?? []);
    // A movement's coverage gap is shown on the item the movement serves, but happens when the movement does.
    const gapMovement = moves.find((m) => m.id === coverageGapOf(conflict)?.movementId);
    const timed = gapMovement ? { items: [], moves: [gapMovement] } : { items, moves };
    const starts = [...timed.items.map((i) => i.startsAt), ...timed.moves.map((m) => m.startsAt)].map((d) => d.getTime());
    const ends = [...timed.items.map((i) => i.endsAt), ...timed.moves.map((m) => m.endsAt ?? m.startsAt)].map((d) => d.getTime());
    const startsAt = starts.length ? new Date(Math.min(...starts)) : null;
    const endsAt = ends.length ? new Date(Math.max(...ends)) : null;

    const member = conflict.memberId ? membersById.get(conflict.memberId) : undefined;
    const subject = conflict.delegationId ?? member?.delegationId;
    let delegationIds: string[];
    let affected: string[];
    if (subject !== undefined) {
      delegationIds = [subject];
      const name = delegationName.get(subject) ?? subject;
      affected = [member ? (member.title.includes(name) ? member.title : `${member.title} (${name})`) : name];
    } else if (moves.length > 0) {
      delegationIds = unique(moves.map((m) => m.delegationId));
      affected = delegationIds.map((id) => delegationName.get(id) ?? id);
    } else {
      delegationIds = unique(items.flatMap(participants));
      const names = delegationIds.map((id) => delegationName.get(id) ?? id).sort((a, b) => a.localeCompare(b));
      affected = names.length > AFFECTED_LISTED + 1 ? [...names.slice(0, AFFECTED_LISTED), `${names.length - AFFECTED_LISTED} more delegations`] : names;
    }

    const itemVenues = items.flatMap((i) => (i.spaceId ? (venueOfSpace.get(i.spaceId) ?? []) : []));
    const movementVenues = itemVenues.length ? [] : moves.flatMap((m) => [m.fromVenueId ?? [], m.toVenueId ?? []].flat());
    const venueIds = unique([...(conflict.venueId ? [conflict.venueId] : []), ...itemVenues, ...movementVenues]);

    const space = conflict.spaceId ? spacesById.get(conflict.spaceId) : undefined;
    const places = space
      ? [`${space.name}, ${venueName.get(space.venueId) ?? ""}`]
      : venueIds.flatMap((id) => venueName.get(id) ?? []);

    return { items, movements: moves, startsAt, endsAt, day: startsAt ? isoDayOf(startsAt, tz) : null, delegationIds, venueIds, places, affected };
  };
}

function movementLabel(
  m: MovementRef,
  timeZone: string,
  venueName: ReadonlyMap<string, string>,
  delegationName: ReadonlyMap<string, string>,
): Phrase {
  const route = [m.fromVenueId, m.toVenueId].flatMap((id) => (id ? (venueName.get(id) ?? []) : [])).join(" → ");
  const who = delegationName.get(m.delegationId) ?? phrase("aDelegation");
  const kind = { movementKind: m.kind };
  const time = formatTime(m.startsAt, timeZone);
  return route ? phrase("movementLabelWithRoute", kind, who, route, time) : phrase("movementLabel", kind, who, time);
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

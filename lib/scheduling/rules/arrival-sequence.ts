// Arrivals in protocol order, checked like any other plan: a party cannot be set down at the
// entrance before its principal has landed, while the principal is still in another item or
// bilateral, or in a motorcade that leaves before the principal's previous commitment ends; and two
// arrivals at one entrance need the entrance's minimum gap between them. Hard: the door, the host
// and the principal can only do one thing at a time. The arrivals come from the sequences (plain
// data the caller loads), the motorcades and the principals' occupations from the engine context.
import { phrase, type Phrase } from "@/lib/i18n/conflict-phrases";
import { dayAndTimeArg } from "../describe";
import { makeConflict, spoken } from "../make-conflict";
import type { Conflict, ConflictRule } from "../types";
import { formatTime } from "@/lib/time";

export type ArrivalCheckSequence = { id: string; itemId: string; entranceId: string; entranceName: string; minGapMinutes: number };
export type ArrivalCheckSlot = { sequenceId: string; delegationId: string; arrivesAt: Date; movementId: string | null };
export type ArrivalCheckData = { sequences: readonly ArrivalCheckSequence[]; slots: readonly ArrivalCheckSlot[] };

const MINUTE = 60_000;

export function arrivalSequenceRule(data: ArrivalCheckData): ConflictRule {
  return (ctx) => {
    const { timeZone } = ctx.snapshot;
    const conflicts: Conflict[] = [];
    const sequences = new Map(data.sequences.map((s) => [s.id, s]));
    const principals = new Map<string, string[]>();
    for (const member of ctx.membersById.values()) {
      if (member.isPrincipal) principals.set(member.delegationId, [...(principals.get(member.delegationId) ?? []), member.id]);
    }
    const live = data.slots.filter((slot) => {
      const sequence = sequences.get(slot.sequenceId);
      return sequence !== undefined && ctx.itemsById.has(sequence.itemId);
    });
    for (const slot of live) {
      const sequence = sequences.get(slot.sequenceId)!;
      const item = ctx.itemsById.get(sequence.itemId)!;
      const who: string | Phrase = ctx.delegationsById.get(slot.delegationId)?.name ?? phrase("aDelegationCapital");
      const motorcade = slot.movementId ? ctx.movementsById.get(slot.movementId) : undefined;
      const departsAt = motorcade?.startsAt ?? slot.arrivesAt;
      const movementIds = motorcade ? [motorcade.id] : undefined;
      const base = { type: "ARRIVAL_SEQUENCE" as const, severity: "hard" as const, delegationId: slot.delegationId, ...(movementIds ? { movementIds } : {}) };
      const arrival = phrase("arrivesAtEntrance", who, sequence.entranceName, formatTime(slot.arrivesAt, timeZone), item.title);
      const stay = ctx.stayByDelegation.get(slot.delegationId);
      if (stay?.arrives && departsAt < stay.arrives.at) {
        const landing = stay.arrives.movement?.phrase ?? phrase("arrivesOn", dayAndTimeArg(stay.arrives.at, timeZone));
        const found = phrase("motorcadeBeforeLanding", arrival, formatTime(departsAt, timeZone), who, landing);
        conflicts.push(makeConflict({ ...base, itemIds: [item.id], ...spoken(found) }, "landed"));
      }
      const seen = new Set<string>();
      for (const memberId of principals.get(slot.delegationId) ?? []) {
        for (const other of ctx.itemsByMember.get(memberId) ?? []) {
          if (other.movement || other.id === item.id || seen.has(other.id)) continue;
          if (!(other.startsAt < slot.arrivesAt && other.endsAt > departsAt)) continue;
          seen.add(other.id);
          const found =
            other.endsAt > slot.arrivesAt
              ? phrase("principalStillIn", arrival, other.title, formatTime(other.endsAt, timeZone))
              : phrase("motorcadeBeforeEnd", arrival, formatTime(departsAt, timeZone), other.title, formatTime(other.endsAt, timeZone));
          conflicts.push(makeConflict({ ...base, itemIds: [other.id, item.id], ...spoken(found) }, `busy:${other.id}`));
        }
      }
    }
    // The entrance: consecutive arrivals, across every sequence using it.
    const byEntrance = new Map<string, ArrivalCheckSlot[]>();
    for (const slot of live) {
      const entranceId = sequences.get(slot.sequenceId)!.entranceId;
      byEntrance.set(entranceId, [...(byEntrance.get(entranceId) ?? []), slot]);
    }
    const nameOf = (id: string) => ctx.delegationsById.get(id)?.name ?? "";
    for (const slots of byEntrance.values()) {
      // A tie at the door in the parties' order by name, not by id: the conflict (its message and
      // id, which an override is kept under) must stay the same when the ids do not, as after an
      // archive import.
      slots.sort((a, b) => a.arrivesAt.getTime() - b.arrivesAt.getTime() || nameOf(a.delegationId).localeCompare(nameOf(b.delegationId)) || a.delegationId.localeCompare(b.delegationId));
      for (let i = 1; i < slots.length; i++) {
        const earlier = slots[i - 1];
        const later = slots[i];
        const entrance = sequences.get(later.sequenceId)!;
        const gap = (later.arrivesAt.getTime() - earlier.arrivesAt.getTime()) / MINUTE;
        if (gap >= entrance.minGapMinutes) continue;
        const name = (id: string): string | Phrase => ctx.delegationsById.get(id)?.name ?? phrase("aDelegation");
        const itemIds = [...new Set([sequences.get(earlier.sequenceId)!.itemId, entrance.itemId])];
        const movementIds = [earlier.movementId, later.movementId].filter((id): id is string => id !== null && ctx.movementsById.has(id));
        conflicts.push(
          makeConflict(
            {
              type: "ARRIVAL_SEQUENCE",
              severity: "hard",
              itemIds,
              ...(movementIds.length > 0 ? { movementIds } : {}),
              delegationId: later.delegationId,
              ...spoken(
                phrase(
                  "entranceGap",
                  name(earlier.delegationId),
                  formatTime(earlier.arrivesAt, timeZone),
                  name(later.delegationId),
                  formatTime(later.arrivesAt, timeZone),
                  entrance.entranceName,
                  gap,
                  entrance.minGapMinutes,
                ),
              ),
            },
            `gap:${earlier.delegationId}`,
          ),
        );
      }
    }
    return conflicts;
  };
}

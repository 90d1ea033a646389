// Checks a slot request and fills in its defaults, once, for both findSlots and validateSlot, so
// the two always judge the same request the same way (same defaults, same ignored item).
import { phrase, type Phrase } from "@/lib/i18n/conflict-phrases";
import { isIsoDay } from "@/lib/time";

import { buildEngineContext } from "./context";
import { dayAndTimeArg } from "./describe";
import type { SlotRequest } from "./slot-types";
import type { EngineContext, SummitMember, SummitSnapshot } from "./types";

export const MS_PER_MINUTE = 60_000;
const MAX_MINUTES = 1440;

export interface NormalizedSlotRequest {
  /** Engine indexes of the snapshot without the ignored item. */
  ctx: EngineContext;
  /** Distinct participants in request order. */
  members: readonly SummitMember[];
  durationMinutes: number;
  durationMs: number;
  earliest: number;
  latest: number;
  venueId: string | undefined;
  minCapacity: number;
  preferredDays: ReadonlySet<string>;
  stepMinutes: number;
  limit: number;
}

export type PreparedSlotRequest =
  | { ok: true; request: NormalizedSlotRequest }
  /** What is wrong with the request, as phrases, so each reader reads it in their language. */
  | { ok: false; errors: Phrase[] };

const isWhole = (n: number, min: number, max = Number.POSITIVE_INFINITY): boolean =>
  Number.isInteger(n) && n >= min && n <= max;

export function prepareSlotRequest(snapshot: SummitSnapshot, request: SlotRequest): PreparedSlotRequest {
  const errors: Phrase[] = [];
  const { durationMinutes, earliest, latest } = request;
  const stepMinutes = request.stepMinutes ?? 5;
  const limit = request.limit ?? 5;

  // Whole minutes keep every instant on whole milliseconds, which the span arithmetic relies on.
  const durationOk = isWhole(durationMinutes, 1, MAX_MINUTES);
  if (!durationOk) {
    errors.push(phrase("requestDuration", MAX_MINUTES, String(durationMinutes)));
  }
  if (!isWhole(stepMinutes, 1, MAX_MINUTES)) {
    errors.push(phrase("requestStep", MAX_MINUTES, String(stepMinutes)));
  }
  if (!isWhole(limit, 1)) errors.push(phrase("requestLimit", String(limit)));
  if (request.minCapacity !== undefined && !isWhole(request.minCapacity, 0)) {
    errors.push(phrase("requestMinCapacity", String(request.minCapacity)));
  }
  if (Number.isNaN(earliest.getTime()) || Number.isNaN(latest.getTime())) {
    errors.push(phrase("requestWindowInvalid"));
  } else if (durationOk && latest.getTime() - earliest.getTime() < durationMinutes * MS_PER_MINUTE) {
    errors.push(phrase("requestWindowShort", dayAndTimeArg(earliest, snapshot.timeZone), dayAndTimeArg(latest, snapshot.timeZone), durationMinutes));
  }
  for (const day of request.preferredDays ?? []) {
    if (!isIsoDay(day)) errors.push(phrase("requestPreferredDay", day));
  }

  const membersById = new Map(snapshot.members.map((m) => [m.id, m]));
  const members: SummitMember[] = [];
  for (const id of new Set(request.memberIds)) {
    const member = membersById.get(id);
    if (member) members.push(member);
    else errors.push(phrase("requestUnknownParticipant", id));
  }
  if (request.venueId !== undefined && !snapshot.venues.some((v) => v.id === request.venueId)) {
    errors.push(phrase("requestUnknownVenue", request.venueId));
  }
  if (errors.length > 0) return { ok: false, errors };

  const items =
    request.ignoreItemId === undefined ? snapshot.items : snapshot.items.filter((i) => i.id !== request.ignoreItemId);
  return {
    ok: true,
    request: {
      ctx: buildEngineContext({ ...snapshot, items }),
      members,
      durationMinutes,
      durationMs: durationMinutes * MS_PER_MINUTE,
      earliest: earliest.getTime(),
      latest: latest.getTime(),
      venueId: request.venueId,
      minCapacity: request.minCapacity ?? members.length,
      preferredDays: new Set(request.preferredDays ?? []),
      stepMinutes,
      limit,
    },
  };
}

// The planners' board: the same requests grouped by status (in lifecycle order) or by delegation
// (a request appears under each of its parties). Pure, so the grouping is unit-tested.
import type { BilateralStatus } from "@/lib/generated/prisma/enums";
import { BILATERAL_STATUSES } from "./labels";

type Groupable = {
  id: string;
  status: BilateralStatus;
  createdAt: Date;
  parties: readonly { delegationId: string; name: string }[];
  proposal: { startsAt: Date } | null;
};

/** Scheduled ones by their slot, then the rest oldest first (first come, first served). */
export function compareForBoard(a: Groupable, b: Groupable): number {
  const at = (r: Groupable) => r.proposal?.startsAt.getTime() ?? Number.POSITIVE_INFINITY;
  return at(a) - at(b) || a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function groupByStatus<T extends Groupable>(requests: readonly T[]): { status: BilateralStatus; requests: T[] }[] {
  return BILATERAL_STATUSES.map((status) => ({
    status,
    requests: requests.filter((r) => r.status === status).sort(compareForBoard),
  })).filter((group) => group.requests.length > 0);
}

export function groupByDelegation<T extends Groupable>(requests: readonly T[]): { delegation: { id: string; name: string }; requests: T[] }[] {
  const groups = new Map<string, { delegation: { id: string; name: string }; requests: T[] }>();
  for (const request of requests) {
    for (const party of request.parties) {
      const group = groups.get(party.delegationId) ?? { delegation: { id: party.delegationId, name: party.name }, requests: [] };
      group.requests.push(request);
      groups.set(party.delegationId, group);
    }
  }
  return [...groups.values()]
    .map((g) => ({ ...g, requests: g.requests.sort(compareForBoard) }))
    .sort((a, b) => a.delegation.name.localeCompare(b.delegation.name, "en"));
}

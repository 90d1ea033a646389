import type { BilateralStatus, ItemStatus, TaskStatus } from "@/lib/generated/prisma/enums";
import type { IsoDay } from "@/lib/time";

/**
 * Where "now" stands against the summit's days, in the summit's zone: before its first day, on
 * one of its days, or after its last. Outside the summit the start page shows the first day.
 */
export type SummitMoment = { phase: "before" | "during" | "after"; today: IsoDay; firstDay: IsoDay };

/** A programme item or movement on a start page, worded in the reader's language. */
export type UpcomingEntry = {
  id: string;
  source: "item" | "movement";
  title: string;
  startsAt: Date;
  endsAt: Date | null;
  status: ItemStatus;
  place: string | null;
  day: IsoDay;
};

/** Hard conflicts of one summit-local day (null: the conflict names no time). */
export type ConflictDayCount = { day: IsoDay | null; count: number; accepted: number };

/** Coverage gaps of one day of the coverage matrix. */
export type CoverageDayCount = { day: IsoDay; gaps: number };

export type PendingDelegation = { id: string; name: string; count: number; latestAt: Date };
export type PendingAgency = { id: string; name: string; count: number; latestAt: Date };

export type BilateralToDecide = {
  id: string;
  status: BilateralStatus;
  parties: string[];
  createdAt: Date;
  proposedStartsAt: Date | null;
};

export type PlannerStart = {
  moment: SummitMoment;
  /** Hard conflicts by day, days in order (a conflict without a time last). */
  hardConflicts: ConflictDayCount[];
  /** Null when the actor may not see coverage. */
  coverageGaps: CoverageDayCount[] | null;
  pendingDelegations: PendingDelegation[];
  pendingAgencies: PendingAgency[];
  bilaterals: BilateralToDecide[];
  next: UpcomingEntry[];
};

export type LiaisonBilateral = BilateralToDecide & {
  /** A slot is proposed and this delegation has not answered yet. */
  awaitingAnswer: boolean;
};

export type LiaisonDelegationStart = {
  delegation: { id: string; code: string; name: string };
  principal: { id: string; title: string } | null;
  /** The principal's next commitment (outside the summit's days: the first one of the first day). */
  next: UpcomingEntry | null;
  changes: number;
  lastAcknowledgedAt: Date | null;
  bilaterals: LiaisonBilateral[];
};

export type LiaisonStart = { moment: SummitMoment; delegations: LiaisonDelegationStart[] };

export type AgencyTaskEntry = {
  id: string;
  status: TaskStatus;
  startsAt: Date;
  endsAt: Date;
  /** "Escort · Transfer · Iceland", in the reader's language. */
  title: string;
  place: string | null;
  day: IsoDay;
};

export type AgencyStart = {
  moment: SummitMoment;
  agency: { id: string; name: string } | null;
  next: AgencyTaskEntry[];
  /** Null for a coordinator without an agency of this summit. */
  changes: number | null;
  lastAcknowledgedAt: Date | null;
};

// Plain data the coverage check works on: no Prisma, no I/O. The loader (load.ts) builds it from
// the database; tests build it by hand.
import type { CoverageTarget, MemberFunction, MovementKind, TaskStatus, TaskType } from "@/lib/generated/prisma/enums";
import type { Span } from "@/lib/time";

/** "Every <target> matching these filters needs a task of <requiredType>"; null filters match all. */
export interface CoverageRuleData {
  id: string;
  target: CoverageTarget;
  itemKind: string | null;
  venueId: string | null;
  movementKind: MovementKind | null;
  principalLevel: MemberFunction | null;
  requiredType: TaskType;
  description: string;
}

export interface CoverageItem {
  id: string;
  kind: string;
  startsAt: Date;
  endsAt: Date;
  /** The venue of the item's space, or of its parent's for a session; null when unknown. */
  venueId: string | null;
  /** Functions of the people attending (a whole delegation sends its principal). */
  levels: readonly MemberFunction[];
  /** Sessions are covered by their parent event, so they are never subjects themselves. */
  parentId: string | null;
}

export interface CoverageMovement {
  id: string;
  delegationId: string;
  kind: MovementKind;
  fromVenueId: string | null;
  toVenueId: string | null;
  startsAt: Date;
  endsAt: Date | null;
  principalLevel: MemberFunction | null;
  /** The items the movement serves when a planner linked them (see lib/programme/followers.ts). */
  fromItemId?: string | null;
  toItemId?: string | null;
}

export interface CoverageTask {
  id: string;
  agencyId: string;
  itemId: string | null;
  movementId: string | null;
  type: TaskType;
  status: TaskStatus;
  /** The task's own window; it covers its subject only where this window spans it. */
  startsAt: Date;
  endsAt: Date;
}

/** One (subject, task type) pair some rule requires, with the tasks that meet it. */
export interface Requirement {
  target: CoverageTarget;
  subjectId: string;
  startsAt: Date;
  /** null for a movement that is a moment (a take-off): then only startsAt must be covered. */
  endsAt: Date | null;
  taskType: TaskType;
  /** Every rule asking for it (two rules may require the same thing). */
  ruleIds: string[];
  /** Every task of the type on the subject, whatever its time. */
  tasks: CoverageTask[];
  /**
   * The parts of the subject's time no task of the type spans, in time order; empty when covered.
   * A moment left open is one span with startsAt = endsAt.
   */
  uncovered: Span[];
  covered: boolean;
}

export interface CoverageEvaluation {
  requirements: Requirement[];
  gaps: Requirement[];
}

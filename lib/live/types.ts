// Shared shapes of the live domain: what a proposal (a delay's cascade or a repair) holds, as the
// review page shows it and the apply writes it.
import type { ConflictWithOverride } from "@/lib/conflicts/overrides";
import type { ItemLiveState, MovementLiveState } from "@/lib/generated/prisma/enums";

export type { ItemLiveState, MovementLiveState };

export type LineEntity = "ProgrammeItem" | "Movement" | "AgencyTask";

/** One row a proposal would write: an item, session, transfer or movement, or an agency task. */
export type ShiftLine = {
  /** `${entity}:${id}`: how the planner's adjustments name the line. */
  key: string;
  entity: LineEntity;
  id: string;
  kind: "item" | "session" | "transfer" | "movement" | "task";
  title: string;
  /** The line this one follows (its item or transfer); null for what the planner moves. */
  follows: string | null;
  /** What the planner moves (the delayed item, the repair's move); the rest follows it. */
  primary: boolean;
  /** How far the start moves, in minutes (the end may move by another amount: an overrun). */
  startByMinutes: number;
  endByMinutes: number;
  before: { startsAt: Date; endsAt: Date | null; spaceId: string | null };
  after: { startsAt: Date; endsAt: Date | null; spaceId: string | null };
  /** The delegations it concerns (participants, the movement's delegation). */
  delegationIds: string[];
  /** The agency of a task line. */
  agencyId: string | null;
};

export type Affected = {
  delegations: { id: string; name: string }[];
  agencies: { id: string; name: string }[];
};

export type Proposal = {
  lines: ShiftLine[];
  /** Conflicts the moved items and movements would be in afterwards, overrides attached. */
  conflicts: ConflictWithOverride[];
  /** Hard conflicts among them that nobody accepted in writing: what a repair should clear. */
  hardConflictIds: string[];
  affected: Affected;
  /**
   * Why applying would be refused (agency tasks that would no longer fit what they cover): the
   * item's title and the refusal's English sentence, which the reader's page words in its language.
   */
  refusals: { title: string; message: string }[];
  /** A fingerprint of the rows as they stood when proposed: applying refuses a changed basis. */
  basis: string;
};

/** A primary move: where the planner (or a repair) puts an item or a movement. */
export type PrimaryMove =
  | { entity: "ProgrammeItem"; id: string; startsAt: Date; endsAt: Date; spaceId?: string | null }
  | { entity: "Movement"; id: string; startsAt: Date; endsAt: Date | null };

/** The planner's change to one line of a proposal: leave it out, or move it by other minutes. */
export type LineAdjustment = { key: string; include: boolean; minutes?: number };

/** One repair: the smallest set of moves found to clear the hard conflicts it names. */
export type RepairSuggestion = {
  moves: RepairMove[];
  clears: string[];
  /** Delegations and agencies the moves disturb (what the ranking counts). */
  disturbs: { delegations: number; agencies: number };
};

export type RepairMove = {
  key: string;
  entity: "ProgrammeItem" | "Movement";
  id: string;
  kind: "slot" | "room" | "shift";
  title: string;
  startsAt: Date;
  endsAt: Date | null;
  spaceId: string | null;
};

/** The summit a live read or write works in (its zone reads the wall-clock times). */
export type LiveSummit = { id: string; timeZone: string };

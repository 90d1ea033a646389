// What the timeline needs from its page: plain data and two server actions, so the component
// itself knows nothing of the database.

import type { TimelineItem, TimelineLane } from "@/lib/programme/timeline";

// The shapes getTimelineDay returns (type-only: nothing of the data layer reaches the browser).
export type TimelineLaneData = Omit<TimelineLane, "venueId">;
export type TimelineItemData = TimelineItem;

export type MoveRequest = {
  id: string;
  version: number;
  startsAt: Date;
  endsAt: Date;
  spaceId: string | null;
  /** A planner's reason to accept the hard conflicts the move leaves (refused without one). */
  overrideReason?: string;
};
export type ConflictSummary = { id: string; severity: "hard" | "warning"; message: string };
export type Result<T> = { ok: true; data: T } | { ok: false; error: string; fieldErrors?: Record<string, string> };

export type MoveAction = (request: MoveRequest) => Promise<Result<{ conflicts: ConflictSummary[] }>>;
export type FollowerSummary = { id: string; kind: "session" | "transfer"; title: string; after: { startsAt: Date; endsAt: Date | null } };
export type PreviewAction = (request: MoveRequest) => Promise<Result<{ conflicts: ConflictSummary[]; followers: FollowerSummary[]; refusals: string[]; blocked: boolean }>>;

/** A proposed new place for one item, not saved yet. */
export type PendingMove = { id: string; startMinute: number; endMinute: number; laneId: string };

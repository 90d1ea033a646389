// What the timeline needs from its page: plain data and two server actions, so the component
// itself knows nothing of the database.

export type TimelineLaneData = { id: string; name: string; venueName: string; capacity: number | null };
export type TimelineItemData = {
  id: string;
  title: string;
  kind: string;
  status: "DRAFT" | "CONFIRMED" | "CANCELLED";
  version: number;
  laneId: string;
  /** A session: the title of its event. */
  sessionOf: string | null;
  /** In its event's lane without a space of its own: staying in that lane keeps it without one. */
  inheritsSpace: boolean;
  startMinute: number;
  endMinute: number;
  conflictCount: number;
  hardConflict: boolean;
  conflictMessages: string[];
};

export type MoveRequest = { id: string; version: number; startsAt: Date; endsAt: Date; spaceId: string | null };
export type ConflictSummary = { id: string; severity: "hard" | "warning"; message: string };
export type Result<T> = { ok: true; data: T } | { ok: false; error: string; fieldErrors?: Record<string, string> };

export type MoveAction = (request: MoveRequest) => Promise<Result<{ conflicts: ConflictSummary[] }>>;
export type PreviewAction = (request: MoveRequest) => Promise<Result<ConflictSummary[]>>;

/** A proposed new place for one item, not saved yet. */
export type PendingMove = { id: string; startMinute: number; endMinute: number; laneId: string };

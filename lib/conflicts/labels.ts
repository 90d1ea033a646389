import type { ConflictSeverity, ConflictType } from "@/lib/scheduling";

export const CONFLICT_TYPE_LABEL: Record<ConflictType, string> = {
  MEMBER_OVERLAP: "Person in two places",
  SPACE_DOUBLE_BOOKED: "Space double-booked",
  OVER_CAPACITY: "Over capacity",
  INSUFFICIENT_TRAVEL_TIME: "Not enough travel time",
  OUTSIDE_DELEGATION_WINDOW: "Outside arrival–departure",
  TRANSFER_MISALIGNED: "Transfer out of step with its item",
  OUTSIDE_OPENING_HOURS: "Outside opening hours",
  MISSING_COVERAGE: "Agency coverage missing",
  ARRIVAL_SEQUENCE: "Arrival sequence",
};

export const SEVERITY_LABEL: Record<ConflictSeverity, string> = { hard: "Hard", warning: "Warning" };

// What a re-check did, and how a stored set differs from a whole re-check.
export type { ConflictDifference, RefreshOutcome } from "./internal/store";

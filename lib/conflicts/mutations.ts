// The conflicts domain's part in other domains' writes: a write of a summit that re-checks the
// stored conflicts it can affect as the last step of its own transaction (internal/store.ts).
export { inCheckedTransaction, recheckBeforeCommit, type RefreshOutcome } from "./internal/store";

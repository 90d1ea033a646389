// The stored conflicts' part in every domain's writes: a write of a summit that re-checks the
// stored conflicts it can affect as the last step of its own transaction (internal/store.ts).
export { inCheckedCreation, inCheckedTransaction, recheckBeforeCommit } from "./internal/store";

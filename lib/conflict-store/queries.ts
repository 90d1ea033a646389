// The stored conflicts read: current with every committed write (brought up to date first when a
// write left them stale), a whole re-check for comparison, and the verification of one against the
// other (`npm run conflicts:verify`).
export { checkWholeSummit, refreshStoredConflicts, storedConflicts, verifyStoredConflicts } from "./internal/store";

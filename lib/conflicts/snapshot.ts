// The snapshot loader lives in lib/snapshot; this name is kept for the callers outside lib/ that
// still import it from here (bench/engine.ts).
export { loadPartialSnapshot, loadSummitSnapshot } from "@/lib/snapshot/queries";
export type { SnapshotOptions } from "@/lib/snapshot/types";

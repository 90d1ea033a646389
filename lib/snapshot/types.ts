// What a caller may ask of the snapshot loader (queries.ts).
import type { Span } from "@/lib/time";

export type SnapshotOptions = {
  /** Only items overlapping the span: enough to check one item (see conflictsForItemIn). */
  window?: Span;
};

// What a caller may ask of the snapshot loader (queries.ts).
export type SnapshotOptions = {
  /** Only items overlapping [start, end): enough to check one item (see conflictsForItemIn). */
  window?: { start: Date; end: Date };
};

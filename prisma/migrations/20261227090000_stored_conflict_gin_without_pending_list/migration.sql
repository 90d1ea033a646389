-- The GIN indexes a partial re-check finds the stored conflicts it replaces by (itemIds,
-- movementIds) take their entries at once instead of through a pending list. A whole check
-- inserts every conflict of the summit, and with the pending list on, each later search reads all
-- of those entries one by one until a vacuum merges them: the next edits' re-checks paid for it.
-- Inserting into the index directly costs the whole check little, and partial ones write few rows.
ALTER INDEX "StoredConflict_itemIds_idx" SET (fastupdate = off);
ALTER INDEX "StoredConflict_movementIds_idx" SET (fastupdate = off);

-- Entries already pending are merged now (turning the option off does not).
SELECT gin_clean_pending_list('"StoredConflict_itemIds_idx"'::regclass);
SELECT gin_clean_pending_list('"StoredConflict_movementIds_idx"'::regclass);

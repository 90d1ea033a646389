-- A write to a table the store does not follow row by row (a venue, a space, a travel time, a
-- delegation, a member, a coverage rule, an entrance, an arrival sequence or slot, the summit
-- itself) needs a whole re-check, but only of its own summit. Until now its note did not say which
-- summit that was, so a venue renamed in one summit made every other summit's next read check it
-- whole, and left its writers' changes to that read. Each such statement now also notes the
-- summits of the rows it wrote, before and after, in "ConflictTouch" (source 'whole'); a 'whole'
-- touch with no summit stands for every summit. A whole-summit note counts for a summit when one
-- of its 'whole' touches names that summit or none (lib/conflict-store/internal/store.ts).

-- TG_ARGV[0]: how a row "r" of the table names its summit. A row whose parent is gone names none
-- and is left out: foreign keys are checked at once, so its parent was deleted in the same
-- statement (a cascade) and noted its own summit.
CREATE FUNCTION "touch_whole"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE x bigint := pg_current_xact_id()::text::bigint;
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    EXECUTE format('INSERT INTO "ConflictTouch" ("xid", "source", "summitId") SELECT DISTINCT $1, ''whole'', s FROM (SELECT %s AS s FROM "newRows" r) n WHERE s IS NOT NULL', TG_ARGV[0]) USING x;
  END IF;
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    EXECUTE format('INSERT INTO "ConflictTouch" ("xid", "source", "summitId") SELECT DISTINCT $1, ''whole'', s FROM (SELECT %s AS s FROM "oldRows" r) o WHERE s IS NOT NULL', TG_ARGV[0]) USING x;
  END IF;
  RETURN NULL;
END
$$;

-- The note itself, fail-safe: a table's statement trigger says 'rows' (followed row by row),
-- 'named' (its rows' summits are noted by touch_whole) or nothing. Nothing, as a table added
-- later with the trigger alone would have, and TRUNCATE, which has no rows, stand for every summit.
CREATE OR REPLACE FUNCTION "note_conflict_change"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  kind text := COALESCE(TG_ARGV[0], '');
  whole boolean := TG_OP = 'TRUNCATE' OR kind <> 'rows';
BEGIN
  INSERT INTO "ConflictChange" ("xid", "full") VALUES (pg_current_xact_id()::text::bigint, whole)
  ON CONFLICT ("xid") DO UPDATE SET "full" = true WHERE EXCLUDED."full" AND NOT "ConflictChange"."full";
  IF TG_OP = 'TRUNCATE' OR kind NOT IN ('rows', 'named') THEN
    INSERT INTO "ConflictTouch" ("xid", "source", "summitId") VALUES (pg_current_xact_id()::text::bigint, 'whole', NULL);
  END IF;
  RETURN NULL;
END
$$;

DO $$
DECLARE
  t text;
  s text;
BEGIN
  FOR t, s IN VALUES
    ('Summit', 'r."id"'),
    ('Venue', 'r."summitId"'),
    ('TravelTime', 'r."summitId"'),
    ('Delegation', 'r."summitId"'),
    ('CoverageRule', 'r."summitId"'),
    ('ArrivalSequence', 'r."summitId"'),
    ('Space', '(SELECT v."summitId" FROM "Venue" v WHERE v."id" = r."venueId")'),
    ('Entrance', '(SELECT v."summitId" FROM "Venue" v WHERE v."id" = r."venueId")'),
    ('Member', '(SELECT d."summitId" FROM "Delegation" d WHERE d."id" = r."delegationId")'),
    ('ArrivalSlot', '(SELECT q."summitId" FROM "ArrivalSequence" q WHERE q."id" = r."sequenceId")')
  LOOP
    EXECUTE format('DROP TRIGGER "conflict_change" ON %I', t);
    EXECUTE format('CREATE TRIGGER "conflict_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION "note_conflict_change"(''named'')', t);
    EXECUTE format('CREATE TRIGGER "conflict_whole_insert" AFTER INSERT ON %I REFERENCING NEW TABLE AS "newRows" FOR EACH STATEMENT EXECUTE FUNCTION "touch_whole"(%L)', t, s);
    EXECUTE format('CREATE TRIGGER "conflict_whole_update" AFTER UPDATE ON %I REFERENCING OLD TABLE AS "oldRows" NEW TABLE AS "newRows" FOR EACH STATEMENT EXECUTE FUNCTION "touch_whole"(%L)', t, s);
    EXECUTE format('CREATE TRIGGER "conflict_whole_delete" AFTER DELETE ON %I REFERENCING OLD TABLE AS "oldRows" FOR EACH STATEMENT EXECUTE FUNCTION "touch_whole"(%L)', t, s);
  END LOOP;
END
$$;

-- Notes written before this migration named no summit: they stand for every summit.
INSERT INTO "ConflictTouch" ("xid", "source", "summitId") SELECT c."xid", 'whole', NULL FROM "ConflictChange" c WHERE c."full";

-- A stored set of conflicts can be brought up to date by re-checking only what the writes since its
-- check can affect (lib/conflicts/internal/incremental.ts). For that the store needs to know which
-- rows were written, not only that something was: the tables a partial re-check can follow note
-- each written row's ids in "ConflictTouch"; every other table marks its transaction "full".

-- The stored sets are re-checked on the next read, in the new shape.
DELETE FROM "StoredConflict";
DELETE FROM "StoredConflictSet";

-- AlterTable
ALTER TABLE "ConflictChange" ADD COLUMN     "full" BOOLEAN NOT NULL DEFAULT true;

-- AlterTable
ALTER TABLE "StoredConflict" DROP COLUMN "position",
ADD COLUMN     "delegationId" TEXT,
ADD COLUMN     "itemIds" TEXT[],
ADD COLUMN     "memberId" TEXT,
ADD COLUMN     "movementIds" TEXT[],
ADD COLUMN     "sortStart" TIMESTAMPTZ(3),
ADD COLUMN     "spaceId" TEXT,
ADD COLUMN     "type" TEXT NOT NULL,
ADD COLUMN     "typeRank" INTEGER NOT NULL;

-- CreateTable
CREATE TABLE "ConflictTouch" (
    "id" BIGSERIAL NOT NULL,
    "xid" BIGINT NOT NULL,
    "source" TEXT NOT NULL,
    "summitId" TEXT,
    "itemId" TEXT,
    "movementId" TEXT,
    "movementKind" TEXT,
    "delegationId" TEXT,
    "memberId" TEXT,
    "spaceId" TEXT,

    CONSTRAINT "ConflictTouch_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ConflictTouch_xid_idx" ON "ConflictTouch"("xid");

-- What a partial re-check selects the conflicts it replaces by.
-- CreateIndex
CREATE INDEX "StoredConflict_itemIds_idx" ON "StoredConflict" USING GIN ("itemIds");

-- CreateIndex
CREATE INDEX "StoredConflict_movementIds_idx" ON "StoredConflict" USING GIN ("movementIds");

-- CreateIndex
CREATE INDEX "StoredConflict_summitId_memberId_idx" ON "StoredConflict"("summitId", "memberId");

-- CreateIndex
CREATE INDEX "StoredConflict_summitId_delegationId_idx" ON "StoredConflict"("summitId", "delegationId");

-- Which transactions need a whole re-check: those that wrote a table not followed row by row, or
-- emptied one (TRUNCATE has no rows to note).
CREATE OR REPLACE FUNCTION "note_conflict_change"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  whole boolean := TG_OP = 'TRUNCATE' OR COALESCE(TG_ARGV[0], '') <> 'rows';
BEGIN
  INSERT INTO "ConflictChange" ("xid", "full") VALUES (pg_current_xact_id()::text::bigint, whole)
  ON CONFLICT ("xid") DO UPDATE SET "full" = true WHERE EXCLUDED."full" AND NOT "ConflictChange"."full";
  RETURN NULL;
END
$$;

-- The followed tables keep their statement trigger, now saying so.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['ProgrammeItem', 'Participation', 'Movement', 'AgencyTask'] LOOP
    EXECUTE format('DROP TRIGGER "conflict_change" ON %I', t);
    EXECUTE format('CREATE TRIGGER "conflict_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION "note_conflict_change"(''rows'')', t);
  END LOOP;
END
$$;

-- Each function notes the rows of one statement, before and after (transition tables: one insert
-- per statement, however many rows it wrote). A row's summit is its own or its parent's; a
-- participation or task whose parent went in the same statement has none, and is read with every
-- summit's touches (its ids cannot match another summit's rows).
CREATE FUNCTION "touch_item"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE x bigint := pg_current_xact_id()::text::bigint;
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "ConflictTouch" ("xid", "source", "summitId", "itemId", "spaceId") SELECT x, 'item', r."summitId", r."id", r."spaceId" FROM "newRows" r;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO "ConflictTouch" ("xid", "source", "summitId", "itemId", "spaceId") SELECT x, 'item', r."summitId", r."id", r."spaceId" FROM "oldRows" r;
  ELSE
    INSERT INTO "ConflictTouch" ("xid", "source", "summitId", "itemId", "spaceId")
    SELECT x, 'item', r."summitId", r."id", r."spaceId" FROM "oldRows" r UNION SELECT x, 'item', r."summitId", r."id", r."spaceId" FROM "newRows" r;
  END IF;
  RETURN NULL;
END
$$;

CREATE FUNCTION "touch_participation"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE x bigint := pg_current_xact_id()::text::bigint;
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO "ConflictTouch" ("xid", "source", "summitId", "itemId", "delegationId", "memberId")
    SELECT x, 'participation', i."summitId", r."itemId", r."delegationId", r."memberId" FROM "newRows" r LEFT JOIN "ProgrammeItem" i ON i."id" = r."itemId";
  END IF;
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    INSERT INTO "ConflictTouch" ("xid", "source", "summitId", "itemId", "delegationId", "memberId")
    SELECT x, 'participation', i."summitId", r."itemId", r."delegationId", r."memberId" FROM "oldRows" r LEFT JOIN "ProgrammeItem" i ON i."id" = r."itemId";
  END IF;
  RETURN NULL;
END
$$;

CREATE FUNCTION "touch_movement"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE x bigint := pg_current_xact_id()::text::bigint;
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO "ConflictTouch" ("xid", "source", "summitId", "movementId", "movementKind", "delegationId")
    SELECT x, 'movement', r."summitId", r."id", r."kind"::text, r."delegationId" FROM "newRows" r;
  END IF;
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    INSERT INTO "ConflictTouch" ("xid", "source", "summitId", "movementId", "movementKind", "delegationId")
    SELECT x, 'movement', r."summitId", r."id", r."kind"::text, r."delegationId" FROM "oldRows" r;
  END IF;
  RETURN NULL;
END
$$;

CREATE FUNCTION "touch_task"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE x bigint := pg_current_xact_id()::text::bigint;
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO "ConflictTouch" ("xid", "source", "summitId", "itemId", "movementId")
    SELECT x, 'task', a."summitId", r."itemId", r."movementId" FROM "newRows" r LEFT JOIN "Agency" a ON a."id" = r."agencyId";
  END IF;
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    INSERT INTO "ConflictTouch" ("xid", "source", "summitId", "itemId", "movementId")
    SELECT x, 'task', a."summitId", r."itemId", r."movementId" FROM "oldRows" r LEFT JOIN "Agency" a ON a."id" = r."agencyId";
  END IF;
  RETURN NULL;
END
$$;

DO $$
DECLARE
  t text;
  f text;
BEGIN
  FOR t, f IN VALUES ('ProgrammeItem', 'touch_item'), ('Participation', 'touch_participation'), ('Movement', 'touch_movement'), ('AgencyTask', 'touch_task') LOOP
    EXECUTE format('CREATE TRIGGER "conflict_touch_insert" AFTER INSERT ON %I REFERENCING NEW TABLE AS "newRows" FOR EACH STATEMENT EXECUTE FUNCTION %I()', t, f);
    EXECUTE format('CREATE TRIGGER "conflict_touch_update" AFTER UPDATE ON %I REFERENCING OLD TABLE AS "oldRows" NEW TABLE AS "newRows" FOR EACH STATEMENT EXECUTE FUNCTION %I()', t, f);
    EXECUTE format('CREATE TRIGGER "conflict_touch_delete" AFTER DELETE ON %I REFERENCING OLD TABLE AS "oldRows" FOR EACH STATEMENT EXECUTE FUNCTION %I()', t, f);
  END LOOP;
END
$$;

-- Tables the check never reads lose their note, since a whole re-check of every summit would follow
-- each write to them: what happened on the day (an item under way, a motorcade that has left), the
-- bilateral requests (their confirmed meeting is a programme item, followed row by row), the
-- planners' written overrides (joined to the stored conflicts when they are read) and the order of
-- precedence (the arrival check reads the sequences it produced).
DROP TRIGGER "conflict_change" ON "ItemLive";
DROP TRIGGER "conflict_change" ON "MovementLive";
DROP TRIGGER "conflict_change" ON "BilateralRequest";
DROP TRIGGER "conflict_change" ON "BilateralParty";
DROP TRIGGER "conflict_change" ON "ConflictOverride";
DROP TRIGGER "conflict_change" ON "Precedence";
DROP TRIGGER "conflict_change" ON "PrecedenceEntry";

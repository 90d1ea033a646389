-- CreateTable
CREATE TABLE "StoredConflict" (
    "summitId" TEXT NOT NULL,
    "conflictId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "severity" TEXT NOT NULL,
    "itemsStart" TIMESTAMPTZ(3),
    "itemsEnd" TIMESTAMPTZ(3),
    "itemStarts" TIMESTAMPTZ(3)[],
    "itemEnds" TIMESTAMPTZ(3)[],
    "conflict" JSONB NOT NULL,

    CONSTRAINT "StoredConflict_pkey" PRIMARY KEY ("summitId","conflictId")
);

-- CreateTable
CREATE TABLE "StoredConflictSet" (
    "summitId" TEXT NOT NULL,
    "snapshot" TEXT NOT NULL,
    "checkedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StoredConflictSet_pkey" PRIMARY KEY ("summitId")
);

-- CreateTable
CREATE TABLE "ConflictChange" (
    "xid" BIGINT NOT NULL,

    CONSTRAINT "ConflictChange_pkey" PRIMARY KEY ("xid")
);

-- CreateIndex
CREATE INDEX "StoredConflict_summitId_itemsStart_idx" ON "StoredConflict"("summitId", "itemsStart");

-- AddForeignKey
ALTER TABLE "StoredConflict" ADD CONSTRAINT "StoredConflict_summitId_fkey" FOREIGN KEY ("summitId") REFERENCES "Summit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoredConflictSet" ADD CONSTRAINT "StoredConflictSet_summitId_fkey" FOREIGN KEY ("summitId") REFERENCES "Summit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Every statement that writes a table the conflict check may read notes its transaction in
-- "ConflictChange" (once per transaction). A stored set of conflicts is current while every such
-- transaction is visible in the snapshot its check read (pg_visible_in_snapshot): nothing written
-- after it, by any path (the app, an import, a script, psql), can go unnoticed.
CREATE FUNCTION "note_conflict_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "ConflictChange" ("xid") VALUES (pg_current_xact_id()::text::bigint) ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$;

-- Every table but those the check never reads (accounts, sign-in counters, acknowledgements, the
-- audit trail, import bookkeeping) and the store itself. A table added later gets the trigger in
-- its own migration; tests/integration/conflicts-store.test.ts fails until it does.
DO $$
DECLARE t text;
BEGIN
  FOR t IN
    SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename NOT IN (
      '_prisma_migrations', 'ConflictChange', 'StoredConflict', 'StoredConflictSet', 'AuditEntry', 'User',
      'LiaisonAssignment', 'LoginFailure', 'SignInClient', 'CalendarToken', 'Acknowledgement',
      'TaskAcknowledgement', 'ImportMapping')
  LOOP
    EXECUTE format('CREATE TRIGGER "conflict_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION "note_conflict_change"()', t);
  END LOOP;
END
$$;

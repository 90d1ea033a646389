-- AlterTable
ALTER TABLE "AgencyTask" ADD COLUMN     "agencyNote" TEXT;

-- AlterTable
ALTER TABLE "Movement" ADD COLUMN     "fromItemId" TEXT,
ADD COLUMN     "toItemId" TEXT;

-- CreateTable
CREATE TABLE "ConflictOverride" (
    "id" TEXT NOT NULL,
    "summitId" TEXT NOT NULL,
    "conflictId" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "createdById" TEXT,
    "createdByName" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConflictOverride_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ConflictOverride_summitId_conflictId_key" ON "ConflictOverride"("summitId", "conflictId");

-- CreateIndex
CREATE INDEX "Movement_fromItemId_idx" ON "Movement"("fromItemId");

-- CreateIndex
CREATE INDEX "Movement_toItemId_idx" ON "Movement"("toItemId");

-- AddForeignKey
ALTER TABLE "Movement" ADD CONSTRAINT "Movement_fromItemId_fkey" FOREIGN KEY ("fromItemId") REFERENCES "ProgrammeItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Movement" ADD CONSTRAINT "Movement_toItemId_fkey" FOREIGN KEY ("toItemId") REFERENCES "ProgrammeItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConflictOverride" ADD CONSTRAINT "ConflictOverride_summitId_fkey" FOREIGN KEY ("summitId") REFERENCES "Summit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConflictOverride" ADD CONSTRAINT "ConflictOverride_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written: an override always says why; a movement never leaves and reaches the same item.
ALTER TABLE "ConflictOverride" ADD CONSTRAINT "ConflictOverride_reason_present" CHECK (length(btrim("reason")) > 0);
ALTER TABLE "Movement" ADD CONSTRAINT "Movement_from_to_items_differ" CHECK ("fromItemId" IS NULL OR "toItemId" IS NULL OR "fromItemId" <> "toItemId");

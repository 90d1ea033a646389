-- An agency coordinator's acknowledgement of the changes to the agency's tasks, read from the audit log.
-- CreateTable
CREATE TABLE "TaskAcknowledgement" (
    "id" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "acknowledgedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TaskAcknowledgement_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TaskAcknowledgement_agencyId_acknowledgedAt_idx" ON "TaskAcknowledgement"("agencyId", "acknowledgedAt");

-- AddForeignKey
ALTER TABLE "TaskAcknowledgement" ADD CONSTRAINT "TaskAcknowledgement_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskAcknowledgement" ADD CONSTRAINT "TaskAcknowledgement_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

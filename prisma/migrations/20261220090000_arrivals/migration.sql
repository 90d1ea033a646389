-- CreateEnum
CREATE TYPE "HeadOf" AS ENUM ('STATE', 'GOVERNMENT');

-- CreateEnum
CREATE TYPE "PrecedenceKey" AS ENUM ('ALPHABETICAL', 'TAKING_OFFICE', 'MANUAL');

-- CreateEnum
CREATE TYPE "OthersPlacement" AS ENUM ('AFTER_ALLIES', 'BEFORE_ALLIES', 'MANUAL');

-- AlterTable
ALTER TABLE "Delegation" ADD COLUMN     "nameFr" TEXT,
ADD COLUMN     "nameNl" TEXT;

-- AlterTable
ALTER TABLE "Member" ADD COLUMN     "headOf" "HeadOf",
ADD COLUMN     "takingOfficeOn" DATE;

-- CreateTable
CREATE TABLE "Precedence" (
    "id" TEXT NOT NULL,
    "summitId" TEXT NOT NULL,
    "key" "PrecedenceKey" NOT NULL DEFAULT 'ALPHABETICAL',
    "language" TEXT NOT NULL DEFAULT 'en',
    "others" "OthersPlacement" NOT NULL DEFAULT 'AFTER_ALLIES',
    "setById" TEXT,
    "setByName" TEXT NOT NULL,
    "setAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Precedence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PrecedenceEntry" (
    "precedenceId" TEXT NOT NULL,
    "delegationId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "PrecedenceEntry_pkey" PRIMARY KEY ("precedenceId","delegationId")
);

-- CreateTable
CREATE TABLE "Entrance" (
    "id" TEXT NOT NULL,
    "venueId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "minGapMinutes" INTEGER NOT NULL DEFAULT 2,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Entrance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ArrivalSequence" (
    "id" TEXT NOT NULL,
    "summitId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "entranceId" TEXT NOT NULL,
    "seniorLast" BOOLEAN NOT NULL DEFAULT true,
    "intervalMinutes" INTEGER NOT NULL,
    "groupGapMinutes" INTEGER NOT NULL DEFAULT 0,
    "greetingMinutes" INTEGER NOT NULL DEFAULT 1,
    "pressMinutes" INTEGER NOT NULL DEFAULT 1,
    "windowMinutes" INTEGER NOT NULL,
    "greeter" TEXT NOT NULL,
    "escortAgencyId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedById" TEXT,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ArrivalSequence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ArrivalSlot" (
    "id" TEXT NOT NULL,
    "sequenceId" TEXT NOT NULL,
    "delegationId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "offsetMinutes" INTEGER NOT NULL,
    "movementId" TEXT,

    CONSTRAINT "ArrivalSlot_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Precedence_summitId_key" ON "Precedence"("summitId");

-- CreateIndex
CREATE INDEX "PrecedenceEntry_delegationId_idx" ON "PrecedenceEntry"("delegationId");

-- CreateIndex
CREATE UNIQUE INDEX "PrecedenceEntry_precedenceId_position_key" ON "PrecedenceEntry"("precedenceId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Entrance_venueId_name_key" ON "Entrance"("venueId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "ArrivalSequence_itemId_key" ON "ArrivalSequence"("itemId");

-- CreateIndex
CREATE INDEX "ArrivalSequence_summitId_idx" ON "ArrivalSequence"("summitId");

-- CreateIndex
CREATE INDEX "ArrivalSequence_entranceId_idx" ON "ArrivalSequence"("entranceId");

-- CreateIndex
CREATE UNIQUE INDEX "ArrivalSlot_movementId_key" ON "ArrivalSlot"("movementId");

-- CreateIndex
CREATE INDEX "ArrivalSlot_delegationId_idx" ON "ArrivalSlot"("delegationId");

-- CreateIndex
CREATE UNIQUE INDEX "ArrivalSlot_sequenceId_delegationId_key" ON "ArrivalSlot"("sequenceId", "delegationId");

-- AddForeignKey
ALTER TABLE "Precedence" ADD CONSTRAINT "Precedence_summitId_fkey" FOREIGN KEY ("summitId") REFERENCES "Summit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PrecedenceEntry" ADD CONSTRAINT "PrecedenceEntry_precedenceId_fkey" FOREIGN KEY ("precedenceId") REFERENCES "Precedence"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PrecedenceEntry" ADD CONSTRAINT "PrecedenceEntry_delegationId_fkey" FOREIGN KEY ("delegationId") REFERENCES "Delegation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Entrance" ADD CONSTRAINT "Entrance_venueId_fkey" FOREIGN KEY ("venueId") REFERENCES "Venue"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArrivalSequence" ADD CONSTRAINT "ArrivalSequence_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "ProgrammeItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArrivalSequence" ADD CONSTRAINT "ArrivalSequence_entranceId_fkey" FOREIGN KEY ("entranceId") REFERENCES "Entrance"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArrivalSlot" ADD CONSTRAINT "ArrivalSlot_sequenceId_fkey" FOREIGN KEY ("sequenceId") REFERENCES "ArrivalSequence"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArrivalSlot" ADD CONSTRAINT "ArrivalSlot_delegationId_fkey" FOREIGN KEY ("delegationId") REFERENCES "Delegation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArrivalSlot" ADD CONSTRAINT "ArrivalSlot_movementId_fkey" FOREIGN KEY ("movementId") REFERENCES "Movement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written: the bounds the arrivals schema checks, kept by the database too.
ALTER TABLE "Precedence" ADD CONSTRAINT "Precedence_language_check" CHECK ("language" IN ('en', 'fr', 'nl'));
ALTER TABLE "PrecedenceEntry" ADD CONSTRAINT "PrecedenceEntry_position_check" CHECK ("position" >= 1);
ALTER TABLE "Entrance" ADD CONSTRAINT "Entrance_minGapMinutes_check" CHECK ("minGapMinutes" BETWEEN 0 AND 60);
ALTER TABLE "ArrivalSequence" ADD CONSTRAINT "ArrivalSequence_minutes_check" CHECK (
  "intervalMinutes" BETWEEN 1 AND 60 AND "groupGapMinutes" BETWEEN 0 AND 60
  AND "greetingMinutes" BETWEEN 0 AND 30 AND "pressMinutes" BETWEEN 0 AND 30
  AND "windowMinutes" BETWEEN 5 AND 720
);

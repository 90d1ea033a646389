-- CreateEnum
CREATE TYPE "ItemLiveState" AS ENUM ('SCHEDULED', 'UNDER_WAY', 'RUNNING_LATE', 'ENDED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "MovementLiveState" AS ENUM ('SCHEDULED', 'DEPARTED', 'ARRIVED');

-- CreateTable
CREATE TABLE "ItemLive" (
    "itemId" TEXT NOT NULL,
    "state" "ItemLiveState" NOT NULL DEFAULT 'SCHEDULED',
    "lateMinutes" INTEGER,
    "actualStartAt" TIMESTAMPTZ(3),
    "actualEndAt" TIMESTAMPTZ(3),
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "updatedByName" TEXT NOT NULL,

    CONSTRAINT "ItemLive_pkey" PRIMARY KEY ("itemId")
);

-- CreateTable
CREATE TABLE "MovementLive" (
    "movementId" TEXT NOT NULL,
    "state" "MovementLiveState" NOT NULL DEFAULT 'SCHEDULED',
    "departedAt" TIMESTAMPTZ(3),
    "arrivedAt" TIMESTAMPTZ(3),
    "note" TEXT,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "updatedByName" TEXT NOT NULL,

    CONSTRAINT "MovementLive_pkey" PRIMARY KEY ("movementId")
);

-- AddForeignKey
ALTER TABLE "ItemLive" ADD CONSTRAINT "ItemLive_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "ProgrammeItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MovementLive" ADD CONSTRAINT "MovementLive_movementId_fkey" FOREIGN KEY ("movementId") REFERENCES "Movement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The database holds the live record to its own rules too: a delay only while running late and
-- within a day, an end not before the start, an arrival not before the departure.
ALTER TABLE "ItemLive" ADD CONSTRAINT "ItemLive_late_minutes" CHECK (
  ("state" = 'RUNNING_LATE') = ("lateMinutes" IS NOT NULL) AND ("lateMinutes" IS NULL OR "lateMinutes" BETWEEN 1 AND 1440)
);
ALTER TABLE "ItemLive" ADD CONSTRAINT "ItemLive_end_after_start" CHECK ("actualEndAt" IS NULL OR "actualStartAt" IS NULL OR "actualEndAt" >= "actualStartAt");
ALTER TABLE "MovementLive" ADD CONSTRAINT "MovementLive_arrival_after_departure" CHECK ("arrivedAt" IS NULL OR "departedAt" IS NULL OR "arrivedAt" >= "departedAt");

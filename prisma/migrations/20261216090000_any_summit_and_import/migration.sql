-- CreateEnum
CREATE TYPE "AgencyKind" AS ENUM ('POLICE', 'MILITARY', 'SECURITY', 'INTELLIGENCE', 'ROADS', 'AIRPORT', 'MUNICIPALITY', 'MEDICAL', 'OTHER');

-- CreateEnum
CREATE TYPE "ImportKind" AS ENUM ('DELEGATIONS', 'MEMBERS', 'MOVEMENTS', 'VENUES', 'TRAVEL_TIMES', 'TASKS');

-- AlterTable
ALTER TABLE "Agency" ADD COLUMN     "deactivatedAt" TIMESTAMPTZ(3),
ADD COLUMN     "kind" "AgencyKind" NOT NULL DEFAULT 'OTHER';

-- AlterTable
ALTER TABLE "Delegation" ADD COLUMN     "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "Member" ADD COLUMN     "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "Space" ADD COLUMN     "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "Summit" ADD COLUMN     "archivedAt" TIMESTAMPTZ(3),
ADD COLUMN     "languages" TEXT[] DEFAULT ARRAY['en']::TEXT[],
ADD COLUMN     "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "TravelTime" ADD COLUMN     "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "currentSummitId" TEXT;

-- AlterTable
ALTER TABLE "Venue" ADD COLUMN     "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- CreateTable
CREATE TABLE "ImportMapping" (
    "id" TEXT NOT NULL,
    "summitId" TEXT NOT NULL,
    "kind" "ImportKind" NOT NULL,
    "columns" JSONB NOT NULL,
    "updatedById" TEXT,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ImportMapping_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ImportMapping_summitId_kind_key" ON "ImportMapping"("summitId", "kind");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_currentSummitId_fkey" FOREIGN KEY ("currentSummitId") REFERENCES "Summit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportMapping" ADD CONSTRAINT "ImportMapping_summitId_fkey" FOREIGN KEY ("summitId") REFERENCES "Summit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

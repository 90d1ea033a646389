-- CreateEnum
CREATE TYPE "DelegationKind" AS ENUM ('ALLY', 'PARTNER', 'ORGANISATION');

-- CreateEnum
CREATE TYPE "MemberFunction" AS ENUM ('HEAD_OF_STATE_OR_GOVERNMENT', 'FOREIGN_MINISTER', 'DEFENCE_MINISTER', 'SHERPA', 'INTERPRETER', 'SECURITY', 'OTHER');

-- CreateEnum
CREATE TYPE "VenueKind" AS ENUM ('CONFERENCE', 'PALACE', 'AIRPORT', 'HOTEL', 'OTHER');

-- CreateEnum
CREATE TYPE "ItemKind" AS ENUM ('PLENARY', 'WORKING_DINNER', 'ROYAL_DINNER', 'SIDE_EVENT', 'SIDE_EVENT_SESSION', 'BILATERAL', 'PRESS_MOMENT', 'TRANSFER');

-- CreateEnum
CREATE TYPE "ItemStatus" AS ENUM ('DRAFT', 'CONFIRMED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "Visibility" AS ENUM ('PUBLIC', 'ALL_DELEGATIONS', 'PARTICIPANTS', 'STAFF');

-- CreateEnum
CREATE TYPE "BilateralLevel" AS ENUM ('PRINCIPAL', 'MINISTER');

-- CreateEnum
CREATE TYPE "BilateralStatus" AS ENUM ('REQUESTED', 'PROPOSED', 'ACCEPTED', 'CONFIRMED', 'DECLINED', 'WITHDRAWN', 'CANCELLED');

-- CreateEnum
CREATE TYPE "PartyResponse" AS ENUM ('PENDING', 'ACCEPTED', 'DECLINED');

-- CreateEnum
CREATE TYPE "MovementKind" AS ENUM ('ARRIVAL', 'DEPARTURE', 'TRANSFER');

-- CreateEnum
CREATE TYPE "TaskType" AS ENUM ('SECURITY_PERIMETER', 'ESCORT', 'ROAD_CLOSURE', 'AIRPORT_HANDLING', 'CROWD_MANAGEMENT', 'MEDICAL', 'LIAISON', 'OTHER');

-- CreateEnum
CREATE TYPE "TaskStatus" AS ENUM ('PLANNED', 'ACKNOWLEDGED', 'IN_PROGRESS', 'DONE', 'PROBLEM');

-- CreateEnum
CREATE TYPE "CoverageTarget" AS ENUM ('ITEM', 'MOVEMENT');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'PLANNER', 'LIAISON', 'AGENCY', 'VIEWER');

-- CreateTable
CREATE TABLE "Summit" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "host" TEXT NOT NULL,
    "timeZone" TEXT NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "travelBufferMinutes" INTEGER NOT NULL DEFAULT 10,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Summit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Venue" (
    "id" TEXT NOT NULL,
    "summitId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "VenueKind" NOT NULL DEFAULT 'OTHER',
    "address" TEXT,

    CONSTRAINT "Venue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Space" (
    "id" TEXT NOT NULL,
    "venueId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "capacity" INTEGER NOT NULL,
    "securityZone" TEXT,
    "opensMinute" INTEGER,
    "closesMinute" INTEGER,

    CONSTRAINT "Space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TravelTime" (
    "id" TEXT NOT NULL,
    "summitId" TEXT NOT NULL,
    "fromVenueId" TEXT NOT NULL,
    "toVenueId" TEXT NOT NULL,
    "minutes" INTEGER NOT NULL,

    CONSTRAINT "TravelTime_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Delegation" (
    "id" TEXT NOT NULL,
    "summitId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "DelegationKind" NOT NULL,
    "homeTimeZone" TEXT,
    "hotelVenueId" TEXT,
    "arrivesAt" TIMESTAMPTZ(3),
    "departsAt" TIMESTAMPTZ(3),

    CONSTRAINT "Delegation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Member" (
    "id" TEXT NOT NULL,
    "delegationId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "personalName" TEXT,
    "function" "MemberFunction" NOT NULL,
    "precedence" INTEGER NOT NULL DEFAULT 100,

    CONSTRAINT "Member_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LiaisonAssignment" (
    "userId" TEXT NOT NULL,
    "delegationId" TEXT NOT NULL,

    CONSTRAINT "LiaisonAssignment_pkey" PRIMARY KEY ("userId","delegationId")
);

-- CreateTable
CREATE TABLE "ProgrammeItem" (
    "id" TEXT NOT NULL,
    "summitId" TEXT NOT NULL,
    "kind" "ItemKind" NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "status" "ItemStatus" NOT NULL DEFAULT 'DRAFT',
    "visibility" "Visibility" NOT NULL DEFAULT 'STAFF',
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "spaceId" TEXT,
    "organiser" TEXT,
    "dressCode" TEXT,
    "staffNotes" TEXT,
    "parentId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "updatedById" TEXT,

    CONSTRAINT "ProgrammeItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Participation" (
    "id" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "delegationId" TEXT NOT NULL,
    "memberId" TEXT,

    CONSTRAINT "Participation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BilateralRequest" (
    "id" TEXT NOT NULL,
    "summitId" TEXT NOT NULL,
    "requesterDelegationId" TEXT NOT NULL,
    "level" "BilateralLevel" NOT NULL,
    "durationMinutes" INTEGER NOT NULL,
    "preferredDays" DATE[],
    "notes" TEXT,
    "status" "BilateralStatus" NOT NULL DEFAULT 'REQUESTED',
    "proposedStartsAt" TIMESTAMPTZ(3),
    "proposedEndsAt" TIMESTAMPTZ(3),
    "proposedSpaceId" TEXT,
    "itemId" TEXT,
    "createdById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "BilateralRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BilateralParty" (
    "requestId" TEXT NOT NULL,
    "delegationId" TEXT NOT NULL,
    "response" "PartyResponse" NOT NULL DEFAULT 'PENDING',
    "respondedAt" TIMESTAMPTZ(3),

    CONSTRAINT "BilateralParty_pkey" PRIMARY KEY ("requestId","delegationId")
);

-- CreateTable
CREATE TABLE "Movement" (
    "id" TEXT NOT NULL,
    "summitId" TEXT NOT NULL,
    "delegationId" TEXT NOT NULL,
    "kind" "MovementKind" NOT NULL,
    "fromVenueId" TEXT,
    "toVenueId" TEXT,
    "flight" TEXT,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3),
    "partySize" INTEGER NOT NULL,
    "principalLevel" "MemberFunction",
    "routeNote" TEXT,
    "roadClosureNeeded" BOOLEAN NOT NULL DEFAULT false,
    "staffNotes" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Movement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Agency" (
    "id" TEXT NOT NULL,
    "summitId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT NOT NULL,

    CONSTRAINT "Agency_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgencyTask" (
    "id" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "itemId" TEXT,
    "movementId" TEXT,
    "type" "TaskType" NOT NULL,
    "status" "TaskStatus" NOT NULL DEFAULT 'PLANNED',
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "location" TEXT,
    "note" TEXT,
    "staffNotes" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "AgencyTask_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CoverageRule" (
    "id" TEXT NOT NULL,
    "summitId" TEXT NOT NULL,
    "target" "CoverageTarget" NOT NULL,
    "itemKind" "ItemKind",
    "venueId" TEXT,
    "movementKind" "MovementKind",
    "principalLevel" "MemberFunction",
    "requiredType" "TaskType" NOT NULL,
    "description" TEXT NOT NULL,

    CONSTRAINT "CoverageRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "agencyId" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "mustChangePassword" BOOLEAN NOT NULL DEFAULT false,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginFailure" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LoginFailure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CalendarToken" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMPTZ(3),

    CONSTRAINT "CalendarToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Acknowledgement" (
    "id" TEXT NOT NULL,
    "delegationId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "acknowledgedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Acknowledgement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" TEXT NOT NULL,
    "summitId" TEXT,
    "actorId" TEXT,
    "actorName" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,

    CONSTRAINT "AuditEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Summit_slug_key" ON "Summit"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Venue_summitId_name_key" ON "Venue"("summitId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Space_venueId_name_key" ON "Space"("venueId", "name");

-- CreateIndex
CREATE INDEX "TravelTime_summitId_idx" ON "TravelTime"("summitId");

-- CreateIndex
CREATE UNIQUE INDEX "TravelTime_fromVenueId_toVenueId_key" ON "TravelTime"("fromVenueId", "toVenueId");

-- CreateIndex
CREATE UNIQUE INDEX "Delegation_summitId_code_key" ON "Delegation"("summitId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "Delegation_summitId_name_key" ON "Delegation"("summitId", "name");

-- CreateIndex
CREATE INDEX "Member_delegationId_idx" ON "Member"("delegationId");

-- CreateIndex
CREATE UNIQUE INDEX "Member_id_delegationId_key" ON "Member"("id", "delegationId");

-- CreateIndex
CREATE INDEX "LiaisonAssignment_delegationId_idx" ON "LiaisonAssignment"("delegationId");

-- CreateIndex
CREATE INDEX "ProgrammeItem_summitId_startsAt_idx" ON "ProgrammeItem"("summitId", "startsAt");

-- CreateIndex
CREATE INDEX "ProgrammeItem_spaceId_startsAt_idx" ON "ProgrammeItem"("spaceId", "startsAt");

-- CreateIndex
CREATE INDEX "ProgrammeItem_parentId_idx" ON "ProgrammeItem"("parentId");

-- CreateIndex
CREATE INDEX "Participation_delegationId_idx" ON "Participation"("delegationId");

-- CreateIndex
CREATE INDEX "Participation_memberId_idx" ON "Participation"("memberId");

-- CreateIndex
CREATE UNIQUE INDEX "Participation_itemId_memberId_key" ON "Participation"("itemId", "memberId");

-- CreateIndex
CREATE UNIQUE INDEX "BilateralRequest_itemId_key" ON "BilateralRequest"("itemId");

-- CreateIndex
CREATE INDEX "BilateralRequest_summitId_status_idx" ON "BilateralRequest"("summitId", "status");

-- CreateIndex
CREATE INDEX "BilateralParty_delegationId_idx" ON "BilateralParty"("delegationId");

-- CreateIndex
CREATE INDEX "Movement_summitId_startsAt_idx" ON "Movement"("summitId", "startsAt");

-- CreateIndex
CREATE INDEX "Movement_delegationId_idx" ON "Movement"("delegationId");

-- CreateIndex
CREATE UNIQUE INDEX "Agency_summitId_name_key" ON "Agency"("summitId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Agency_summitId_shortName_key" ON "Agency"("summitId", "shortName");

-- CreateIndex
CREATE INDEX "AgencyTask_agencyId_startsAt_idx" ON "AgencyTask"("agencyId", "startsAt");

-- CreateIndex
CREATE INDEX "AgencyTask_itemId_idx" ON "AgencyTask"("itemId");

-- CreateIndex
CREATE INDEX "AgencyTask_movementId_idx" ON "AgencyTask"("movementId");

-- CreateIndex
CREATE INDEX "CoverageRule_summitId_idx" ON "CoverageRule"("summitId");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "LoginFailure_email_at_idx" ON "LoginFailure"("email", "at");

-- CreateIndex
CREATE UNIQUE INDEX "CalendarToken_tokenHash_key" ON "CalendarToken"("tokenHash");

-- CreateIndex
CREATE INDEX "CalendarToken_userId_idx" ON "CalendarToken"("userId");

-- CreateIndex
CREATE INDEX "Acknowledgement_delegationId_acknowledgedAt_idx" ON "Acknowledgement"("delegationId", "acknowledgedAt");

-- CreateIndex
CREATE INDEX "AuditEntry_entity_entityId_at_idx" ON "AuditEntry"("entity", "entityId", "at");

-- CreateIndex
CREATE INDEX "AuditEntry_summitId_at_idx" ON "AuditEntry"("summitId", "at");

-- AddForeignKey
ALTER TABLE "Venue" ADD CONSTRAINT "Venue_summitId_fkey" FOREIGN KEY ("summitId") REFERENCES "Summit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Space" ADD CONSTRAINT "Space_venueId_fkey" FOREIGN KEY ("venueId") REFERENCES "Venue"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TravelTime" ADD CONSTRAINT "TravelTime_summitId_fkey" FOREIGN KEY ("summitId") REFERENCES "Summit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TravelTime" ADD CONSTRAINT "TravelTime_fromVenueId_fkey" FOREIGN KEY ("fromVenueId") REFERENCES "Venue"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TravelTime" ADD CONSTRAINT "TravelTime_toVenueId_fkey" FOREIGN KEY ("toVenueId") REFERENCES "Venue"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delegation" ADD CONSTRAINT "Delegation_summitId_fkey" FOREIGN KEY ("summitId") REFERENCES "Summit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delegation" ADD CONSTRAINT "Delegation_hotelVenueId_fkey" FOREIGN KEY ("hotelVenueId") REFERENCES "Venue"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Member" ADD CONSTRAINT "Member_delegationId_fkey" FOREIGN KEY ("delegationId") REFERENCES "Delegation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LiaisonAssignment" ADD CONSTRAINT "LiaisonAssignment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LiaisonAssignment" ADD CONSTRAINT "LiaisonAssignment_delegationId_fkey" FOREIGN KEY ("delegationId") REFERENCES "Delegation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeItem" ADD CONSTRAINT "ProgrammeItem_summitId_fkey" FOREIGN KEY ("summitId") REFERENCES "Summit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeItem" ADD CONSTRAINT "ProgrammeItem_spaceId_fkey" FOREIGN KEY ("spaceId") REFERENCES "Space"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeItem" ADD CONSTRAINT "ProgrammeItem_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "ProgrammeItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeItem" ADD CONSTRAINT "ProgrammeItem_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Participation" ADD CONSTRAINT "Participation_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "ProgrammeItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Participation" ADD CONSTRAINT "Participation_delegationId_fkey" FOREIGN KEY ("delegationId") REFERENCES "Delegation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Participation" ADD CONSTRAINT "Participation_memberId_delegationId_fkey" FOREIGN KEY ("memberId", "delegationId") REFERENCES "Member"("id", "delegationId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BilateralRequest" ADD CONSTRAINT "BilateralRequest_summitId_fkey" FOREIGN KEY ("summitId") REFERENCES "Summit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BilateralRequest" ADD CONSTRAINT "BilateralRequest_requesterDelegationId_fkey" FOREIGN KEY ("requesterDelegationId") REFERENCES "Delegation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BilateralRequest" ADD CONSTRAINT "BilateralRequest_proposedSpaceId_fkey" FOREIGN KEY ("proposedSpaceId") REFERENCES "Space"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BilateralRequest" ADD CONSTRAINT "BilateralRequest_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "ProgrammeItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BilateralRequest" ADD CONSTRAINT "BilateralRequest_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BilateralParty" ADD CONSTRAINT "BilateralParty_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "BilateralRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BilateralParty" ADD CONSTRAINT "BilateralParty_delegationId_fkey" FOREIGN KEY ("delegationId") REFERENCES "Delegation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Movement" ADD CONSTRAINT "Movement_summitId_fkey" FOREIGN KEY ("summitId") REFERENCES "Summit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Movement" ADD CONSTRAINT "Movement_delegationId_fkey" FOREIGN KEY ("delegationId") REFERENCES "Delegation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Movement" ADD CONSTRAINT "Movement_fromVenueId_fkey" FOREIGN KEY ("fromVenueId") REFERENCES "Venue"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Movement" ADD CONSTRAINT "Movement_toVenueId_fkey" FOREIGN KEY ("toVenueId") REFERENCES "Venue"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agency" ADD CONSTRAINT "Agency_summitId_fkey" FOREIGN KEY ("summitId") REFERENCES "Summit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgencyTask" ADD CONSTRAINT "AgencyTask_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgencyTask" ADD CONSTRAINT "AgencyTask_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "ProgrammeItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgencyTask" ADD CONSTRAINT "AgencyTask_movementId_fkey" FOREIGN KEY ("movementId") REFERENCES "Movement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoverageRule" ADD CONSTRAINT "CoverageRule_summitId_fkey" FOREIGN KEY ("summitId") REFERENCES "Summit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoverageRule" ADD CONSTRAINT "CoverageRule_venueId_fkey" FOREIGN KEY ("venueId") REFERENCES "Venue"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CalendarToken" ADD CONSTRAINT "CalendarToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Acknowledgement" ADD CONSTRAINT "Acknowledgement_delegationId_fkey" FOREIGN KEY ("delegationId") REFERENCES "Delegation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Acknowledgement" ADD CONSTRAINT "Acknowledgement_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEntry" ADD CONSTRAINT "AuditEntry_summitId_fkey" FOREIGN KEY ("summitId") REFERENCES "Summit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEntry" ADD CONSTRAINT "AuditEntry_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------
-- Integrity that Prisma's schema language cannot express (hand-written).
-- ---------------------------------------------------------------------------
CREATE EXTENSION IF NOT EXISTS btree_gist;

ALTER TABLE "Summit" ADD CONSTRAINT "Summit_days_ordered" CHECK ("endDate" >= "startDate");
ALTER TABLE "Summit" ADD CONSTRAINT "Summit_buffer_nonnegative" CHECK ("travelBufferMinutes" >= 0);

ALTER TABLE "Space" ADD CONSTRAINT "Space_capacity_positive" CHECK ("capacity" > 0);
ALTER TABLE "Space" ADD CONSTRAINT "Space_opening_hours_valid" CHECK (
  ("opensMinute" IS NULL AND "closesMinute" IS NULL)
  OR ("opensMinute" >= 0 AND "closesMinute" <= 1440 AND "closesMinute" > "opensMinute")
);

ALTER TABLE "TravelTime" ADD CONSTRAINT "TravelTime_distinct_venues" CHECK ("fromVenueId" <> "toVenueId");
ALTER TABLE "TravelTime" ADD CONSTRAINT "TravelTime_minutes_nonnegative" CHECK ("minutes" >= 0);

ALTER TABLE "Delegation" ADD CONSTRAINT "Delegation_departs_after_arrives"
  CHECK ("arrivesAt" IS NULL OR "departsAt" IS NULL OR "departsAt" > "arrivesAt");

ALTER TABLE "ProgrammeItem" ADD CONSTRAINT "ProgrammeItem_ends_after_starts" CHECK ("endsAt" > "startsAt");
ALTER TABLE "ProgrammeItem" ADD CONSTRAINT "ProgrammeItem_version_positive" CHECK ("version" >= 1);
ALTER TABLE "ProgrammeItem" ADD CONSTRAINT "ProgrammeItem_not_own_parent" CHECK ("parentId" IS NULL OR "parentId" <> "id");
-- Two confirmed items can never hold the same space at overlapping times. Ranges are half-open,
-- so back-to-back items are allowed; drafts and cancelled items are not constrained.
ALTER TABLE "ProgrammeItem" ADD CONSTRAINT "ProgrammeItem_no_confirmed_space_overlap"
  EXCLUDE USING gist ("spaceId" WITH =, tstzrange("startsAt", "endsAt") WITH &&)
  WHERE ("status" = 'CONFIRMED' AND "spaceId" IS NOT NULL);

-- One whole-delegation participation per item (member participations are unique via itemId+memberId).
CREATE UNIQUE INDEX "Participation_item_whole_delegation_key"
  ON "Participation" ("itemId", "delegationId") WHERE "memberId" IS NULL;

ALTER TABLE "BilateralRequest" ADD CONSTRAINT "BilateralRequest_duration_valid"
  CHECK ("durationMinutes" > 0 AND "durationMinutes" <= 1440);
ALTER TABLE "BilateralRequest" ADD CONSTRAINT "BilateralRequest_proposal_valid"
  CHECK ("proposedStartsAt" IS NULL OR "proposedEndsAt" > "proposedStartsAt");

ALTER TABLE "Movement" ADD CONSTRAINT "Movement_party_positive" CHECK ("partySize" > 0);
ALTER TABLE "Movement" ADD CONSTRAINT "Movement_ends_after_starts" CHECK ("endsAt" IS NULL OR "endsAt" > "startsAt");
ALTER TABLE "Movement" ADD CONSTRAINT "Movement_places_valid" CHECK (
  ("kind" = 'ARRIVAL' AND "toVenueId" IS NOT NULL)
  OR ("kind" = 'DEPARTURE' AND "fromVenueId" IS NOT NULL)
  OR ("kind" = 'TRANSFER' AND "fromVenueId" IS NOT NULL AND "toVenueId" IS NOT NULL AND "fromVenueId" <> "toVenueId")
);

ALTER TABLE "AgencyTask" ADD CONSTRAINT "AgencyTask_one_subject" CHECK (num_nonnulls("itemId", "movementId") = 1);
ALTER TABLE "AgencyTask" ADD CONSTRAINT "AgencyTask_ends_after_starts" CHECK ("endsAt" > "startsAt");

ALTER TABLE "User" ADD CONSTRAINT "User_email_lowercase" CHECK ("email" = lower("email"));
ALTER TABLE "User" ADD CONSTRAINT "User_agency_scope" CHECK (("role" = 'AGENCY') = ("agencyId" IS NOT NULL));

-- Users are global while agencies belong to a summit: deleting a summit sets its coordinators'
-- agency to NULL. Such a coordinator then has no scope (sees no tasks) instead of blocking the
-- delete. Only agency coordinators may ever have an agency.
ALTER TABLE "User" DROP CONSTRAINT "User_agency_scope";
ALTER TABLE "User" ADD CONSTRAINT "User_agency_only_for_coordinators" CHECK ("agencyId" IS NULL OR "role" = 'AGENCY');

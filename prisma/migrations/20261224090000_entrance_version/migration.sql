-- An entrance edit names the version it read, so two planners editing one entrance cannot overwrite each other unseen.
-- AlterTable
ALTER TABLE "Entrance" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- Hand-written data migration: the planner's instruction and the agency's note, apart again.
--
-- Until the agency had a note of its own ("agencyNote", migration 20261202075403), a coordinator's
-- status update wrote its note over the planner's instruction ("note"). Each such update is in the
-- audit log: entity 'AgencyTask', action 'status', the note in the `before` and `after` snapshots.
-- For every task whose note a status update changed, this puts the agency's note in "agencyNote"
-- and the planner's last instruction back in "note":
--   * the instruction: `before.note` of the earliest status update that changed the note; or, if a
--     planner changed the note after that (action 'update'), the latest such edit's `after.note`;
--   * the agency's note: when a status update was the last to change the note, the task's current
--     note (what the agency wrote) moves to "agencyNote"; when a planner's edit was, the last
--     status update's `after.note`. An agency note already written is kept.
-- A status update that left the note as it was (the form showed the instruction) overwrote
-- nothing and is not counted; status entries written since hold "agencyNote", not "note". A task
-- whose current note is not what the audit log says was written last is left alone (it was
-- changed outside the application, or is already restored: running this again changes nothing).
-- A restored task gets a new version, so a form opened before is refused as stale and calendars
-- take the restored note.
WITH "overwrite" AS (
  SELECT "entityId" AS "taskId", "action", "at", "id", "before" ->> 'note' AS "beforeNote", "after" ->> 'note' AS "afterNote"
  FROM "AuditEntry"
  WHERE "entity" = 'AgencyTask'
    AND "action" IN ('status', 'update')
    AND ("before" -> 'note') IS NOT NULL
    AND ("after" -> 'note') IS NOT NULL
    AND ("before" ->> 'note') IS DISTINCT FROM ("after" ->> 'note')
),
"firstStatus" AS (
  SELECT DISTINCT ON ("taskId") "taskId", "at", "id", "beforeNote"
  FROM "overwrite"
  WHERE "action" = 'status'
  ORDER BY "taskId", "at", "id"
),
"lastStatus" AS (
  SELECT DISTINCT ON ("taskId") "taskId", "at", "id", "afterNote"
  FROM "overwrite"
  WHERE "action" = 'status'
  ORDER BY "taskId", "at" DESC, "id" DESC
),
"lastPlannerEdit" AS (
  SELECT DISTINCT ON (o."taskId") o."taskId", o."at", o."id", o."afterNote"
  FROM "overwrite" o
  JOIN "firstStatus" f ON f."taskId" = o."taskId"
  WHERE o."action" = 'update' AND (o."at", o."id") > (f."at", f."id")
  ORDER BY o."taskId", o."at" DESC, o."id" DESC
),
"history" AS (
  SELECT
    t."id",
    t."note" AS "currentNote",
    t."agencyNote" AS "currentAgencyNote",
    CASE WHEN p."taskId" IS NULL THEN f."beforeNote" ELSE p."afterNote" END AS "instruction",
    s."afterNote" AS "lastAgencyNote",
    (p."taskId" IS NULL OR (s."at", s."id") > (p."at", p."id")) AS "statusWasLast",
    CASE WHEN p."taskId" IS NULL OR (s."at", s."id") > (p."at", p."id") THEN s."afterNote" ELSE p."afterNote" END AS "lastWritten"
  FROM "AgencyTask" t
  JOIN "firstStatus" f ON f."taskId" = t."id"
  JOIN "lastStatus" s ON s."taskId" = t."id"
  LEFT JOIN "lastPlannerEdit" p ON p."taskId" = t."id"
),
"restored" AS (
  SELECT
    "id",
    "instruction" AS "note",
    COALESCE("currentAgencyNote", CASE WHEN "statusWasLast" THEN "currentNote" ELSE "lastAgencyNote" END) AS "agencyNote"
  FROM "history"
  WHERE "currentNote" IS NOT DISTINCT FROM "lastWritten"
)
UPDATE "AgencyTask" t
SET "note" = r."note", "agencyNote" = r."agencyNote", "version" = t."version" + 1, "updatedAt" = CURRENT_TIMESTAMP
FROM "restored" r
WHERE t."id" = r."id"
  AND (t."note" IS DISTINCT FROM r."note" OR t."agencyNote" IS DISTINCT FROM r."agencyNote");

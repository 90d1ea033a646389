-- The conflict check never reads an agency's own row: a task names its agency by id, and the
-- check asks only which summit the agency is in, which never changes. Its note made every summit's
-- stored set need a whole re-check after an agency was added, renamed or deactivated.
DROP TRIGGER "conflict_change" ON "Agency";

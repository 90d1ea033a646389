-- The conflict check reads nothing of an agency's own row but its summit (a task names its agency
-- by id, and a partial re-check finds a task's summit through it). An agency added, renamed or
-- deactivated changes no conflict, yet its note made every summit's stored set need a whole
-- re-check. The note goes; an agency keeps its summit for good, which the database now holds to,
-- since moving one would move its tasks to another summit unnoticed.
DROP TRIGGER "conflict_change" ON "Agency";

CREATE FUNCTION "agency_keeps_its_summit"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."summitId" IS DISTINCT FROM OLD."summitId" THEN
    RAISE EXCEPTION 'An agency stays in the summit it was created in' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER "agency_keeps_its_summit" BEFORE UPDATE OF "summitId" ON "Agency" FOR EACH ROW EXECUTE FUNCTION "agency_keeps_its_summit"();

// Agencies as administrators keep them: created, edited, deactivated and reactivated, audited;
// duplicate names refused with nothing written, also when a concurrent writer takes the name
// between the check and the write; nobody but an administrator may do any of it. A deactivated
// agency keeps its tasks (planners still read them) but gets no new one, and its coordinators
// cannot sign in, through next-auth's real core included, until it is reactivated.
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { createAgency, setAgencyActive, updateAgency } from "@/lib/agency-admin/mutations";
import { getAgencyForAdmin, listAgenciesForAdmin } from "@/lib/agency-admin/queries";
import { AGENCY_MESSAGES } from "@/lib/agency-admin/schema";
import { adminNl } from "@/lib/i18n/agencies-users";
import { createTask, updateTask } from "@/lib/tasks/mutations";
import { getTask, listAssignableAgencies, listTasks } from "@/lib/tasks/queries";
import type { Actor } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/password";
import { loadActor } from "@/lib/auth/session";
import { checkCredentials } from "@/lib/auth/sign-in";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { buildScopeFixture, DAY } from "./fixtures";
import { resetDatabase, testDb } from "./helpers";
import { nextAuthClient } from "./next-auth-client";
import { inSummit } from "./inputs";
import { createTaskSchema, updateTaskSchema } from "@/lib/tasks/schema";

vi.mock("server-only", () => ({}));
vi.hoisted(() => {
  process.env.NEXTAUTH_URL = "http://localhost:3000";
  process.env.NEXTAUTH_SECRET = "test-secret-for-agency-admin-test-0123456789";
});

const db = testDb();
const PASSWORD = "a-long-enough-password";
let fx: Awaited<ReturnType<typeof buildScopeFixture>>;
let admin: Actor;
let coordinatorId = "";

beforeAll(async () => {
  process.env.DATABASE_URL = inject("databaseUrl");
  await resetDatabase(db);
  fx = await buildScopeFixture(db);
  const row = await db.user.create({ data: { id: "admin-id", email: "admin@example.org", name: "Admin", role: "ADMIN", passwordHash: "x" } });
  admin = { userId: row.id, name: row.name, email: row.email, role: "ADMIN", delegationIds: [], agencyId: null, mustChangePassword: false };
  coordinatorId = (
    await db.user.create({
      data: { email: "coordinator@example.org", name: "Police coordinator", role: "AGENCY", agencyId: fx.agencies.police.id, passwordHash: await hashPassword(PASSWORD) },
    })
  ).id;
});
afterAll(async () => {
  await db.$disconnect();
  await (await import("@/lib/db")).getDb().$disconnect();
});

const counts = async () => ({ agencies: await db.agency.count(), audits: await db.auditEntry.count() });

async function refusal(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error("expected a refusal");
    },
    (error: unknown) => error,
  );
}

describe("creating and editing agencies", () => {
  let rwsId = "";

  it("creates an agency of the summit, audited", async () => {
    const { id } = await createAgency(db, admin, { summitId: fx.summit.id, name: "Rijkswaterstaat", shortName: "RWS", kind: "ROADS" });
    rwsId = id;
    expect(await db.agency.findUniqueOrThrow({ where: { id } })).toMatchObject({ summitId: fx.summit.id, name: "Rijkswaterstaat", shortName: "RWS", kind: "ROADS", deactivatedAt: null });
    const audit = await db.auditEntry.findFirstOrThrow({ where: { entity: "Agency", entityId: id } });
    expect(audit).toMatchObject({ action: "create", actorName: "Admin", summitId: fx.summit.id });
    expect(audit.after).toMatchObject({ name: "Rijkswaterstaat", shortName: "RWS", kind: "ROADS" });
  });

  it("edits name, short name and kind, audited with before and after", async () => {
    await updateAgency(db, admin, { id: rwsId, name: "Rijkswaterstaat Traffic Centre", shortName: "RWS-VC", kind: "ROADS" });
    await updateAgency(db, admin, { id: rwsId, name: "Rijkswaterstaat Traffic Centre", shortName: "RWS-VC", kind: "OTHER" });
    expect(await db.agency.findUniqueOrThrow({ where: { id: rwsId } })).toMatchObject({ name: "Rijkswaterstaat Traffic Centre", shortName: "RWS-VC", kind: "OTHER" });
    const audits = await db.auditEntry.findMany({ where: { entity: "Agency", entityId: rwsId, action: "update" }, orderBy: { at: "asc" } });
    expect(audits).toHaveLength(2);
    expect(audits[0].before).toMatchObject({ name: "Rijkswaterstaat", shortName: "RWS" });
    expect(audits[1].after).toMatchObject({ kind: "OTHER" });
  });

  it("lists the summit's agencies with their users, tasks and coordinators", async () => {
    const rows = await listAgenciesForAdmin(db, admin, fx.summit.id);
    expect(rows.map((r) => r.shortName)).toEqual(["Police", "RWS-VC", "Schiphol"]);
    const police = rows.find((r) => r.shortName === "Police")!;
    // The fixture's coordinator and the one made here; the one task of the police.
    expect(police).toMatchObject({ users: 2, tasks: 1, deactivatedAt: null });
    expect(police.coordinators.map((c) => c.name)).toEqual(["Fixture police", "Police coordinator"]);
  });

  it("refuses a name or short name another agency of the summit has, in any case, and writes nothing", async () => {
    const before = await counts();
    const byName = await refusal(createAgency(db, admin, { summitId: fx.summit.id, name: "national police", shortName: "NP", kind: "POLICE" }));
    expect(byName).toBeInstanceOf(ValidationError);
    expect(byName).toMatchObject({ fieldErrors: { name: AGENCY_MESSAGES.nameTaken } });
    // A code for the rule, and the agency pages' own words for a Dutch reader.
    expect(byName).toMatchObject({ code: "agencies.exists" });
    expect((byName as ValidationError).saidIn("nl")).toEqual({ message: adminNl.agencies.messages.exists, fieldErrors: { name: adminNl.agencies.messages.nameTaken } });
    const byShortName = await refusal(createAgency(db, admin, { summitId: fx.summit.id, name: "Police of the Netherlands", shortName: "POLICE", kind: "POLICE" }));
    expect(byShortName).toMatchObject({ fieldErrors: { shortName: AGENCY_MESSAGES.shortNameTaken } });
    const both = await refusal(updateAgency(db, admin, { id: fx.agencies.airport.id, name: "National Police", shortName: "Police", kind: "AIRPORT" }));
    expect(both).toMatchObject({ fieldErrors: { name: AGENCY_MESSAGES.nameTaken, shortName: AGENCY_MESSAGES.shortNameTaken } });
    expect(await counts()).toEqual(before);
    expect(await db.agency.findUniqueOrThrow({ where: { id: fx.agencies.airport.id } })).toMatchObject({ name: "Schiphol Airport", shortName: "Schiphol" });
  });

  it("an agency of another summit may have the same names", async () => {
    const other = await db.summit.create({
      data: { slug: "other", name: "Other Summit", host: "Test", timeZone: "Europe/Amsterdam", startDate: new Date("2026-06-24"), endDate: new Date("2026-06-25") },
    });
    await createAgency(db, admin, { summitId: other.id, name: "National Police", shortName: "Police", kind: "POLICE" });
    expect(await db.agency.count({ where: { shortName: "Police" } })).toBe(2);
  });

  // Two writers at once: only on PostgreSQL; the embedded database serves one connection at a time.
  it.runIf(!inject("embedded"))("maps the unique index's refusal to the field when another writer takes the name first", async () => {
    const input = { summitId: fx.summit.id, name: "Municipality of The Hague", shortName: "The Hague", kind: "MUNICIPALITY" as const };
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    let inserted = () => {};
    const hasInserted = new Promise<void>((resolve) => (inserted = resolve));
    // Another writer inserts the name and holds its transaction open: our check cannot see the row,
    // our insert waits on the unique index and fails once the other commits.
    const other = db.$transaction(
      async (tx) => {
        await tx.agency.create({ data: { ...input, shortName: "Den Haag" } });
        inserted();
        await released;
      },
      { timeout: 20_000 },
    );
    // Ours starts only once the other's row is in (on a busy machine the other's transaction can
    // start late, and ours would then insert first).
    await hasInserted;
    expect(await db.agency.count({ where: { name: input.name } })).toBe(0);
    const attempt = refusal(createAgency(db, admin, input));
    await expect
      .poll(async () => {
        const [row] = await db.$queryRaw<{ n: bigint }[]>`
          SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query ILIKE '%INSERT INTO%Agency%'`;
        return Number(row.n);
      }, { timeout: 10_000 })
      .toBe(1);
    release();
    await other;
    const error = await attempt;
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ message: AGENCY_MESSAGES.exists, fieldErrors: { name: AGENCY_MESSAGES.nameTaken } });
    expect(await db.agency.findMany({ where: { name: input.name }, select: { shortName: true } })).toEqual([{ shortName: "Den Haag" }]);
  });
});

describe("who may manage agencies", () => {
  it("a planner, an agency coordinator and a liaison are refused, and nothing is written", async () => {
    const before = await counts();
    for (const actor of [fx.actors.planner, fx.actors.police, fx.actors.liaisonA, fx.actors.viewer]) {
      expect(await refusal(createAgency(db, actor, { summitId: fx.summit.id, name: "Intruder agency", shortName: "Intruder", kind: "OTHER" })), actor.role).toBeInstanceOf(NotFoundError);
      expect(await refusal(updateAgency(db, actor, { id: fx.agencies.police.id, name: "Renamed", shortName: "Renamed", kind: "OTHER" }))).toBeInstanceOf(NotFoundError);
      expect(await refusal(setAgencyActive(db, actor, { id: fx.agencies.police.id, active: false }))).toBeInstanceOf(NotFoundError);
      expect(await refusal(listAgenciesForAdmin(db, actor, fx.summit.id))).toBeInstanceOf(NotFoundError);
      expect(await refusal(getAgencyForAdmin(db, actor, fx.agencies.police.id))).toBeInstanceOf(NotFoundError);
    }
    expect(await counts()).toEqual(before);
    expect(await db.agency.findUniqueOrThrow({ where: { id: fx.agencies.police.id } })).toMatchObject({ name: "National Police", deactivatedAt: null });
  });
});

describe("a deactivated agency", () => {
  const taskOnStaffBriefing = (agencyId: string) => ({
    agencyId,
    subject: `item:${fx.items.staffOnly.id}`,
    type: "SECURITY_PERIMETER" as const,
    startsAt: `${DAY}T11:30`,
    endsAt: `${DAY}T13:00`,
  });
  let signedIn: ReturnType<typeof nextAuthClient>;
  let sessionVersion = 0;

  it("before: its coordinator signs in, through next-auth too", async () => {
    const result = await checkCredentials(db, "coordinator@example.org", PASSWORD);
    expect(result).toMatchObject({ ok: true, userId: coordinatorId });
    sessionVersion = result.ok ? result.sessionVersion : -1;
    const { authOptions } = await import("@/lib/auth/options");
    signedIn = nextAuthClient(authOptions);
    expect((await signedIn.signIn("coordinator@example.org", PASSWORD)).status).toBe(200);
    expect(signedIn.sessionCookie()).toBeTruthy();
  });

  it("is deactivated, audited, and stays listed with its history", async () => {
    const { deactivatedAt } = await setAgencyActive(db, admin, { id: fx.agencies.police.id, active: false });
    expect(deactivatedAt).toBeInstanceOf(Date);
    expect(await db.auditEntry.count({ where: { entity: "Agency", entityId: fx.agencies.police.id, action: "deactivate" } })).toBe(1);
    // Asking again changes nothing.
    await setAgencyActive(db, admin, { id: fx.agencies.police.id, active: false });
    expect(await db.auditEntry.count({ where: { entity: "Agency", entityId: fx.agencies.police.id, action: "deactivate" } })).toBe(1);
    const police = await getAgencyForAdmin(db, admin, fx.agencies.police.id);
    expect(police).toMatchObject({ tasks: 1, users: 2, summit: { id: fx.summit.id } });
    expect(police.deactivatedAt).toEqual(deactivatedAt);
  });

  it("its coordinator cannot sign in, with a clear reason for the right password only, and their session ends", async () => {
    expect(await checkCredentials(db, "coordinator@example.org", PASSWORD)).toEqual({ ok: false, reason: "agencyDeactivated" });
    expect(await checkCredentials(db, "coordinator@example.org", "not-the-password")).toEqual({ ok: false, reason: "invalid" });
    expect(await loadActor(db, coordinatorId)).toBeNull();
    expect(await loadActor(db, coordinatorId, { sessionVersion })).toBeNull();

    const { authOptions } = await import("@/lib/auth/options");
    const client = nextAuthClient(authOptions);
    const reply = await client.signIn("coordinator@example.org", PASSWORD);
    expect((reply.body as { url: string }).url).toContain("error=AgencyDeactivated");
    expect(client.sessionCookie()).toBeUndefined();
    // The other agency's coordinator is not affected.
    expect(await loadActor(db, fx.actors.airport.userId)).toMatchObject({ role: "AGENCY", agencyId: fx.agencies.airport.id });
  });

  it("gets no new task, nor another agency's task, but its own task can still be edited", async () => {
    const before = { tasks: await db.agencyTask.count(), audits: await db.auditEntry.count() };
    const created = await refusal(createTask(db, fx.actors.planner, inSummit(createTaskSchema, fx.summit.id, taskOnStaffBriefing(fx.agencies.police.id))));
    expect(created).toBeInstanceOf(ValidationError);
    expect(created).toMatchObject({ message: AGENCY_MESSAGES.noNewTasks, fieldErrors: { agencyId: AGENCY_MESSAGES.noNewTasks } });
    expect((created as ValidationError).saidIn("nl").fieldErrors).toEqual({ agencyId: adminNl.agencies.messages.noNewTasks });

    const airportTask = await db.agencyTask.findFirstOrThrow({ where: { agencyId: fx.agencies.airport.id } });
    const moved = await refusal(updateTask(db, fx.actors.planner, inSummit(updateTaskSchema, fx.summit.id, { id: airportTask.id, version: airportTask.version, ...taskOnStaffBriefing(fx.agencies.police.id) })));
    expect(moved).toMatchObject({ fieldErrors: { agencyId: AGENCY_MESSAGES.noNewTasks } });
    expect(await db.agencyTask.findUniqueOrThrow({ where: { id: airportTask.id } })).toMatchObject({ agencyId: fx.agencies.airport.id, version: airportTask.version });
    expect({ tasks: await db.agencyTask.count(), audits: await db.auditEntry.count() }).toEqual(before);

    const policeTask = await db.agencyTask.findFirstOrThrow({ where: { agencyId: fx.agencies.police.id } });
    await updateTask(db, fx.actors.planner, inSummit(updateTaskSchema, fx.summit.id, {
      id: policeTask.id, version: policeTask.version, agencyId: fx.agencies.police.id, subject: `item:${fx.items.onlyB.id}`, type: "ESCORT",
      startsAt: `${DAY}T10:30`, endsAt: `${DAY}T12:00`, note: "Keep it as planned",
    }));
    expect(await db.agencyTask.findUniqueOrThrow({ where: { id: policeTask.id } })).toMatchObject({ note: "Keep it as planned", agencyId: fx.agencies.police.id });
  });

  it("its tasks stay readable to a planner", async () => {
    const policeTask = await db.agencyTask.findFirstOrThrow({ where: { agencyId: fx.agencies.police.id } });
    const all = await listTasks(db, fx.actors.planner, { id: fx.summit.id, timeZone: fx.summit.timeZone }, { agencyId: fx.agencies.police.id });
    expect(all.map((t) => t.id)).toEqual([policeTask.id]);
    expect((await getTask(db, fx.actors.planner, fx.summit.id, policeTask.id)).agency.id).toBe(fx.agencies.police.id);
  });

  it("is left out of the task form's agencies, except for a task that has it", async () => {
    // The municipality the racing writers above create (where they run: PostgreSQL), made here otherwise.
    const municipality = { summitId: fx.summit.id, name: "Municipality of The Hague", shortName: "Den Haag", kind: "MUNICIPALITY" as const };
    if ((await db.agency.count({ where: { summitId: fx.summit.id, name: municipality.name } })) === 0) await db.agency.create({ data: municipality });
    expect((await listAssignableAgencies(db, fx.summit.id)).map((a) => a.shortName)).toEqual(["Den Haag", "RWS-VC", "Schiphol"]);
    expect((await listAssignableAgencies(db, fx.summit.id, fx.agencies.police.id)).map((a) => a.shortName)).toEqual(["Den Haag", "Police", "RWS-VC", "Schiphol"]);
  });

  it("reactivated: its coordinator signs in again, a session from before the deactivation stays dead, and tasks can be given to it", async () => {
    await setAgencyActive(db, admin, { id: fx.agencies.police.id, active: true });
    expect(await db.agency.findUniqueOrThrow({ where: { id: fx.agencies.police.id } })).toMatchObject({ deactivatedAt: null });
    expect(await db.auditEntry.count({ where: { entity: "Agency", entityId: fx.agencies.police.id, action: "reactivate" } })).toBe(1);
    const result = await checkCredentials(db, "coordinator@example.org", PASSWORD);
    expect(result).toMatchObject({ ok: true, userId: coordinatorId });
    expect(await loadActor(db, coordinatorId, { sessionVersion })).toBeNull();
    expect(await loadActor(db, coordinatorId, { sessionVersion: result.ok ? result.sessionVersion : -1 })).toMatchObject({ agencyId: fx.agencies.police.id });
    const { id } = await createTask(db, fx.actors.planner, inSummit(createTaskSchema, fx.summit.id, taskOnStaffBriefing(fx.agencies.police.id)));
    expect(await db.agencyTask.findUniqueOrThrow({ where: { id } })).toMatchObject({ agencyId: fx.agencies.police.id });
  });
});

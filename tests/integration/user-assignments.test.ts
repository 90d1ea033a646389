// A liaison officer's delegations and an agency coordinator's agency are all of one summit, the
// one the administrator chose: anything else is refused with a clear reason and nothing written.
// The "who is assigned where" overview lists each delegation's liaisons and each agency's
// coordinators of one summit.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setAgencyActive } from "@/lib/agency-admin/mutations";
import { loadActor } from "@/lib/auth/session";
import { ValidationError } from "@/lib/errors";
import { createUser, updateUser } from "@/lib/users/mutations";
import { assignmentsOfSummit, scopeOptions } from "@/lib/users/queries";
import { USER_MESSAGES } from "@/lib/users/schema";
import { buildScopeFixture } from "./fixtures";
import type { UserAdmin } from "@/lib/users/policy";
import { createUserSchema, updateUserSchema, type CreateUserValues, type UpdateUserValues } from "@/lib/users/schema";
import { parseInput } from "@/lib/validation";
import { resetDatabase, testDb } from "./helpers";

const db = testDb();
/** Through the boundary as the user forms' actions go: the values parsed, then the mutation. */
const create = (admin: UserAdmin, values: CreateUserValues) => Promise.resolve().then(() => createUser(db, admin, parseInput(createUserSchema, values)));
const update = (admin: UserAdmin, values: UpdateUserValues) => Promise.resolve().then(() => updateUser(db, admin, parseInput(updateUserSchema, values)));
const admin = { userId: "admin-id", name: "Admin", role: "ADMIN" as const };
const PASSWORD = "a-long-enough-password";
let fx: Awaited<ReturnType<typeof buildScopeFixture>>;
let other: { summit: { id: string }; delegation: { id: string }; agency: { id: string } };

beforeAll(async () => {
  await resetDatabase(db);
  fx = await buildScopeFixture(db);
  await db.user.create({ data: { id: "admin-id", email: "admin@example.org", name: "Admin", role: "ADMIN", passwordHash: "x" } });
  const summit = await db.summit.create({
    data: { slug: "next", name: "Next Summit", host: "Test", timeZone: "Europe/Amsterdam", startDate: new Date("2026-06-24"), endDate: new Date("2026-06-25") },
  });
  other = {
    summit,
    delegation: await db.delegation.create({ data: { summitId: summit.id, code: "FR", name: "France", kind: "ALLY" } }),
    agency: await db.agency.create({ data: { summitId: summit.id, name: "National Police", shortName: "Police", kind: "POLICE" } }),
  };
});
afterAll(() => db.$disconnect());

const written = async () => ({ users: await db.user.count(), liaisons: await db.liaisonAssignment.count(), audits: await db.auditEntry.count() });

async function refusal(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error("expected a refusal");
    },
    (error: unknown) => error,
  );
}

describe("assigning a liaison officer", () => {
  it("to delegations of the chosen summit", async () => {
    const { id } = await create(admin, {
      email: "liaison@example.org", name: "Liaison", password: PASSWORD, role: "LIAISON", summitId: fx.summit.id, delegationIds: [fx.delegations.a.id, fx.delegations.b.id],
    });
    expect([...((await loadActor(db, id))?.delegationIds ?? [])].sort()).toEqual([fx.delegations.a.id, fx.delegations.b.id].sort());
    const audit = await db.auditEntry.findFirstOrThrow({ where: { entity: "User", entityId: id } });
    expect(audit.after).toMatchObject({ role: "LIAISON", summitId: fx.summit.id });
  });

  it("refuses delegations of two summits, and one of another summit than chosen, writing nothing", async () => {
    const before = await written();
    const twoSummits = await refusal(create(admin, {
      email: "two@example.org", name: "Two summits", password: PASSWORD, role: "LIAISON", summitId: fx.summit.id, delegationIds: [fx.delegations.a.id, other.delegation.id],
    }));
    expect(twoSummits).toBeInstanceOf(ValidationError);
    expect(twoSummits).toMatchObject({ message: USER_MESSAGES.delegationsOfSeveralSummits, fieldErrors: { delegationIds: USER_MESSAGES.delegationsOfSeveralSummits } });

    const otherSummit = await refusal(create(admin, {
      email: "other@example.org", name: "Other summit", password: PASSWORD, role: "LIAISON", summitId: fx.summit.id, delegationIds: [other.delegation.id],
    }));
    expect(otherSummit).toMatchObject({ fieldErrors: { delegationIds: USER_MESSAGES.delegationOfOtherSummit } });

    const liaison = await db.user.findUniqueOrThrow({ where: { email: "liaison@example.org" } });
    const moved = await refusal(update(admin, {
      id: liaison.id, name: "Liaison", active: true, role: "LIAISON", summitId: other.summit.id, delegationIds: [fx.delegations.a.id, other.delegation.id],
    }));
    expect(moved).toMatchObject({ fieldErrors: { delegationIds: USER_MESSAGES.delegationsOfSeveralSummits } });
    expect(await written()).toEqual(before);
    expect(await db.liaisonAssignment.count({ where: { userId: liaison.id } })).toBe(2);
  });

  it("needs the summit to be chosen", async () => {
    const error = await refusal(create(admin, { email: "nosummit@example.org", name: "No summit", password: PASSWORD, role: "LIAISON", delegationIds: [fx.delegations.a.id] }));
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors).toEqual({ summitId: USER_MESSAGES.summitRequired });
  });

  it("moves to delegations of another summit when that summit is chosen", async () => {
    const liaison = await db.user.findUniqueOrThrow({ where: { email: "liaison@example.org" } });
    await update(admin, { id: liaison.id, name: "Liaison", active: true, role: "LIAISON", summitId: other.summit.id, delegationIds: [other.delegation.id] });
    expect((await loadActor(db, liaison.id))?.delegationIds).toEqual([other.delegation.id]);
  });
});

describe("assigning an agency coordinator", () => {
  it("to an agency of the chosen summit", async () => {
    const { id } = await create(admin, { email: "coordinator@example.org", name: "Coordinator", password: PASSWORD, role: "AGENCY", summitId: fx.summit.id, agencyId: fx.agencies.police.id });
    expect(await loadActor(db, id)).toMatchObject({ role: "AGENCY", agencyId: fx.agencies.police.id });
  });

  it("refuses an agency of another summit than the one chosen, writing nothing", async () => {
    const before = await written();
    const created = await refusal(create(admin, {
      email: "wrong@example.org", name: "Wrong summit", password: PASSWORD, role: "AGENCY", summitId: fx.summit.id, agencyId: other.agency.id,
    }));
    expect(created).toBeInstanceOf(ValidationError);
    expect(created).toMatchObject({ message: USER_MESSAGES.agencyOfOtherSummit, fieldErrors: { agencyId: USER_MESSAGES.agencyOfOtherSummit } });

    const coordinator = await db.user.findUniqueOrThrow({ where: { email: "coordinator@example.org" } });
    const updated = await refusal(update(admin, { id: coordinator.id, name: "Coordinator", active: true, role: "AGENCY", summitId: other.summit.id, agencyId: fx.agencies.airport.id }));
    expect(updated).toMatchObject({ fieldErrors: { agencyId: USER_MESSAGES.agencyOfOtherSummit } });
    const unknownSummit = await refusal(update(admin, { id: coordinator.id, name: "Coordinator", active: true, role: "AGENCY", summitId: "no-such-summit", agencyId: fx.agencies.airport.id }));
    expect(unknownSummit).toMatchObject({ fieldErrors: { summitId: USER_MESSAGES.unknownSummit } });
    expect(await written()).toEqual(before);
    expect(await db.user.findUniqueOrThrow({ where: { id: coordinator.id } })).toMatchObject({ agencyId: fx.agencies.police.id });
  });

  it("refuses a deactivated agency to a new coordinator, but one who has it may keep it", async () => {
    await setAgencyActive(db, admin, { id: fx.agencies.airport.id, active: false });
    const coordinator = await db.user.findUniqueOrThrow({ where: { email: "coordinator@example.org" } });
    const moved = await refusal(update(admin, { id: coordinator.id, name: "Coordinator", active: true, role: "AGENCY", summitId: fx.summit.id, agencyId: fx.agencies.airport.id }));
    expect(moved).toMatchObject({ fieldErrors: { agencyId: USER_MESSAGES.agencyDeactivated } });
    // The fixture's airport coordinator keeps the agency when renamed.
    await update(admin, { id: fx.actors.airport.userId, name: "Airport coordinator", active: true, role: "AGENCY", summitId: fx.summit.id, agencyId: fx.agencies.airport.id });
    expect(await db.user.findUniqueOrThrow({ where: { id: fx.actors.airport.userId } })).toMatchObject({ name: "Airport coordinator", agencyId: fx.agencies.airport.id });
    await setAgencyActive(db, admin, { id: fx.agencies.airport.id, active: true });
  });

  it("a role without an assignment keeps no summit, agency or delegations", async () => {
    const { id } = await create(admin, {
      email: "viewer@example.org", name: "Viewer", password: PASSWORD, role: "VIEWER", summitId: other.summit.id, agencyId: other.agency.id, delegationIds: [other.delegation.id],
    });
    expect(await db.user.findUniqueOrThrow({ where: { id }, select: { agencyId: true, liaisons: true } })).toEqual({ agencyId: null, liaisons: [] });
  });
});

describe("who is assigned where", () => {
  it("lists each delegation's liaisons and each agency's coordinators of one summit", async () => {
    const { delegations, agencies } = await assignmentsOfSummit(db, fx.summit.id);
    const names = (users: { name: string }[]) => users.map((u) => u.name);
    expect(delegations.map((d) => [d.code, names(d.liaisons)])).toEqual([
      ["BE", ["Fixture liaisonA"]],
      ["UA", ["Fixture liaisonB"]],
    ]);
    expect(agencies.map((a) => [a.shortName, names(a.coordinators)])).toEqual([
      ["Police", ["Coordinator", "Fixture police"]],
      ["Schiphol", ["Airport coordinator"]],
    ]);
    const next = await assignmentsOfSummit(db, other.summit.id);
    expect(next.delegations.map((d) => [d.code, names(d.liaisons)])).toEqual([["FR", ["Liaison"]]]);
    expect(next.agencies.map((a) => [a.shortName, names(a.coordinators)])).toEqual([["Police", []]]);
  });

  it("offers each summit's own delegations and agencies to choose from, deactivated agencies marked", async () => {
    await setAgencyActive(db, admin, { id: other.agency.id, active: false });
    const options = await scopeOptions(db);
    expect(options.map((s) => s.name)).toEqual(["Next Summit", "Scope Summit"]);
    expect(options[0]).toMatchObject({ delegations: [{ name: "France" }], agencies: [{ name: "National Police", deactivated: true }] });
    expect(options[1].delegations.map((d) => d.name)).toEqual(["Belgium", "Ukraine"]);
  });
});

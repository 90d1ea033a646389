import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "@/lib/auth/session";
import { checkCredentials } from "@/lib/auth/sign-in";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { changeOwnPassword, createUser, resetPassword, updateUser } from "@/lib/users/mutations";
import { buildScopeFixture } from "./fixtures";
import type { UserAdmin } from "@/lib/users/policy";
import { createUserSchema, updateUserSchema, USER_MESSAGES, type CreateUserValues, type UpdateUserValues } from "@/lib/users/schema";
import { parseInput } from "@/lib/validation";
import { adminNl } from "@/lib/i18n/agencies-users";
import { resetDatabase, testDb } from "./helpers";

const db = testDb();
/** Through the boundary as the user forms' actions go: the values parsed, then the mutation. */
const create = (admin: UserAdmin, values: CreateUserValues) => Promise.resolve().then(() => createUser(db, admin, parseInput(createUserSchema, values)));
const update = (admin: UserAdmin, values: UpdateUserValues) => Promise.resolve().then(() => updateUser(db, admin, parseInput(updateUserSchema, values)));
let fx: Awaited<ReturnType<typeof buildScopeFixture>>;
const admin = { userId: "admin-id", name: "Admin", role: "ADMIN" as const };

beforeAll(async () => {
  await resetDatabase(db);
  fx = await buildScopeFixture(db);
  await db.user.create({ data: { id: "admin-id", email: "admin@example.org", name: "Admin", role: "ADMIN", passwordHash: "x" } });
});
afterAll(() => db.$disconnect());

describe("user administration", () => {
  it("creates a liaison with a delegation scope, audited, password hashed", async () => {
    const { id } = await create(admin, {
      email: "Liaison.BE@Example.org", name: "Liaison BE", password: "a-long-enough-password", role: "LIAISON", summitId: fx.summit.id, delegationIds: [fx.delegations.a.id],
    });
    const actor = await loadActor(db, id);
    expect(actor).toMatchObject({ email: "liaison.be@example.org", role: "LIAISON", delegationIds: [fx.delegations.a.id], agencyId: null });
    const stored = await db.user.findUniqueOrThrow({ where: { id } });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    const audit = await db.auditEntry.findFirstOrThrow({ where: { entity: "User", entityId: id } });
    expect(audit).toMatchObject({ action: "create", actorName: "Admin" });
    expect(JSON.stringify(audit.after)).not.toContain("a-long-enough-password");
  });

  it("refuses bad input and writes nothing", async () => {
    const before = await db.user.count();
    await expect(create(admin, { email: "x@example.org", name: "X", password: "short", role: "VIEWER" })).rejects.toMatchObject({ fieldErrors: { password: USER_MESSAGES.passwordTooShort } });
    await expect(create(admin, { email: "y@example.org", name: "Y", password: "a-long-enough-password", role: "LIAISON", summitId: fx.summit.id, delegationIds: [] })).rejects.toMatchObject({ fieldErrors: { delegationIds: USER_MESSAGES.liaisonNeedsDelegation } });
    await expect(create(admin, { email: "z@example.org", name: "Z", password: "a-long-enough-password", role: "LIAISON", summitId: fx.summit.id, delegationIds: ["no-such-delegation"] })).rejects.toBeInstanceOf(ValidationError);
    await expect(create(admin, { email: "liaison.be@example.org", name: "Dup", password: "a-long-enough-password", role: "VIEWER" })).rejects.toMatchObject({
      fieldErrors: { email: "A user with this e-mail address exists." },
    });
    await expect(create(admin, { email: "big@example.org", name: "N".repeat(500), password: "a-long-enough-password", role: "VIEWER" })).rejects.toMatchObject({ fieldErrors: { name: USER_MESSAGES.nameTooLong } });
    expect(await db.user.count()).toBe(before);
  });

  it("changes role and scope, which takes effect on the next load", async () => {
    const user = await db.user.findUniqueOrThrow({ where: { email: "liaison.be@example.org" } });
    await update(admin, { id: user.id, name: "Now police", active: true, role: "AGENCY", summitId: fx.summit.id, agencyId: fx.agencies.police.id, delegationIds: [fx.delegations.a.id] });
    expect(await loadActor(db, user.id)).toMatchObject({ role: "AGENCY", agencyId: fx.agencies.police.id, delegationIds: [] });
    expect(await db.liaisonAssignment.count({ where: { userId: user.id } })).toBe(0);
  });

  it("deactivates a user, and an admin cannot deactivate themself", async () => {
    const user = await db.user.findUniqueOrThrow({ where: { email: "liaison.be@example.org" } });
    await update(admin, { id: user.id, name: "Gone", active: false, role: "VIEWER" });
    expect(await loadActor(db, user.id)).toBeNull();
    await expect(update(admin, { id: "admin-id", name: "Admin", active: false, role: "ADMIN" })).rejects.toBeInstanceOf(ValidationError);
    await expect(update(admin, { id: "nope", name: "X", active: true, role: "VIEWER" })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("a password reset forces a new password at next sign-in", async () => {
    const { id } = await create(admin, { email: "viewer@example.org", name: "Viewer", password: "first-password-123", role: "VIEWER" });
    await resetPassword(db, admin, { id, password: "temporary-password-1" });
    expect(await checkCredentials(db, "viewer@example.org", "first-password-123")).toMatchObject({ ok: false });
    expect(await checkCredentials(db, "viewer@example.org", "temporary-password-1")).toMatchObject({ ok: true });
    expect(await loadActor(db, id)).toMatchObject({ mustChangePassword: true });
  });
});

describe("ending sessions", () => {
  it("a password reset ends the user's sessions and revokes their calendar feeds", async () => {
    const { id } = await create(admin, { email: "liaison2@example.org", name: "L2", password: "first-password-123", role: "LIAISON", summitId: fx.summit.id, delegationIds: [fx.delegations.b.id] });
    const token = await db.calendarToken.create({ data: { userId: id, tokenHash: "h".repeat(64) } });
    expect(await loadActor(db, id, { sessionVersion: 0 })).not.toBeNull();
    await resetPassword(db, admin, { id, password: "temporary-password-2" });
    expect(await loadActor(db, id, { sessionVersion: 0 })).toBeNull();
    expect(await loadActor(db, id, { sessionVersion: 1 })).toMatchObject({ mustChangePassword: true });
    expect((await db.calendarToken.findUniqueOrThrow({ where: { id: token.id } })).revokedAt).not.toBeNull();
  });

  it("asks the users' policy first: a planner is told not found, and a refusal is coded and worded in Dutch too", async () => {
    const before = await db.user.count();
    const planner = { userId: "admin-id", name: "Planner", role: "PLANNER" as const };
    await expect(create(planner, { email: "p@example.org", name: "P", password: "a-long-enough-password", role: "VIEWER" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(update(planner, { id: "admin-id", name: "Admin", active: true, role: "VIEWER" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(resetPassword(db, planner, { id: "admin-id", password: "a-long-enough-password" })).rejects.toBeInstanceOf(NotFoundError);
    const taken = await create(admin, { email: "liaison.be@example.org", name: "Dup", password: "a-long-enough-password", role: "VIEWER" }).then(() => null, (e: unknown) => e as ValidationError);
    expect(taken?.code).toBe("users.emailTaken");
    expect(taken?.saidIn("nl").fieldErrors.email).toBe(adminNl.users.messages.emailTaken);
    expect(await db.user.count()).toBe(before);
  });

  it("changing one's own password needs the current one, and ends older sessions", async () => {
    const user = await db.user.findUniqueOrThrow({ where: { email: "liaison2@example.org" } });
    const actor = { userId: user.id, name: user.name, role: user.role };
    await expect(changeOwnPassword(db, actor, { current: "wrong-password", password: "my-own-new-password", confirm: "my-own-new-password" })).rejects.toMatchObject({
      fieldErrors: { current: "The current password is not correct." },
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(1);
    await changeOwnPassword(db, actor, { current: "temporary-password-2", password: "my-own-new-password", confirm: "my-own-new-password" });
    expect(await loadActor(db, user.id, { sessionVersion: 1 })).toBeNull();
    expect(await loadActor(db, user.id, { sessionVersion: 2 })).toMatchObject({ mustChangePassword: false });
    expect(await checkCredentials(db, "liaison2@example.org", "my-own-new-password")).toMatchObject({ ok: true, sessionVersion: 2 });
  });
});

import type { Actor } from "@/lib/auth/actor";
import { LOCKOUT_MINUTES, limitAttempts } from "@/lib/auth/lockout";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import type { Db, DbOrTx } from "@/lib/db";
import { NotFoundError, ValidationError, withConstraintErrors } from "@/lib/errors";
import { adminEn, adminNl } from "@/lib/i18n/agencies-users";
import { refusal, worded } from "@/lib/i18n/errors";
import { recordAudit } from "@/lib/audit/record";
import { mayChangeOwnPassword, mayManageUsers, type UserAdmin } from "./policy";
import type { ChangeOwnPassword, CreateUser, ResetPassword, UpdateUser } from "./schema";

const USER_WORDS = { en: adminEn.users.messages, nl: adminNl.users.messages };
type UserMessage = keyof typeof adminEn.users.messages;

/** A refusal in the user pages' own words (lib/i18n/agencies-users.ts), coded "users.<key>", on the field named. */
const refused = (field: string, key: UserMessage, fieldKey: UserMessage = key) =>
  new ValidationError(worded(`users.${key}`, (_, lang) => USER_WORDS[lang][key], { [field]: worded(`users.${fieldKey}`, (_, lang) => USER_WORDS[lang][fieldKey]) }));

/** Asked first by every write; the gate answers anyone else "Not found." too. */
function assertMayManage(admin: UserAdmin) {
  if (!mayManageUsers(admin)) throw new NotFoundError();
}

/** The lockout's client for wrong current passwords given inside a session (lib/auth/lockout.ts). */
const PASSWORD_CHANGE_CLIENT = "password-change";

type Scope = { role: string; summitId: string | null; delegationIds: string[]; agencyId: string | null };

/**
 * The assignment is of one summit, the one the admin chose: every delegation of it, the agency of
 * it and, unless the user has it already, not deactivated. Each refusal says which.
 */
async function assertScopeOfSummit(db: DbOrTx, scope: Scope, currentAgencyId: string | null = null) {
  if (!scope.summitId) return;
  if (!(await db.summit.findUnique({ where: { id: scope.summitId }, select: { id: true } }))) throw refused("summitId", "unknownSummit");
  if (scope.delegationIds.length) {
    const found = await db.delegation.findMany({ where: { id: { in: scope.delegationIds } }, select: { summitId: true } });
    if (found.length !== new Set(scope.delegationIds).size) throw refused("delegationIds", "unknownDelegation");
    const summits = new Set(found.map((d) => d.summitId));
    if (summits.size > 1) throw refused("delegationIds", "delegationsOfSeveralSummits");
    if (!summits.has(scope.summitId)) throw refused("delegationIds", "delegationOfOtherSummit");
  }
  if (scope.agencyId) {
    const agency = await db.agency.findUnique({ where: { id: scope.agencyId }, select: { summitId: true, deactivatedAt: true } });
    if (!agency) throw refused("agencyId", "unknownAgency");
    if (agency.summitId !== scope.summitId) throw refused("agencyId", "agencyOfOtherSummit");
    if (agency.deactivatedAt && scope.agencyId !== currentAgencyId) throw refused("agencyId", "agencyDeactivated");
  }
}

/** Revoke the user's live calendar feed addresses (their subscriptions answer 404 from now on). */
async function revokeFeeds(tx: DbOrTx, userId: string) {
  await tx.calendarToken.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } });
}

/** What the role keeps of the input: a liaison's delegations, a coordinator's agency, and their summit. */
const scopeOf = (u: Scope): Scope => ({
  role: u.role,
  summitId: u.role === "LIAISON" || u.role === "AGENCY" ? u.summitId : null,
  delegationIds: u.role === "LIAISON" ? [...u.delegationIds].sort() : [],
  agencyId: u.role === "AGENCY" ? u.agencyId : null,
});

/** Create a user. `admin` null means the create-admin command. */
export async function createUser(db: Db, admin: UserAdmin, input: CreateUser) {
  assertMayManage(admin);
  const scope = scopeOf(input);
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    await assertScopeOfSummit(tx, scope);
    const user = await withConstraintErrors(() =>
      tx.user.create({
        data: {
          email: input.email,
          name: input.name,
          passwordHash,
          role: input.role,
          agencyId: scope.agencyId,
          liaisons: { create: scope.delegationIds.map((delegationId) => ({ delegationId })) },
        },
        select: { id: true, email: true },
      }),
    ).catch((error) => {
      if ((error as { constraint?: string }).constraint === "unique") throw refused("email", "emailTaken");
      throw error;
    });
    await recordAudit(tx, { actor: admin, entity: "User", entityId: user.id, action: "create", after: { email: input.email, name: input.name, ...scope } });
    return user;
  });
}

export async function updateUser(db: Db, admin: UserAdmin, input: UpdateUser) {
  assertMayManage(admin);
  const scope = scopeOf(input);
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({
      where: { id: input.id },
      select: {
        name: true, role: true, active: true, agencyId: true,
        agency: { select: { summitId: true } },
        liaisons: { select: { delegationId: true, delegation: { select: { summitId: true } } } },
      },
    });
    if (!before) throw new NotFoundError();
    if (admin && admin.userId === input.id && (!input.active || input.role !== "ADMIN")) {
      throw refused("role", "notYourself", "askAnotherAdmin");
    }
    await assertScopeOfSummit(tx, scope, before.agencyId);
    await tx.liaisonAssignment.deleteMany({ where: { userId: input.id } });
    // Deactivating (or re-activating) ends every session and feed, as a password reset does:
    // otherwise re-activation would bring back whatever cookie or feed address was out there.
    const activeChanged = before.active !== input.active;
    await tx.user.update({
      where: { id: input.id },
      data: {
        name: input.name,
        active: input.active,
        role: input.role,
        agencyId: scope.agencyId,
        liaisons: { create: scope.delegationIds.map((delegationId) => ({ delegationId })) },
        ...(activeChanged ? { sessionVersion: { increment: 1 } } : {}),
      },
    });
    if (activeChanged) await revokeFeeds(tx, input.id);
    await recordAudit(tx, {
      actor: admin,
      entity: "User",
      entityId: input.id,
      action: "update",
      before: {
        name: before.name,
        active: before.active,
        ...scopeOf({
          role: before.role,
          summitId: before.agency?.summitId ?? before.liaisons[0]?.delegation.summitId ?? null,
          delegationIds: before.liaisons.map((l) => l.delegationId),
          agencyId: before.agencyId,
        }),
      },
      after: { name: input.name, active: input.active, ...scope },
    });
  });
}

/**
 * Set a temporary password; the user must choose a new one at the next sign-in. Every session
 * and calendar feed of the user ends: a reset is also how an admin locks out a stolen session.
 */
export async function resetPassword(db: Db, admin: UserAdmin, input: ResetPassword) {
  assertMayManage(admin);
  const passwordHash = await hashPassword(input.password);
  await db.$transaction(async (tx) => {
    const found = await tx.user.updateMany({
      where: { id: input.id },
      data: { passwordHash, mustChangePassword: true, sessionVersion: { increment: 1 } },
    });
    if (found.count === 0) throw new NotFoundError();
    await revokeFeeds(tx, input.id);
    await recordAudit(tx, { actor: admin, entity: "User", entityId: input.id, action: "resetPassword" });
  });
}

/**
 * Change one's own password (knowing the current one); every session of the user ends. Wrong
 * current passwords are limited as sign-in guesses are (lib/auth/lockout.ts), counted per account:
 * only a holder of the account's session can make them, so only that session is held up.
 */
export async function changeOwnPassword(db: Db, actor: Pick<Actor, "userId" | "name" | "role">, input: ChangeOwnPassword, now = new Date()) {
  if (!mayChangeOwnPassword(actor)) throw new NotFoundError();
  const current = await db.user.findUnique({ where: { id: actor.userId }, select: { email: true, passwordHash: true } });
  if (!current) throw new NotFoundError();
  const verified = await limitAttempts(db, { email: current.email, client: PASSWORD_CHANGE_CLIENT, now }, () => verifyPassword(current.passwordHash, input.current));
  if (verified === "locked") {
    const refusal = worded("tooManyWrongPasswords", (t) => t.tooManyWrongPasswords(LOCKOUT_MINUTES), ["current"]);
    throw new ValidationError(refusal);
  }
  if (!verified) {
    throw new ValidationError(refusal("passwordWrong", ["current"]));
  }
  const passwordHash = await hashPassword(input.password);
  await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: actor.userId },
      data: { passwordHash, mustChangePassword: false, sessionVersion: { increment: 1 } },
    });
    await recordAudit(tx, { actor, entity: "User", entityId: actor.userId, action: "changePassword" });
  });
}

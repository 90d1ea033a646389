import type { Actor } from "@/lib/auth/actor";
import { LOCKOUT_MINUTES, limitAttempts } from "@/lib/auth/lockout";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import type { Db, DbOrTx } from "@/lib/db";
import { NotFoundError, ValidationError, withConstraintErrors } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record";
import {
  changeOwnPasswordSchema,
  createUserSchema,
  resetPasswordSchema,
  updateUserSchema,
  type ChangeOwnPasswordInput,
  type CreateUserInput,
  type ResetPasswordInput,
  type UpdateUserInput,
} from "./schema";

type Admin = Pick<Actor, "userId" | "name"> | null;

/** The lockout's client for wrong current passwords given inside a session (lib/auth/lockout.ts). */
const PASSWORD_CHANGE_CLIENT = "password-change";

async function assertScopeExists(db: DbOrTx, delegationIds: string[], agencyId: string | null) {
  if (delegationIds.length) {
    const found = await db.delegation.count({ where: { id: { in: delegationIds } } });
    if (found !== new Set(delegationIds).size) throw new ValidationError("Unknown delegation.", { delegationIds: "Unknown delegation." });
  }
  if (agencyId && !(await db.agency.findUnique({ where: { id: agencyId }, select: { id: true } }))) {
    throw new ValidationError("Unknown agency.", { agencyId: "Unknown agency." });
  }
}

/** Revoke the user's live calendar feed addresses (their subscriptions answer 404 from now on). */
async function revokeFeeds(tx: DbOrTx, userId: string) {
  await tx.calendarToken.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } });
}

const scopeOf = (u: { role: string; delegationIds: string[]; agencyId: string | null }) => ({
  role: u.role,
  delegationIds: u.role === "LIAISON" ? [...u.delegationIds].sort() : [],
  agencyId: u.role === "AGENCY" ? u.agencyId : null,
});

/** Create a user. `admin` null means the create-admin command. */
export async function createUser(db: Db, admin: Admin, raw: CreateUserInput) {
  const input = createUserSchema.parse(raw);
  const scope = scopeOf(input);
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    await assertScopeExists(tx, scope.delegationIds, scope.agencyId);
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
      if ((error as { constraint?: string }).constraint === "unique") {
        throw new ValidationError("A user with this e-mail address exists.", { email: "A user with this e-mail address exists." });
      }
      throw error;
    });
    await recordAudit(tx, { actor: admin, entity: "User", entityId: user.id, action: "create", after: { email: input.email, name: input.name, ...scope } });
    return user;
  });
}

export async function updateUser(db: Db, admin: Admin, raw: UpdateUserInput) {
  const input = updateUserSchema.parse(raw);
  const scope = scopeOf(input);
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({
      where: { id: input.id },
      select: { name: true, role: true, active: true, agencyId: true, liaisons: { select: { delegationId: true } } },
    });
    if (!before) throw new NotFoundError();
    if (admin && admin.userId === input.id && (!input.active || input.role !== "ADMIN")) {
      throw new ValidationError("You cannot deactivate yourself or remove your own admin role.", { role: "Ask another admin." });
    }
    await assertScopeExists(tx, scope.delegationIds, scope.agencyId);
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
      before: { name: before.name, active: before.active, ...scopeOf({ ...before, delegationIds: before.liaisons.map((l) => l.delegationId) }) },
      after: { name: input.name, active: input.active, ...scope },
    });
  });
}

/**
 * Set a temporary password; the user must choose a new one at the next sign-in. Every session
 * and calendar feed of the user ends: a reset is also how an admin locks out a stolen session.
 */
export async function resetPassword(db: Db, admin: Admin, raw: ResetPasswordInput) {
  const input = resetPasswordSchema.parse(raw);
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
export async function changeOwnPassword(db: Db, actor: Pick<Actor, "userId" | "name">, raw: ChangeOwnPasswordInput, now = new Date()) {
  const input = changeOwnPasswordSchema.parse(raw);
  const current = await db.user.findUnique({ where: { id: actor.userId }, select: { email: true, passwordHash: true } });
  if (!current) throw new NotFoundError();
  const verified = await limitAttempts(db, { email: current.email, client: PASSWORD_CHANGE_CLIENT, now }, () => verifyPassword(current.passwordHash, input.current));
  if (verified === "locked") {
    const message = `Too many wrong passwords. Try again in ${LOCKOUT_MINUTES} minutes.`;
    throw new ValidationError(message, { current: message });
  }
  if (!verified) {
    throw new ValidationError("The current password is not correct.", { current: "The current password is not correct." });
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

import { z } from "zod";
import { adminEn } from "@/lib/i18n/agencies-users";
import { text } from "@/lib/validation";

export const ROLES = ["ADMIN", "PLANNER", "LIAISON", "AGENCY", "VIEWER"] as const;

/** The refusals in English; the admin pages translate them for the reader (lib/i18n/agencies-users.ts). */
export const USER_MESSAGES = adminEn.users.messages;
const M = USER_MESSAGES;

export const passwordSchema = text()
  .min(12, M.passwordTooShort)
  .max(200, M.passwordTooLong);

const scopeFields = {
  role: z.enum(ROLES, { message: M.roleRequired }),
  /** The summit a liaison officer or agency coordinator works for: their delegations or agency are of it. */
  summitId: text().max(64).nullish().transform((v) => v || null),
  delegationIds: z.array(text().min(1).max(64)).max(50).default([]),
  agencyId: text().max(64).nullish().transform((v) => v || null),
};

// A liaison needs at least one delegation, an agency coordinator exactly one agency, nobody else
// either; both need the summit those are of.
function checkScope(value: { role: (typeof ROLES)[number]; summitId: string | null; delegationIds: string[]; agencyId: string | null }, ctx: z.RefinementCtx) {
  if ((value.role === "LIAISON" || value.role === "AGENCY") && !value.summitId) {
    ctx.addIssue({ code: "custom", path: ["summitId"], message: M.summitRequired });
  }
  if (value.role === "LIAISON" && value.delegationIds.length === 0) {
    ctx.addIssue({ code: "custom", path: ["delegationIds"], message: M.liaisonNeedsDelegation });
  }
  if (value.role === "AGENCY" && !value.agencyId) {
    ctx.addIssue({ code: "custom", path: ["agencyId"], message: M.coordinatorNeedsAgency });
  }
}

const name = text().trim().min(1, M.nameRequired).max(120, M.nameTooLong);

export const createUserSchema = z
  .object({
    email: text().trim().toLowerCase().max(254, M.emailTooLong).email(M.emailInvalid),
    name,
    password: passwordSchema,
    ...scopeFields,
  })
  .superRefine(checkScope);
export type CreateUser = z.output<typeof createUserSchema>;
export type CreateUserValues = z.input<typeof createUserSchema>;

export const updateUserSchema = z
  .object({
    id: text().min(1).max(64),
    name,
    active: z.boolean(),
    ...scopeFields,
  })
  .superRefine(checkScope);
export type UpdateUser = z.output<typeof updateUserSchema>;
export type UpdateUserValues = z.input<typeof updateUserSchema>;

export const resetPasswordSchema = z.object({ id: text().min(1).max(64), password: passwordSchema });
export type ResetPassword = z.output<typeof resetPasswordSchema>;
export type ResetPasswordValues = z.input<typeof resetPasswordSchema>;

export const changeOwnPasswordSchema = z
  .object({
    current: text().min(1, "Enter your current (or temporary) password.").max(200, "That password is too long."),
    password: passwordSchema,
    confirm: text().max(200),
  })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "The passwords do not match." });
export type ChangeOwnPassword = z.output<typeof changeOwnPasswordSchema>;
export type ChangeOwnPasswordValues = z.input<typeof changeOwnPasswordSchema>;

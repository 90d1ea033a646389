import { z } from "zod";
import { text } from "@/lib/validation";

export const ROLES = ["ADMIN", "PLANNER", "LIAISON", "AGENCY", "VIEWER"] as const;

export const passwordSchema = text()
  .min(12, "Use at least 12 characters.")
  .max(200, "Use at most 200 characters.");

const scopeFields = {
  role: z.enum(ROLES, { message: "Choose a role." }),
  delegationIds: z.array(text().min(1).max(64)).max(50).default([]),
  agencyId: text().max(64).nullish().transform((v) => v || null),
};

// A liaison needs at least one delegation, an agency coordinator exactly one agency, nobody else either.
function checkScope(value: { role: (typeof ROLES)[number]; delegationIds: string[]; agencyId: string | null }, ctx: z.RefinementCtx) {
  if (value.role === "LIAISON" && value.delegationIds.length === 0) {
    ctx.addIssue({ code: "custom", path: ["delegationIds"], message: "A liaison needs at least one delegation." });
  }
  if (value.role === "AGENCY" && !value.agencyId) {
    ctx.addIssue({ code: "custom", path: ["agencyId"], message: "An agency coordinator needs an agency." });
  }
}

export const createUserSchema = z
  .object({
    email: text().trim().toLowerCase().max(254, "That e-mail address is too long.").email("Enter a valid e-mail address."),
    name: text().trim().min(1, "Enter a name.").max(120, "Use at most 120 characters."),
    password: passwordSchema,
    ...scopeFields,
  })
  .superRefine(checkScope);
export type CreateUserInput = z.input<typeof createUserSchema>;

export const updateUserSchema = z
  .object({
    id: text().min(1).max(64),
    name: text().trim().min(1, "Enter a name.").max(120, "Use at most 120 characters."),
    active: z.boolean(),
    ...scopeFields,
  })
  .superRefine(checkScope);
export type UpdateUserInput = z.input<typeof updateUserSchema>;

export const resetPasswordSchema = z.object({ id: text().min(1).max(64), password: passwordSchema });
export type ResetPasswordInput = z.input<typeof resetPasswordSchema>;

export const changeOwnPasswordSchema = z
  .object({
    current: text().min(1, "Enter your current (or temporary) password.").max(200, "That password is too long."),
    password: passwordSchema,
    confirm: text().max(200),
  })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "The passwords do not match." });
export type ChangeOwnPasswordInput = z.input<typeof changeOwnPasswordSchema>;

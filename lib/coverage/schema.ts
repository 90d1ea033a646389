// The coverage rule form's schema, shared by the form and the server action.
import { z } from "zod";
import { id, text } from "@/lib/validation";
import { ItemKind, MemberFunction, MovementKind, TaskType } from "@/lib/generated/prisma/enums";

const values = <T extends string>(e: Record<string, T>) => Object.values(e) as [T, ...T[]];
/** A select whose empty option means "any". */
const anyOf = <T extends string>(options: [T, ...T[]]) =>
  z.union([z.enum(options), z.literal("")]).nullish().transform((v) => v || null);

const ruleFields = {
  target: z.enum(["ITEM", "MOVEMENT"], { message: "Choose items or movements." }),
  itemKind: anyOf(values(ItemKind)),
  venueId: text().max(64).nullish().transform((v) => v || null),
  movementKind: anyOf(values(MovementKind)),
  principalLevel: anyOf(values(MemberFunction)),
  requiredType: z.enum(values(TaskType), { message: "Choose the task type required." }),
  description: text().trim().min(1, "Say in words what the rule requires.").max(300, "Use at most 300 characters."),
};

function filtersFitTarget(value: { target: "ITEM" | "MOVEMENT"; itemKind: string | null; movementKind: string | null }, ctx: z.RefinementCtx) {
  if (value.target === "ITEM" && value.movementKind) {
    ctx.addIssue({ code: "custom", path: ["movementKind"], message: "A rule for programme items cannot filter on movement kind." });
  }
  if (value.target === "MOVEMENT" && value.itemKind) {
    ctx.addIssue({ code: "custom", path: ["itemKind"], message: "A rule for movements cannot filter on item kind." });
  }
}

export const createCoverageRuleSchema = z.object(ruleFields).superRefine(filtersFitTarget);
export type CreateCoverageRuleInput = z.output<typeof createCoverageRuleSchema>;
/** The rule form's values, before the schema empties them. */
export type CreateCoverageRuleValues = z.input<typeof createCoverageRuleSchema>;

export const updateCoverageRuleSchema = z.object({ id, ...ruleFields }).superRefine(filtersFitTarget);
export type UpdateCoverageRuleInput = z.output<typeof updateCoverageRuleSchema>;

export const deleteCoverageRuleSchema = z.object({ id });
export type DeleteCoverageRuleInput = z.output<typeof deleteCoverageRuleSchema>;

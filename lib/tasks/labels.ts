// Words for the agency enums, shared by pages, exports and conflict messages.
import type { CoverageTarget, MemberFunction, MovementKind, TaskType } from "@/lib/generated/prisma/enums";
import { en } from "@/lib/i18n/en";

// The English export dictionary, so a task is called the same on screen and on paper.
export const TASK_TYPE_LABEL: Record<TaskType, string> = en.tasks.type;

export const MOVEMENT_KIND_LABEL: Record<MovementKind, string> = en.movementKind;

export const PRINCIPAL_LEVEL_LABEL: Record<MemberFunction, string> = en.memberFunction;

export const COVERAGE_TARGET_LABEL: Record<CoverageTarget, string> = {
  ITEM: "Programme items",
  MOVEMENT: "Movements",
};

/** Seniority of a function, most senior first: how the principal level of a party is chosen. */
export const LEVEL_SENIORITY: readonly MemberFunction[] = [
  "HEAD_OF_STATE_OR_GOVERNMENT",
  "FOREIGN_MINISTER",
  "DEFENCE_MINISTER",
  "SHERPA",
  "SECURITY",
  "INTERPRETER",
  "OTHER",
];

/** The most senior of some functions, or null for none. */
export function mostSenior(levels: Iterable<MemberFunction>): MemberFunction | null {
  let best: MemberFunction | null = null;
  for (const level of levels) {
    if (best === null || LEVEL_SENIORITY.indexOf(level) < LEVEL_SENIORITY.indexOf(best)) best = level;
  }
  return best;
}

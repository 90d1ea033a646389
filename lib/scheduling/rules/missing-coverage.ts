// Hook for the agency feature: the engine does not know which items need which agency, so it
// only fixes the shape of a MISSING_COVERAGE conflict. The agency module passes a ConflictRule
// to checkSummit({ extraRules }) that calls this helper for every unmet requirement.
import { phrase, type Phrase } from "@/lib/i18n/conflict-phrases";
import { itemWithTimes, itemWithTimesPhrase } from "../describe";
import { makeConflict, spoken } from "../make-conflict";
import type { Conflict, ConflictSeverity, EngineContext, SummitItem } from "../types";

export interface CoverageRequirement {
  /** Stable key of the requirement (e.g. agency id + task kind); part of the conflict id. */
  id: string;
  /** What is missing, in words: "police security perimeter". */
  label: string;
  /**
   * What the item lacks when some coverage exists, after its name: "has security perimeter
   * coverage only until 22:30 (uncovered 22:30–23:30)", in English only. Without it (and without
   * `shortfallPhrase`): "has no <label> coverage", a phrase in the reader's language.
   */
  shortfall?: string;
  /** The shortfall as a phrase, so the conflict reads in the reader's language; preferred over `shortfall`. */
  shortfallPhrase?: Phrase;
}

export function missingCoverageConflict(
  ctx: EngineContext,
  item: SummitItem,
  requirement: CoverageRequirement,
  severity: ConflictSeverity = "warning",
): Conflict {
  return makeConflict(
    {
      type: "MISSING_COVERAGE",
      severity,
      itemIds: [item.id],
      ...(requirement.shortfall === undefined || requirement.shortfallPhrase
        ? spoken(phrase("itemShortfall", itemWithTimesPhrase(item, ctx.snapshot.timeZone), requirement.shortfallPhrase ?? phrase("noCoverage", requirement.label)))
        : { message: `${itemWithTimes(item, ctx.snapshot.timeZone)} ${requirement.shortfall}` }),
    },
    `requirement=${requirement.id}`,
  );
}

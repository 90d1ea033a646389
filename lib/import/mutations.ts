// Applying an import: in one transaction the plan is computed again on the data as it is now and
// written only if no row is in error (and every removal was confirmed as listed); the rows go
// through the same checks, audit entries and conflict guard as edits in the app. Any refusal
// writes nothing. The mapping used is remembered for the next file of the kind.
import type { Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/db";
import { ConstraintError, NotFoundError, ValidationError, type Refusal } from "@/lib/errors";
import { HARD_CONFLICT, OVERRIDE_FIELD } from "@/lib/conflicts/guard";
import { inCheckedTransaction } from "@/lib/conflict-store/mutations";
import { worded } from "@/lib/i18n/errors";
import type { Lang } from "@/lib/i18n/lang";
import { fillWords, importWords, translateImport, type ImportText } from "@/lib/i18n/import";
import { lockSummitWrites } from "@/lib/programme/write-guards";
import { IMPORTERS } from "./importers";
import { mayImport } from "./policy";
import { saveMapping } from "./mappings";
import { issuesOf, type Plan, type RowIssue } from "./plan";
import { importSummitById, layoutOf, planWorkbook, type ImportInput, type ImportOptions } from "./queries";
import type { Workbook } from "./types";
import type { InSummit } from "@/lib/validation";
import { readWorkbook } from "./workbook";

export type ApplyOptions = ImportOptions & {
  /** Ids of the removals the planner confirmed (from the preview's list); empty removes nothing. */
  remove?: readonly string[];
};

export type ImportReport = {
  kind: Plan["kind"];
  counts: { added: number; updated: number; unchanged: number; removed: number; refused: number };
  rows: Plan["rows"];
  removed: { id: string; label: string }[];
};

/** An import refused as a whole: nothing was written. Carries every row's problem. */
export class ImportRefusedError extends ValidationError {
  constructor(
    refused: Refusal,
    readonly issues: readonly RowIssue[],
    readonly plan: Plan | null,
  ) {
    super(refused);
  }
}

/** A refusal worded from the import's own words (lib/i18n/import.ts), in every language. */
function refusal(code: keyof ImportText["refusals"], say: (words: ImportText) => string): Refusal {
  return worded(`import.${code}`, (_, lang) => say(importWords(lang)));
}

// 6,000 members and their audit entries are written in well under this; the default 5 s is not enough on a busy server.
const TRANSACTION_TIMEOUT_MS = 120_000;

export async function applyImport(db: Db, actor: Actor, input: ImportInput<ApplyOptions>): Promise<ImportReport> {
  if (!mayImport(actor)) throw new NotFoundError();
  return applyWorkbook(db, actor, { summitId: input.summitId, workbook: await readWorkbook(input.bytes), options: input.options });
}

/** applyImport for a workbook already read (the benchmark times reading and applying apart). */
export async function applyWorkbook(db: Db, actor: Actor, input: InSummit<{ workbook: Workbook; options?: ApplyOptions }>): Promise<ImportReport> {
  if (!mayImport(actor)) throw new NotFoundError();
  const { workbook, options = {} } = input;
  // One transaction that ends by re-checking the summit's stored conflicts (whole, past a few
  // hundred rows): the import and its conflicts commit together.
  return inCheckedTransaction(
    db,
    input.summitId,
    async (tx) => {
      // Imports queue behind programme writes (and each other), as every conflict-checked write does.
      await lockSummitWrites(tx, input.summitId);
      const summit = await importSummitById(tx, input.summitId);
      const layout = await layoutOf(tx, summit, workbook, options);
      const { plan, fileErrors } = await planWorkbook(tx, summit, workbook, layout, { ...options, removeMissing: (options.remove?.length ?? 0) > 0 || options.removeMissing });
      if (!plan || !layout.kind) {
        const r = refusal("notImported", (words) => fillWords(words.refusals.notImported, { sentence: fileErrors.map((m) => translateImport(words, m)).join(" ") }));
        throw new ImportRefusedError(r, fileErrors.map((message) => ({ row: null, column: null, message })), null);
      }
      const issues = issuesOf(plan);
      if (issues.length > 0) {
        const r = refusal("problems", (words) => fillWords(words.refusals.problems, { problems: issues.length, rows: plan.counts.error }));
        throw new ImportRefusedError(r, issues, plan);
      }
      const remove = options.remove ?? [];
      const listed = new Map(plan.removals.map((r) => [r.id, r]));
      const unknown = remove.filter((id) => !listed.has(id));
      if (unknown.length > 0) {
        const r = refusal("removalsChanged", (words) => words.refusals.removalsChanged);
        throw new ImportRefusedError(r, [], plan);
      }
      const blocked = remove.map((id) => listed.get(id)!).filter((r) => r.blocker);
      if (blocked.length > 0) {
        const r = refusal("cannotRemove", (words) => fillWords(words.refusals.cannotRemove, { items: blocked.map((b) => `${translateImport(words, b.label)} (${translateImport(words, b.blocker!)})`).join("; ") }));
        throw new ImportRefusedError(r, [], plan);
      }
      try {
        await IMPORTERS[layout.kind].apply(tx, actor, summit, plan, remove);
      } catch (error) {
        if (error instanceof ConstraintError && error.constraint === HARD_CONFLICT) {
          // The conflicts as the guard explained them in each language; the way out is the import's.
          const conflicts = (lang: Lang) => error.saidIn(lang).fieldErrors[OVERRIDE_FIELD] ?? error.fieldErrors[OVERRIDE_FIELD];
          const r = worded("hardConflictNotImported", (t, lang) => t.hardConflictNotImported(conflicts(lang)));
          throw new ImportRefusedError(r, [], plan);
        }
        throw error;
      }
      if (!layout.matrix) await saveMapping(tx, summit.id, layout.kind, layout.mapping, layout.headers, actor.userId || null);
      const removed = plan.removals.filter((r) => remove.includes(r.id)).map(({ id, label }) => ({ id, label }));
      return {
        kind: plan.kind,
        counts: { added: plan.counts.new, updated: plan.counts.changed, unchanged: plan.counts.unchanged, removed: removed.length, refused: 0 },
        rows: plan.rows,
        removed,
      };
    },
    { timeout: TRANSACTION_TIMEOUT_MS, maxWait: TRANSACTION_TIMEOUT_MS },
  );
}

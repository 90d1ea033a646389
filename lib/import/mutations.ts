// Applying an import: in one transaction the plan is computed again on the data as it is now and
// written only if no row is in error (and every removal was confirmed as listed); the rows go
// through the same checks, audit entries and conflict guard as edits in the app. Any refusal
// writes nothing. The mapping used is remembered for the next file of the kind.
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db";
import { ConstraintError, NotFoundError, ValidationError } from "@/lib/errors";
import { HARD_CONFLICT } from "@/lib/conflicts/guard";
import { lockSummitWrites } from "@/lib/programme/write-guards";
import { IMPORTERS } from "./importers";
import type { ImportSummit } from "./kinds/types";
import { saveMapping } from "./mappings";
import { issuesOf, type Plan, type RowIssue } from "./plan";
import { layoutOf, planWorkbook, type ImportOptions } from "./queries";
import { readWorkbook, type Workbook } from "./workbook";

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
    message: string,
    readonly issues: readonly RowIssue[],
    readonly plan: Plan | null,
  ) {
    super(message);
  }
}

// 6,000 members and their audit entries are written in well under this; the default 5 s is not enough on a busy server.
const TRANSACTION_TIMEOUT_MS = 120_000;

export async function applyImport(db: Db, actor: Actor, summit: ImportSummit, bytes: Uint8Array, options: ApplyOptions = {}): Promise<ImportReport> {
  if (!can(actor, "data.import")) throw new NotFoundError();
  return applyWorkbook(db, actor, summit, await readWorkbook(bytes), options);
}

/** applyImport for a workbook already read (the benchmark times reading and applying apart). */
export async function applyWorkbook(db: Db, actor: Actor, summit: ImportSummit, workbook: Workbook, options: ApplyOptions = {}): Promise<ImportReport> {
  if (!can(actor, "data.import")) throw new NotFoundError();
  return db.$transaction(
    async (tx) => {
      // Imports queue behind programme writes (and each other), as every conflict-checked write does.
      await lockSummitWrites(tx, summit.id);
      const layout = await layoutOf(tx, summit, workbook, options);
      const { plan, fileErrors } = await planWorkbook(tx, summit, workbook, layout, { ...options, removeMissing: (options.remove?.length ?? 0) > 0 || options.removeMissing });
      if (!plan || !layout.kind) throw new ImportRefusedError(`${fileErrors.join(" ")} Nothing was imported.`, fileErrors.map((message) => ({ row: null, column: null, message })), null);
      const issues = issuesOf(plan);
      if (issues.length > 0) {
        throw new ImportRefusedError(`${issues.length} problem${issues.length === 1 ? "" : "s"} in ${plan.counts.error} row${plan.counts.error === 1 ? "" : "s"}: nothing was imported. Correct the file and try again.`, issues, plan);
      }
      const remove = options.remove ?? [];
      const listed = new Map(plan.removals.map((r) => [r.id, r]));
      const unknown = remove.filter((id) => !listed.has(id));
      if (unknown.length > 0) throw new ImportRefusedError("The records to remove changed since the preview. Preview again; nothing was imported.", [], plan);
      const blocked = remove.map((id) => listed.get(id)!).filter((r) => r.blocker);
      if (blocked.length > 0) {
        throw new ImportRefusedError(`Cannot remove ${blocked.map((r) => `${r.label} (${r.blocker})`).join("; ")}. Nothing was imported.`, [], plan);
      }
      try {
        await IMPORTERS[layout.kind].apply(tx, actor, summit, plan, remove);
      } catch (error) {
        if (error instanceof ConstraintError && error.constraint === HARD_CONFLICT) {
          const message = error.message.replace(/^Not saved:/, "Not imported:").replace(/ Change the plan, or save with a written reason to accept it\.$/, " Change the file, or make this change in the app with a written reason to accept it.");
          throw new ImportRefusedError(message, [], plan);
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

// Reading a file into a preview: nothing is written. The same steps run again inside the apply
// transaction (mutations.ts), so the preview and the import can never disagree on the rules.
import type { Actor } from "@/lib/auth/actor";
import type { DbOrTx } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { InSummit } from "@/lib/validation";
import { daysBetween, isoDayOfDateColumn } from "@/lib/time";
import { missingRequired } from "./columns";
import { KEY_FIELDS } from "./fields";
import { IMPORTERS } from "./importers";
import type { ImportSummit } from "./kinds/types";
import { detectLayout, sourceRows, type Layout, type LayoutOptions } from "./layout";
import { loadMappings, rememberedFor } from "./mappings";
import { mayImport } from "./policy";
import type { Plan } from "./plan";
import type { Workbook } from "./types";
import { readWorkbook } from "./workbook";

export type ImportOptions = LayoutOptions & {
  /** List what the file no longer lists, to be removed when the planner confirms it. */
  removeMissing?: boolean;
};

export type Preview = { layout: Layout; plan: Plan | null; fileErrors: string[] };

/** What an import reads: the file's bytes and the planner's choices, in the summit the action adds. */
export type ImportInput<O = ImportOptions> = InSummit<{ bytes: Uint8Array; options?: O }>;

/** The summit an import works in, with what an import needs of it; NotFoundError if none. */
export async function importSummitById(db: DbOrTx, summitId: string): Promise<ImportSummit> {
  const summit = await db.summit.findUnique({ where: { id: summitId }, select: { id: true, timeZone: true, startDate: true, endDate: true } });
  if (!summit) throw new NotFoundError();
  const { startDate, endDate, ...rest } = summit;
  return { ...rest, days: daysBetween(isoDayOfDateColumn(startDate), isoDayOfDateColumn(endDate)) };
}

/** A summit by slug, with what an import needs of it (the command line's --summit). */
export async function importSummitBySlug(db: DbOrTx, slug: string): Promise<ImportSummit & { slug: string; name: string; archivedAt: Date | null }> {
  const summit = await db.summit.findUnique({ where: { slug }, select: { id: true, slug: true, name: true, timeZone: true, startDate: true, endDate: true, archivedAt: true } });
  if (!summit) throw new NotFoundError();
  const { startDate, endDate, ...rest } = summit;
  return { ...rest, days: daysBetween(isoDayOfDateColumn(startDate), isoDayOfDateColumn(endDate)) };
}

/** Fields every row needs that no column is mapped to: the file cannot be read until they are. */
function mappingErrors(layout: Layout): string[] {
  if (!layout.kind || layout.matrix) return [];
  const keys = KEY_FIELDS[layout.kind];
  const missing = missingRequired(layout.kind, layout.mapping).filter((f) => keys.includes(f.name)).map((f) => f.label);
  return missing.length > 0 ? [`Choose the column that holds: ${missing.join(", ")}.`] : [];
}

export async function layoutOf(db: DbOrTx, summit: ImportSummit, workbook: Workbook, options: ImportOptions): Promise<Layout> {
  return detectLayout(workbook, options, rememberedFor(await loadMappings(db, summit.id)));
}

/** The plan for a read workbook; null when the kind is unknown or columns are missing. */
export async function planWorkbook(db: DbOrTx, summit: ImportSummit, workbook: Workbook, layout: Layout, options: ImportOptions): Promise<{ plan: (Plan & { writes: unknown[] }) | null; fileErrors: string[] }> {
  if (!layout.kind) return { plan: null, fileErrors: ["Choose what the file holds: its headers do not say."] };
  const fileErrors = mappingErrors(layout);
  if (fileErrors.length > 0) return { plan: null, fileErrors };
  const rows = sourceRows(workbook, layout);
  if (rows.length === 0) return { plan: null, fileErrors: ["The sheet has no rows below its header."] };
  return { plan: await IMPORTERS[layout.kind].plan(db, summit, rows, { removals: !!options.removeMissing }), fileErrors: [] };
}

/** What importing the file would do. File-level problems (not a spreadsheet, no header) throw ImportFileError. */
export async function previewImport(db: DbOrTx, actor: Pick<Actor, "role">, input: ImportInput): Promise<Preview> {
  if (!mayImport(actor)) throw new NotFoundError();
  const options = input.options ?? {};
  const summit = await importSummitById(db, input.summitId);
  const workbook = await readWorkbook(input.bytes);
  const layout = await layoutOf(db, summit, workbook, options);
  const { plan, fileErrors } = await planWorkbook(db, summit, workbook, layout, options);
  if (!plan) return { layout, plan: null, fileErrors };
  return { layout, plan: { kind: plan.kind, rows: plan.rows, removals: plan.removals, counts: plan.counts }, fileErrors };
}

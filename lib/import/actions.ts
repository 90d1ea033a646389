"use server";
// Server actions for imports: thin adapters from the gate to previewImport / applyImport. The
// file is read from the request each time; nothing is kept between steps.
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/auth/gate";
import type { Lang } from "@/lib/i18n/lang";
import { readerLang } from "@/lib/i18n/reader-lang";
import { requireCurrentSummit } from "@/lib/summits/require-summit";
import { erasePersonalNames } from "./personal-data";
import { applyImport, ImportRefusedError, type ImportReport } from "./mutations";
import type { Plan, RowIssue } from "./plan";
import { previewImport, type Preview } from "./queries";
import { erasePersonalNamesSchema, importFormSchema } from "./schema";

/** Refused: `message` in the reader's language, with every row's problem. */
export type ApplyOutcome = { applied: true; report: ImportReport } | { applied: false; message: string; issues: RowIssue[]; plan: Plan | null };

const bytesOf = async (file: Blob) => new Uint8Array(await file.arrayBuffer());

/** The reader's language for a refusal; English where there is no request to ask, as the gate answers. */
async function refusalLang(): Promise<Lang> {
  try {
    return await readerLang();
  } catch {
    return "en";
  }
}

export const previewImportAction = defineAction({ permission: "data.import", schema: importFormSchema }, async ({ db, actor, input }): Promise<Preview> => {
  const summit = await requireCurrentSummit(db, actor);
  return previewImport(db, actor, { summitId: summit.id, bytes: await bytesOf(input.file), options: input.options });
});

export const applyImportAction = defineAction({ permission: "data.import", schema: importFormSchema }, async ({ db, actor, input }): Promise<ApplyOutcome> => {
  const summit = await requireCurrentSummit(db, actor);
  try {
    const report = await applyImport(db, actor, { summitId: summit.id, bytes: await bytesOf(input.file), options: input.options });
    // An import can touch any page: delegations, members, flights, venues, tasks.
    revalidatePath("/", "layout");
    return { applied: true, report };
  } catch (error) {
    // Refused as a whole: the page shows every row's problem, not just one sentence.
    if (error instanceof ImportRefusedError) {
      return { applied: false, message: error.saidIn(await refusalLang()).message, issues: [...error.issues], plan: error.plan };
    }
    throw error;
  }
});

export const erasePersonalNamesAction = defineAction({ permission: "summits.manage", schema: erasePersonalNamesSchema }, async ({ db, actor, input }) => {
  const result = await erasePersonalNames(db, actor, input);
  revalidatePath("/import/personal-data");
  return result;
});

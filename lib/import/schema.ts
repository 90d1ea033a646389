// What the import page sends: the file itself (sent again with every step, so no server keeps
// state between them) and the choices made so far, as JSON. One schema for the page and the server.
import { z } from "zod";
import { text } from "@/lib/validation";
import { IMPORT_KINDS } from "./fields";
import { MAX_FILE_BYTES, MAX_ROWS } from "./limits";

export const importOptionsSchema = z.object({
  kind: z.enum(IMPORT_KINDS).nullish(),
  sheet: text().max(200).nullish(),
  headerRow: z.number().int().min(1).max(MAX_ROWS).nullish(),
  mapping: z.record(text().max(40), z.number().int().min(0).max(16_383).nullable()).nullish(),
  removeMissing: z.boolean().optional(),
  /** Removals the planner confirmed, by id, from the preview's list. */
  remove: z.array(text().max(64)).max(MAX_ROWS).optional(),
});
export type ImportOptionsInput = z.infer<typeof importOptionsSchema>;

const FILE_MISSING = "Choose a file to import.";

/** FormData with `file` (the spreadsheet) and `options` (JSON of importOptionsSchema). */
export const importFormSchema = z
  .custom<FormData>((value) => value instanceof FormData, FILE_MISSING)
  .transform((form, ctx) => {
    const file = form.get("file");
    if (!(file instanceof Blob) || file.size === 0) {
      ctx.addIssue({ code: "custom", path: ["file"], message: FILE_MISSING });
      return z.NEVER;
    }
    if (file.size > MAX_FILE_BYTES) {
      ctx.addIssue({ code: "custom", path: ["file"], message: "The file is larger than 25 MB." });
      return z.NEVER;
    }
    let raw: unknown = {};
    try {
      raw = JSON.parse(String(form.get("options") ?? "{}"));
    } catch {
      ctx.addIssue({ code: "custom", path: ["options"], message: "The import settings could not be read." });
      return z.NEVER;
    }
    const options = importOptionsSchema.safeParse(raw);
    if (!options.success) {
      for (const issue of options.error.issues) ctx.addIssue({ code: "custom", path: ["options", ...issue.path.map(String)], message: issue.message });
      return z.NEVER;
    }
    return { file, options: options.data };
  });

export const erasePersonalNamesSchema = z.object({ summitId: text().min(1).max(64) });
export type ErasePersonalNamesInput = z.output<typeof erasePersonalNamesSchema>;

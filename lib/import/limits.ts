// What an import accepts, and the one error a bad file becomes. The limits keep a single request
// from holding the server's memory: a workbook is read whole (exceljs has no value-only mode).
import { ValidationError } from "@/lib/errors";
import { worded } from "@/lib/i18n/errors";
import { importWords, translateImport } from "@/lib/i18n/import";

export const MAX_FILE_BYTES = 25 * 1024 * 1024;
/** Rows in the sheet read, the header and the lines above it included. */
export const MAX_ROWS = 100_000;

/** A file that cannot be imported at all (not a spreadsheet, protected, too large, no header row). */
export class ImportFileError extends ValidationError {
  constructor(message: string) {
    // Worded in English where the file is read; the import's dictionary has it in every language.
    super(worded("import.file", (_, lang) => translateImport(importWords(lang), message), ["file"]));
  }
}

export const NOT_A_SPREADSHEET = "This file is not a spreadsheet. Upload an Excel workbook (.xlsx) or a CSV file. Nothing was imported.";

export const tooLarge = () => new ImportFileError("The file is larger than 25 MB. Split it, or import the kinds one at a time. Nothing was imported.");
export const tooManyRows = () => new ImportFileError("The sheet has more than 100,000 rows. Split it into smaller files. Nothing was imported.");

// CSV for spreadsheets: the document's table (spreadsheet.ts) with a byte-order mark, a header row
// in the reader's language, the reader's list separator (";" for Dutch, "," for English: what
// Excel expects in that locale) and formula-looking cells escaped (table.ts).
import { dictionary } from "@/lib/i18n";
import { documentTable } from "./spreadsheet";
import { tableCsv } from "./table";
import type { ExportDocument, RenderOptions } from "./types";

export { CSV_BOM } from "./table";

export function renderCsv(doc: ExportDocument, options: RenderOptions): string {
  return tableCsv(documentTable(doc, options.lang), dictionary(options.lang).listSeparator);
}

// Exports: load a scoped document (load.ts), then render it (pure, timeable without a database).
export { renderCsv, CSV_BOM } from "./csv";
export { renderIcs, icsUid } from "./ics";
export { renderPdf } from "./pdf/render";
export { renderXlsx } from "./xlsx";
export { loadItineraryExport, loadProgrammeExport, readerScope } from "./load";
export { attachmentResponse, exportResponse, renderExport } from "./respond";
export type { ExportDocument, ExportFormat, ReaderScope, RenderOptions } from "./types";

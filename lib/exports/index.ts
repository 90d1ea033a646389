// Exports: load a scoped document (load.ts), then render it (pure, timeable without a database);
// the routes have heavy files made on worker threads (pool/) and answer with respond.ts.
export { renderCsv, CSV_BOM } from "./csv";
export { renderIcs, icsUid } from "./ics";
export { renderPdf } from "./pdf/render";
export { renderXlsx } from "./xlsx";
export { loadItineraryExport, loadProgrammeExport, loadTasksExport, readerScope } from "./load";
export { attachmentResponse, exportFailureResponse, exportResponse, renderForResponse } from "./respond";
export { renderExport, rendersInWorker } from "./render";
export { ExportBusyError, ExportPool, ExportRenderError, exportPool, exportPoolOptions, type ExportPoolOptions } from "./pool/pool";
export type { ExportDocument, ExportFormat, ReaderScope, RenderOptions } from "./types";

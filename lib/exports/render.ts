// An export document as the bytes of its file, on the calling thread. The routes send the heavy
// renderings to the worker pool (pool/pool.ts), whose threads run this same function; calling it
// directly is for light files and for comparing the pool's bytes with the thread's.
import { renderCsv } from "./csv";
import { renderIcs } from "./ics";
import { renderPdf } from "./pdf/render";
import { renderXlsx } from "./xlsx";
import type { ExportDocument, ExportFormat, RenderOptions } from "./types";

export async function renderExport(doc: ExportDocument, format: ExportFormat, options: RenderOptions): Promise<Uint8Array> {
  switch (format) {
    case "pdf":
      return new Uint8Array(await renderPdf(doc, options));
    case "ics":
      return new TextEncoder().encode(renderIcs(doc, options));
    case "xlsx":
      return renderXlsx(doc, options);
    default:
      return new TextEncoder().encode(renderCsv(doc, options));
  }
}

/**
 * Rows a CSV or iCalendar file is still made of on the request thread; above it the file is made
 * by a worker. PDF and XLSX always are: their libraries alone take longer to load than a request
 * may hold the thread.
 */
export const ROWS_IN_THREAD = 100;

/** Whether a file is made by the worker pool rather than on the request thread. */
export function rendersInWorker(doc: ExportDocument, format: ExportFormat): boolean {
  if (format === "pdf" || format === "xlsx") return true;
  const rows = (doc.tasks?.length ?? doc.entries.length) + (doc.vanished?.length ?? 0);
  return rows > ROWS_IN_THREAD;
}

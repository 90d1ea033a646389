// The HTTP response for a rendered export: the whole file or nothing (render first, then answer).
import { renderCsv } from "./csv";
import { renderIcs } from "./ics";
import { renderPdf } from "./pdf/render";
import { renderXlsx } from "./xlsx";
import type { ExportDocument, ExportFormat, RenderOptions } from "./types";

const CONTENT_TYPE: Record<ExportFormat, string> = {
  pdf: "application/pdf",
  ics: "text/calendar; charset=utf-8",
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

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

export async function exportResponse(doc: ExportDocument, format: ExportFormat, options: RenderOptions): Promise<Response> {
  return attachmentResponse(await renderExport(doc, format, options), format, `${doc.fileStem}-${options.lang}.${format}`);
}

/** A rendered export as a download; the file name must be safe ASCII (see safeFileStem). */
export function attachmentResponse(body: Uint8Array, format: ExportFormat, fileName: string): Response {
  return new Response(body as BodyInit, {
    status: 200,
    headers: {
      "content-type": CONTENT_TYPE[format],
      "content-disposition": `attachment; filename="${fileName}"`,
      "cache-control": "private, no-store",
    },
  });
}

// The HTTP response for a rendered export: the whole file or nothing (render first, then answer).
// Heavy files are made by the worker pool (pool/pool.ts), light ones here (render.ts); a full pool
// is a 503 with Retry-After, a failed rendering a 500, each saying so in the reader's language.
import { dictionary, type Lang } from "@/lib/i18n";
import { ExportBusyError, ExportRenderError, RETRY_AFTER_SECONDS, exportPool, type ExportPool } from "./pool/pool";
import { renderExport, rendersInWorker } from "./render";
import type { ExportDocument, ExportFormat, RenderOptions } from "./types";

const CONTENT_TYPE: Record<ExportFormat, string> = {
  pdf: "application/pdf",
  ics: "text/calendar; charset=utf-8",
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/**
 * The file's bytes, made off the request thread when it is heavy (rendersInWorker). Throws
 * ExportBusyError or ExportRenderError from the pool; answer them with exportFailureResponse.
 */
export function renderForResponse(doc: ExportDocument, format: ExportFormat, options: RenderOptions, pool?: ExportPool): Promise<Uint8Array> {
  if (!rendersInWorker(doc, format)) return renderExport(doc, format, options);
  return (pool ?? exportPool()).render(doc, format, options);
}

/** The answer to a pool refusal or a failed rendering, or null for any other error (rethrow it). */
export function exportFailureResponse(error: unknown, lang: Lang): Response | null {
  const t = dictionary(lang).downloadError;
  const headers = { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" };
  if (error instanceof ExportBusyError) {
    return new Response(t.busy(RETRY_AFTER_SECONDS), { status: 503, headers: { ...headers, "retry-after": String(RETRY_AFTER_SECONDS) } });
  }
  if (error instanceof ExportRenderError) {
    console.error(error.message);
    return new Response(t.failed, { status: 500, headers });
  }
  return null;
}

export type ExportResponseOptions = {
  /** Default: `<fileStem>-<lang>.<format>`. */
  fileName?: string;
  /** Default: the process's shared pool. */
  pool?: ExportPool;
};

export async function exportResponse(doc: ExportDocument, format: ExportFormat, options: RenderOptions, response: ExportResponseOptions = {}): Promise<Response> {
  let body: Uint8Array;
  try {
    body = await renderForResponse(doc, format, options, response.pool);
  } catch (error) {
    const answer = exportFailureResponse(error, options.lang);
    if (answer) return answer;
    throw error;
  }
  return attachmentResponse(body, format, response.fileName ?? `${doc.fileStem}-${options.lang}.${format}`);
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

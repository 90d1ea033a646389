// What one worker thread does for one export: render the document it was sent and return the
// file's bytes. The document arrives already loaded and scoped by the request (structured clone:
// plain data and Dates only); a worker never reads the database or the session.
import { renderExport } from "../render";
import type { ExportDocument, ExportFormat, RenderOptions } from "../types";

export type RenderJob = { doc: ExportDocument; format: ExportFormat; options: RenderOptions };

export default function renderJob(job: RenderJob): Promise<Uint8Array> {
  return renderExport(job.doc, job.format, job.options);
}

// The arrival documents are made on the export worker pool, as every PDF and XLSX is: drawing a
// 45-party list or the photo's line-up would hold the request thread, and every other request,
// for as long. The pool's refusals (busy, failed) are the exports' own: answer them with
// exportFailureResponse.
import { exportPool, type ExportPool } from "@/lib/exports";
import type { ArrivalDocumentInput } from "./render-job";

/** The file renderArrivalJob is in, as the worker loads it (a path from the repository's root). */
export const ARRIVAL_RENDERER = "lib/arrivals/internal/render-job.ts";

export function renderArrivalDocument(input: ArrivalDocumentInput, pool: ExportPool = exportPool()): Promise<Uint8Array> {
  return pool.renderModule(ARRIVAL_RENDERER, input, input.kind === "list" ? input.format : "pdf");
}

export type { ArrivalDocumentInput };

// What one worker thread does for one export: render the document it was sent and return the
// file's bytes. The document arrives already loaded and scoped by the request (structured clone:
// plain data and Dates only); a worker never reads the database or the session.
//
// A domain with documents of its own (the arrivals' protocol list and family photo) names its
// renderer's file instead: the worker loads that file and runs its default export on the input, so
// the exports need not import the domains whose documents they make. The file is named by the
// caller's code, never by a request, and must be a domain's renderer file: lib/<domain>/render-job.ts
// or lib/<domain>/internal/render-job.ts (no other module of the application can be run this way).
import { createRequire } from "node:module";
import path from "node:path";
import { renderExport } from "../render";
import type { ExportDocument, ExportFormat, RenderOptions } from "../types";

export type ExportJob = { doc: ExportDocument; format: ExportFormat; options: RenderOptions };
/** `module`: a path from the repository's root, e.g. "lib/arrivals/internal/render-job.ts". */
export type ModuleJob = { module: string; input: unknown };
export type RenderJob = ExportJob | ModuleJob;

const MODULE_PATH = /^lib\/[a-z0-9-]+\/(?:internal\/)?render-job\.tsx?$/;

export function assertRendererPath(module: string): void {
  if (!MODULE_PATH.test(module)) throw new Error(`not a renderer of this application: ${module}`);
}

export default function renderJob(job: RenderJob): Promise<Uint8Array> {
  if (!("module" in job)) return renderExport(job.doc, job.format, job.options);
  assertRendererPath(job.module);
  // Through Node's require, which the worker's tsx hook compiles (worker.mjs).
  const load = createRequire(path.join(process.cwd(), "package.json"));
  const renderer = (load(path.join(process.cwd(), job.module)) as { default: (input: unknown) => Promise<Uint8Array> }).default;
  return renderer(job.input);
}

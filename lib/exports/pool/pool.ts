// A bounded pool of worker threads for the heavy exports (PDF, XLSX, large CSV and iCalendar), so
// the request thread keeps answering every other request while a file is made. The request loads
// and authorises the document; the pool only turns that plain data into bytes (task.ts).
//
// Bounded twice: at most `threads` files are made at once, and at most `queue` more wait. A render
// beyond that is refused at once (ExportBusyError, a 503 with Retry-After) instead of piling up
// requests that would all time out. The count is the pool's own, taken before piscina sees the
// task, so it does not depend on whether the threads have started yet.
import os from "node:os";
import path from "node:path";
import { Piscina } from "piscina";
import type { ExportDocument, ExportFormat, RenderOptions } from "../types";
import { assertRendererPath, type RenderJob } from "./task";

export type ExportPoolOptions = {
  /** Files made at once (one worker thread each). */
  threads: number;
  /** Files that may wait for a thread; one more is refused. */
  queue: number;
  /** Longest a file may take, waiting included, before it is given up (its thread is stopped). */
  timeoutMs?: number;
  /** How much lower than the request thread the OS schedules the worker threads (Unix nice). */
  niceIncrement?: number;
};

/** Seconds a refused client is told to wait before asking again. */
export const RETRY_AFTER_SECONDS = 10;
const DEFAULT_TIMEOUT_MS = 60_000;
// A thread that made no file for this long exits, and its memory is returned; the next file
// starts one again (on its own thread, so only that download waits for it).
const IDLE_TIMEOUT_MS = 60_000;
// Rendering may wait; answering may not. On a machine whose cores are all busy, the OS gives
// the request thread the core first (a niced thread gets only a small share of a core that a
// thread at normal priority also wants); idle cores still go to the renderers. Where the native
// helper piscina uses for it is missing, the threads run at normal priority.
const DEFAULT_NICE = 10;
const MAX_THREADS = 4;
const QUEUE_PER_THREAD = 8;
const WORKER_FILE = path.join(process.cwd(), "lib", "exports", "pool", "worker.mjs");

/** Every thread is busy and the queue is full: the client should come back later. */
export class ExportBusyError extends Error {
  constructor() {
    super("The export pool is full");
    this.name = "ExportBusyError";
  }
}

/** The worker failed to make the file (it threw, crashed or ran out of time). */
export class ExportRenderError extends Error {
  constructor(format: ExportFormat, cause: unknown) {
    super(`Rendering the ${format} export failed: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = "ExportRenderError";
  }
}

function wholeNumber(name: string, value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined || value.trim() === "") return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new Error(`${name} must be a whole number from ${min} to ${max} (got "${value}")`);
  return n;
}

/**
 * The pool's size for this process: EXPORT_WORKERS threads, else one per core but one (the request
 * thread keeps a core to itself), at least 1 and at most 4; EXPORT_QUEUE waiting files, else eight
 * per thread.
 */
export function exportPoolOptions(env: Record<string, string | undefined> = process.env, cores = os.availableParallelism()): ExportPoolOptions {
  const threads = wholeNumber("EXPORT_WORKERS", env.EXPORT_WORKERS, 1, 64) ?? Math.min(MAX_THREADS, Math.max(1, cores - 1));
  const queue = wholeNumber("EXPORT_QUEUE", env.EXPORT_QUEUE, 0, 10_000) ?? threads * QUEUE_PER_THREAD;
  return { threads, queue };
}

export class ExportPool {
  private readonly piscina: Piscina<RenderJob, Uint8Array>;
  private readonly limit: number;
  private readonly timeoutMs: number;
  private running = 0;

  constructor(readonly options: ExportPoolOptions) {
    if (!(options.threads >= 1) || !(options.queue >= 0)) throw new Error("An export pool needs at least one thread and a queue of zero or more");
    this.limit = options.threads + options.queue;
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.piscina = new Piscina<RenderJob, Uint8Array>({
      filename: WORKER_FILE,
      minThreads: 0,
      maxThreads: options.threads,
      idleTimeout: IDLE_TIMEOUT_MS,
      niceIncrement: options.niceIncrement ?? DEFAULT_NICE,
    });
  }

  /** Files being made or waiting for a thread. */
  get pending(): number {
    return this.running;
  }

  /**
   * The file's bytes, made on a worker thread. Refuses at once with ExportBusyError when the pool
   * is full; any failure of the worker is an ExportRenderError.
   */
  render(doc: ExportDocument, format: ExportFormat, options: RenderOptions): Promise<Uint8Array> {
    return this.run({ doc, format, options }, format);
  }

  /**
   * A document of another domain, made on a worker thread by the renderer in `module` (the default
   * export of that file, run on `input`: see task.ts); refused and failing as render() does.
   */
  renderModule(module: string, input: unknown, format: ExportFormat): Promise<Uint8Array> {
    assertRendererPath(module);
    return this.run({ module, input }, format);
  }

  private async run(job: RenderJob, format: ExportFormat): Promise<Uint8Array> {
    if (this.running >= this.limit) throw new ExportBusyError();
    this.running++;
    const signal = AbortSignal.timeout(this.timeoutMs);
    try {
      const bytes = await this.piscina.run(job, { signal });
      // The clone that crosses threads arrives as a Uint8Array; anything else is a broken worker.
      if (!(bytes instanceof Uint8Array)) throw new Error("the worker returned no file");
      return bytes;
    } catch (error) {
      throw new ExportRenderError(format, signal.aborted ? new Error(`it took longer than ${this.timeoutMs} ms`, { cause: error }) : error);
    } finally {
      this.running--;
    }
  }

  /** Stops the threads (tests; a server keeps its pool for its lifetime). */
  close(): Promise<void> {
    return this.piscina.destroy();
  }
}

// A cache of threads, not state that matters: one pool per server process, made on the first
// heavy export so that a process that never makes one never starts a thread.
let shared: ExportPool | null = null;

export function exportPool(): ExportPool {
  shared ??= new ExportPool(exportPoolOptions());
  return shared;
}

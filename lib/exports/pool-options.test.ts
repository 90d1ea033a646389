// How big the export pool is on a machine, what an operator can set, and which files leave the
// request thread (lib/exports/pool/pool.ts, lib/exports/render.ts).
import { describe, expect, it } from "vitest";
import { exportPoolOptions, rendersInWorker, type ExportDocument } from "@/lib/exports";

describe("exportPoolOptions", () => {
  it("leaves the request thread a core: one thread per core but one, at least 1 and at most 4, eight waiting per thread", () => {
    expect([1, 2, 3, 4, 8, 64].map((cores) => exportPoolOptions({}, cores))).toEqual([
      { threads: 1, queue: 8 },
      { threads: 1, queue: 8 },
      { threads: 2, queue: 16 },
      { threads: 3, queue: 24 },
      { threads: 4, queue: 32 },
      { threads: 4, queue: 32 },
    ]);
  });

  it("takes EXPORT_WORKERS and EXPORT_QUEUE when set, and refuses anything but a whole number in range", () => {
    expect(exportPoolOptions({ EXPORT_WORKERS: "6" }, 2)).toEqual({ threads: 6, queue: 48 });
    expect(exportPoolOptions({ EXPORT_WORKERS: "2", EXPORT_QUEUE: "0" }, 8)).toEqual({ threads: 2, queue: 0 });
    expect(exportPoolOptions({ EXPORT_WORKERS: " ", EXPORT_QUEUE: "" }, 3)).toEqual({ threads: 2, queue: 16 });
    expect(() => exportPoolOptions({ EXPORT_WORKERS: "0" }, 2)).toThrow("EXPORT_WORKERS must be a whole number from 1 to 64");
    expect(() => exportPoolOptions({ EXPORT_WORKERS: "two" }, 2)).toThrow("EXPORT_WORKERS");
    expect(() => exportPoolOptions({ EXPORT_QUEUE: "1.5" }, 2)).toThrow("EXPORT_QUEUE must be a whole number from 0 to 10000");
  });
});

describe("rendersInWorker", () => {
  const doc = (entries: number, tasks?: number, vanished = 0) =>
    ({ entries: new Array(entries), tasks: tasks === undefined ? undefined : new Array(tasks), vanished: new Array(vanished) }) as unknown as ExportDocument;

  it("sends every PDF and workbook to a worker, however small", () => {
    expect(rendersInWorker(doc(0), "pdf")).toBe(true);
    expect(rendersInWorker(doc(1), "xlsx")).toBe(true);
  });

  it("keeps a CSV or calendar file of up to 100 rows on the request thread, counting tasks and cancelled items", () => {
    expect(rendersInWorker(doc(100), "csv")).toBe(false);
    expect(rendersInWorker(doc(101), "csv")).toBe(true);
    expect(rendersInWorker(doc(90, undefined, 10), "ics")).toBe(false);
    expect(rendersInWorker(doc(90, undefined, 11), "ics")).toBe(true);
    expect(rendersInWorker(doc(0, 101), "csv")).toBe(true);
    expect(rendersInWorker(doc(500, 20), "ics")).toBe(false);
  });
});

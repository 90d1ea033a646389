import { afterEach, describe, expect, it, vi } from "vitest";

const current = vi.hoisted(() => ({ signal: null as AbortSignal | null }));
vi.mock("react", () => ({ cacheSignal: () => current.signal }));

const { releaseFinishedRender } = await import("./render-leak");

/** An Error that counts how often its stack is read (V8 formats it, and lets its frames go, on the first read). */
function countedError() {
  const error = new Error("This render completed successfully.");
  let reads = 0;
  const stack = error.stack;
  Object.defineProperty(error, "stack", { get: () => (reads++, stack) });
  return { error, reads: () => reads };
}

afterEach(() => {
  current.signal = null;
});

describe("releaseFinishedRender", () => {
  it("reads the stack of the render's abort reason once, when the render's cache signal aborts", () => {
    const controller = new AbortController();
    current.signal = controller.signal;
    releaseFinishedRender();
    releaseFinishedRender(); // the layout and getActor both ask: one listener
    const { error, reads } = countedError();
    expect(reads()).toBe(0);
    controller.abort(error);
    expect(reads()).toBe(1);
  });

  it("does nothing outside a render", () => {
    expect(() => releaseFinishedRender()).not.toThrow();
  });
});

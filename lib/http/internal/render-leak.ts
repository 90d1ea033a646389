import { cacheSignal } from "react";

/**
 * Lets a finished page render be collected. When React finishes rendering a page it aborts the
 * render's cache signal with an Error made on a setImmediate callback. Until that Error's stack is
 * read, V8 keeps its stack frames, and with them the Immediate it was made on; that Immediate
 * carries (as Node's AsyncLocalStorage store of the resource) the render of whichever request
 * scheduled it, whose own Error keeps another Immediate, and so on. Rooted once, say by a pooled
 * database socket opened during some render, the chain kept every finished render alive: an
 * instance's heap held about 225 MB of finished requests after a few minutes under load, and the
 * 256 MB cap stopped it ("JavaScript heap out of memory"). Reading the stack once, as the signal
 * aborts, turns the frames into a string and cuts the chain. Called from the root layout (a full
 * page load) and from getActor (a client navigation renders only the segments below the layouts
 * it keeps, but a signed-in page always asks for its reader); once per render, a no-op outside one
 * (route handlers and server actions have no cache signal).
 */
const released = new WeakSet<AbortSignal>();

export function releaseFinishedRender(): void {
  const signal = cacheSignal();
  if (!signal || released.has(signal)) return;
  released.add(signal);
  signal.addEventListener(
    "abort",
    () => {
      const reason: unknown = signal.reason;
      if (reason instanceof Error) void reason.stack;
    },
    { once: true },
  );
}

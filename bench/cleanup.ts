// Everything the benchmark creates (databases, the embedded server, the app server) registers
// its undo here. run.ts calls runCleanups() in a finally block; Ctrl+C and SIGTERM do too.

type Cleanup = () => Promise<void> | void;

const stack: { name: string; fn: Cleanup }[] = [];

/** Register an undo; returns a function that runs it now (and forgets it). */
export function onCleanup(name: string, fn: Cleanup): () => Promise<void> {
  const entry = { name, fn };
  stack.push(entry);
  return async () => {
    const at = stack.indexOf(entry);
    if (at === -1) return;
    stack.splice(at, 1);
    await entry.fn();
  };
}

/** Undo everything still registered, newest first; failures are reported, never thrown. */
export async function runCleanups(): Promise<void> {
  while (stack.length > 0) {
    const { name, fn } = stack.pop()!;
    try {
      await fn();
    } catch (error) {
      console.error(`  cleanup of ${name} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

let installed = false;

export function installSignalHandlers(): void {
  if (installed) return;
  installed = true;
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.once(signal, () => {
      console.error(`\n✖ Interrupted (${signal}): cleaning up…`);
      void runCleanups().finally(() => process.exit(130));
    });
  }
}

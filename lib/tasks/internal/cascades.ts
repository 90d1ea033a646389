// An applied live change (a delay's cascade, a repair: lib/live) shifts many of an agency's tasks
// at once, each audited as a shift that names the change (`live` in its after snapshot). The
// agency meets it once, as the planner applied it: the task changes whose newest entry by someone
// else belongs to one live change are folded into one entry with its reason, holding only those
// tasks (the agency's own: the list was scoped before it is folded).

import type { ReadLiveCause } from "@/lib/audit/types";

export { liveCauseOf } from "@/lib/audit/types";
export type LiveCause = ReadLiveCause;

/**
 * The changes (oldest first) with those of one live change folded into one entry by `fold`,
 * placed where its newest part is. `causes` maps a change's id (its newest entry by someone else)
 * to the live change it belongs to.
 */
export function foldCascades<T extends { id: string }>(
  changes: readonly T[],
  causes: ReadonlyMap<string, LiveCause | null>,
  fold: (cause: LiveCause, parts: T[]) => T,
): T[] {
  const groups = new Map<string, T[]>();
  for (const change of changes) {
    const cause = causes.get(change.id);
    if (cause) groups.set(cause.changeId, [...(groups.get(cause.changeId) ?? []), change]);
  }
  const out: T[] = [];
  for (const change of changes) {
    const cause = causes.get(change.id);
    const parts = cause ? groups.get(cause.changeId)! : null;
    if (!cause || !parts) out.push(change);
    else if (parts[parts.length - 1] === change) out.push(fold(cause, parts));
  }
  return out;
}

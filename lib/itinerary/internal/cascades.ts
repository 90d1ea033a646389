// An applied live change (a delay's cascade, a repair: lib/live) moves many rows at once, each
// audited as a move of its own that names the change (`live` in its after snapshot). A reader
// should meet it once, as the planner applied it: the net changes whose newest entry belongs to
// one live change are folded into one entry with its reason, holding only those changes (the
// rows this reader may see; the list was scoped before it is folded).
import { liveCauseOf as readLiveCause, type ReadLiveCause } from "@/lib/audit/types";
import { changesForMember, type AuditRow, type Change } from "../change-rules";

type Cause = ReadLiveCause;

/** The live change an audit entry belongs to, or null for an ordinary edit. */
export const liveCauseOf = (row: Pick<AuditRow, "after">): Cause | null => readLiveCause(row.after);

/**
 * The changes (oldest first) with those of one live change folded into one entry, placed where
 * its newest part is; `causes` maps an audit entry's id (a change's id is its newest entry's) to
 * the live change it belongs to.
 */
export function foldCascades(changes: readonly Change[], causes: ReadonlyMap<string, Cause | null>): Change[] {
  const groups = new Map<string, { cause: Cause; parts: Change[] }>();
  for (const change of changes) {
    const cause = causes.get(change.id);
    if (!cause) continue;
    const group = groups.get(cause.changeId) ?? { cause, parts: [] };
    group.parts.push(change);
    groups.set(cause.changeId, group);
  }
  const out: Change[] = [];
  for (const change of changes) {
    const cause = causes.get(change.id);
    const group = cause ? groups.get(cause.changeId)! : null;
    if (!group) {
      out.push(change);
      continue;
    }
    // The group stands where its newest part stood (the list is oldest first).
    if (group.parts[group.parts.length - 1] !== change) continue;
    out.push({
      id: change.id,
      itemId: `live:${group.cause.changeId}`,
      type: group.parts.every((p) => p.type === "moved") ? "moved" : "changed",
      title: group.cause.reason,
      at: change.at,
      actorName: change.actorName,
      before: null,
      after: null,
      cascade: { changeId: group.cause.changeId, reason: group.cause.reason, kind: group.cause.kind, parts: group.parts },
    });
  }
  return out;
}

/**
 * One person's view of the delegation's changes: theirs, folded, and the size of the delegation's
 * list as their page compares it (delegationCount − changes.length = what else waits). What else
 * waits is counted before folding: a cascade that moved one of their items and another item folds
 * to one entry on either side, and would otherwise look as if nothing else were waiting, so that
 * their page would offer to acknowledge the other item unseen.
 */
export function personChanges(
  changes: readonly Change[],
  causes: ReadonlyMap<string, Cause | null>,
  member: Parameters<typeof changesForMember>[1],
): { changes: Change[]; delegationCount: number } {
  const own = changesForMember(changes, member);
  const folded = foldCascades(own, causes);
  return { changes: folded, delegationCount: folded.length + (changes.length - own.length) };
}

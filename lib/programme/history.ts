// An item's audit trail for planners: who changed what, when, old → new, in words.
import type { DbOrTx } from "@/lib/db";
import { formatDay, formatTime } from "@/lib/time";
import { ITEM_AUDIT_ENTITY, type ItemAuditState } from "./audit-state";
import { ITEM_KIND_LABEL, ITEM_STATUS_LABEL, VISIBILITY_LABEL } from "./labels";

export type HistoryChange = { field: string; before: string; after: string };
export type HistoryEntry = { id: string; at: Date; actorName: string; action: string; changes: HistoryChange[] };

type State = Partial<ItemAuditState>;
type Names = { delegations: Map<string, string>; members: Map<string, string> };

const FIELDS: { field: string; show: (s: State, names: Names, tz: string) => string }[] = [
  { field: "Title", show: (s) => s.title ?? "" },
  { field: "Kind", show: (s) => (s.kind ? ITEM_KIND_LABEL[s.kind] : "") },
  { field: "Status", show: (s) => (s.status ? ITEM_STATUS_LABEL[s.status] : "") },
  { field: "Visibility", show: (s) => (s.visibility ? VISIBILITY_LABEL[s.visibility] : "") },
  { field: "Start", show: (s, _n, tz) => instant(s.startsAt, tz) },
  { field: "End", show: (s, _n, tz) => instant(s.endsAt, tz) },
  { field: "Space", show: (s) => (s.spaceName ? `${s.venueName ?? ""} · ${s.spaceName}` : s.spaceId ? "(removed space)" : "None") },
  { field: "Delegations", show: (s, n) => list(s.delegationIds, n.delegations) },
  { field: "Members", show: (s, n) => list(s.memberIds, n.members) },
];

function instant(iso: string | undefined, tz: string): string {
  if (!iso) return "";
  const d = new Date(iso);
  return `${formatDay(d, tz)} ${formatTime(d, tz)}`;
}

function list(ids: readonly string[] | undefined, names: Map<string, string>): string {
  if (!ids?.length) return "None";
  return ids.map((id) => names.get(id) ?? "(removed)").join(", ");
}

const asState = (value: unknown): State | null => (value && typeof value === "object" ? (value as State) : null);

/** Newest first; an entry lists only the fields that changed (all of them for a creation). */
export async function getItemHistory(db: DbOrTx, summit: { id: string; timeZone: string }, itemId: string): Promise<HistoryEntry[]> {
  const rows = await db.auditEntry.findMany({
    where: { entity: ITEM_AUDIT_ENTITY, entityId: itemId, summitId: summit.id },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    select: { id: true, at: true, actorName: true, action: true, before: true, after: true },
  });
  const states = rows.flatMap((r) => [asState(r.before), asState(r.after)]).filter((s): s is State => s !== null);
  const delegationIds = [...new Set(states.flatMap((s) => s.delegationIds ?? []))];
  const memberIds = [...new Set(states.flatMap((s) => s.memberIds ?? []))];
  const [delegations, members] = await Promise.all([
    delegationIds.length ? db.delegation.findMany({ where: { id: { in: delegationIds } }, select: { id: true, name: true } }) : [],
    memberIds.length ? db.member.findMany({ where: { id: { in: memberIds } }, select: { id: true, title: true } }) : [],
  ]);
  const names: Names = {
    delegations: new Map(delegations.map((d) => [d.id, d.name])),
    members: new Map(members.map((m) => [m.id, m.title])),
  };
  return rows.map((row) => {
    const before = asState(row.before) ?? {};
    const after = asState(row.after) ?? {};
    const changes = FIELDS.map(({ field, show }) => ({
      field,
      before: row.before ? show(before, names, summit.timeZone) : "",
      after: show(after, names, summit.timeZone),
    })).filter((c) => c.before !== c.after);
    return { id: row.id, at: row.at, actorName: row.actorName, action: row.action, changes };
  });
}

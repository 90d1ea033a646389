// An item's audit trail for planners: who changed what, when, old → new, in words.
import type { DbOrTx } from "@/lib/db";
import { dictionary, formatMoment, type Dictionary, type Lang } from "@/lib/i18n";
import { itemSnapshotSchema, readFields, type ItemFields } from "@/lib/audit/schema";
import { ITEM_AUDIT_ENTITY } from "./audit-state";

export type HistoryChange = { field: string; before: string; after: string };
export type HistoryEntry = { id: string; at: Date; actorName: string; action: string; changes: HistoryChange[] };

// An entry written before a field existed shows that field empty.
type State = ItemFields;
type Names = { delegations: Map<string, string>; members: Map<string, string> };

type Words = { t: Dictionary; lang: Lang };
type Show = (s: State, names: Names, tz: string, w: Words) => string;
type FieldName = keyof Dictionary["editors"]["pages"]["history"]["fields"];

const FIELDS: { field: FieldName; show: Show }[] = [
  { field: "title", show: (s) => s.title ?? "" },
  { field: "kind", show: (s, _n, _tz, { t }) => (s.kind ? t.itemKind[s.kind] : "") },
  { field: "status", show: (s, _n, _tz, { t }) => (s.status ? t.itemStatus[s.status] : "") },
  { field: "visibility", show: (s, _n, _tz, { t }) => (s.visibility ? t.planning.visibility[s.visibility] : "") },
  { field: "start", show: (s, _n, tz, { lang }) => instant(s.startsAt, tz, lang) },
  { field: "end", show: (s, _n, tz, { lang }) => instant(s.endsAt, tz, lang) },
  {
    field: "space",
    show: (s, _n, _tz, { t }) => (s.spaceName ? `${s.venueName ?? ""} · ${s.spaceName}` : s.spaceId ? t.editors.pages.history.removedSpace : t.editors.pages.history.nothing),
  },
  { field: "delegations", show: (s, n, _tz, { t }) => list(s.delegationIds, n.delegations, t) },
  { field: "members", show: (s, n, _tz, { t }) => list(s.memberIds, n.members, t) },
];

function instant(iso: string | undefined, tz: string, lang: Lang): string {
  return iso ? formatMoment(new Date(iso), tz, lang) : "";
}

function list(ids: readonly string[] | undefined, names: Map<string, string>, t: Dictionary): string {
  if (!ids?.length) return t.editors.pages.history.nothing;
  return ids.map((id) => names.get(id) ?? t.editors.pages.history.removed).join(", ");
}

const asState = (value: unknown): State | null => readFields(itemSnapshotSchema, value);

/** Newest first; an entry lists only the fields that changed (all of them for a creation), in the reader's words. */
export async function getItemHistory(db: DbOrTx, summit: { id: string; timeZone: string }, itemId: string, lang: Lang = "en"): Promise<HistoryEntry[]> {
  const words = { t: dictionary(lang), lang };
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
      field: words.t.editors.pages.history.fields[field],
      before: row.before ? show(before, names, summit.timeZone, words) : "",
      after: show(after, names, summit.timeZone, words),
    })).filter((c) => c.before !== c.after);
    return { id: row.id, at: row.at, actorName: row.actorName, action: row.action, changes };
  });
}

// Checks an item's references and times against the database before it is written: every id
// must exist and belong to the item's summit, and the item must lie within the summit's days.
// All problems are reported at once, each under its field.
import { readAll, type DbOrTx } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import { formatInstantDay } from "@/lib/i18n";
import { refusal, worded, type Refusal } from "@/lib/i18n/errors";
import type { Lang } from "@/lib/i18n/lang";
import { dayBounds, daysBetween, isoDayOfDateColumn, type Span } from "@/lib/time";

export type SummitTimes = { id: string; timeZone: string; firstDay: string; lastDay: string };

export type ItemReferences = {
  summitId: string;
  startsAt: Date;
  endsAt: Date;
  spaceId: string | null;
  parentId: string | null;
  delegationIds: readonly string[];
  memberIds: readonly string[];
};

export async function loadSummitTimes(db: DbOrTx, summitId: string): Promise<SummitTimes> {
  const summit = await db.summit.findUnique({ where: { id: summitId }, select: { id: true, timeZone: true, startDate: true, endDate: true } });
  if (!summit) throw new ValidationError(refusal("unknownSummit", ["summitId"]));
  return { id: summit.id, timeZone: summit.timeZone, firstDay: isoDayOfDateColumn(summit.startDate), lastDay: isoDayOfDateColumn(summit.endDate) };
}

function summitSpan(summit: SummitTimes): Span {
  const days = daysBetween(summit.firstDay, summit.lastDay);
  return { startsAt: dayBounds(days[0], summit.timeZone).startsAt, endsAt: dayBounds(days[days.length - 1], summit.timeZone).endsAt };
}

/**
 * Throws one ValidationError listing every bad reference or time, each under its field; otherwise
 * returns each named member's delegation (participations record both).
 */
export async function assertItemReferences(
  db: DbOrTx,
  summit: SummitTimes,
  item: ItemReferences,
  itemId?: string,
): Promise<{ memberDelegation: Map<string, string> }> {
  const errors: Record<string, Refusal> = {};
  const span = summitSpan(summit);
  const days = (lang: Lang) => `${formatInstantDay(span.startsAt, summit.timeZone, lang)} – ${formatInstantDay(new Date(span.endsAt.getTime() - 1), summit.timeZone, lang)}`;
  if (item.startsAt < span.startsAt || item.startsAt >= span.endsAt) errors.startsAt = worded("startWithinDays", (t, lang) => t.startWithinDays(days(lang)));
  if (item.endsAt <= span.startsAt || item.endsAt > span.endsAt) errors.endsAt = worded("endWithinDays", (t, lang) => t.endWithinDays(days(lang)));

  const [space, parent, sessions, delegations, members] = await readAll(db, [
    async () => item.spaceId ? db.space.findUnique({ where: { id: item.spaceId }, select: { venue: { select: { summitId: true } } } }) : null,
    async () => item.parentId ? db.programmeItem.findUnique({ where: { id: item.parentId }, select: { summitId: true, parentId: true, kind: true } }) : null,
    async () => item.parentId && itemId ? db.programmeItem.count({ where: { parentId: itemId } }) : 0,
    async () => item.delegationIds.length
      ? db.delegation.findMany({ where: { id: { in: [...item.delegationIds] } }, select: { id: true, summitId: true } })
      : [],
    async () => item.memberIds.length
      ? db.member.findMany({ where: { id: { in: [...item.memberIds] } }, select: { id: true, delegationId: true, delegation: { select: { summitId: true } } } })
      : []] as const);

  if (item.spaceId) {
    if (!space) errors.spaceId = refusal("unknownSpace");
    else if (space.venue.summitId !== summit.id) errors.spaceId = refusal("spaceOfOtherSummit");
  }
  if (item.parentId) {
    if (!parent) errors.parentId = refusal("unknownParentItem");
    else if (parent.summitId !== summit.id) errors.parentId = refusal("parentOfOtherSummit");
    else if (item.parentId === itemId) errors.parentId = refusal("ownParent");
    else if (parent.parentId !== null) errors.parentId = refusal("parentIsSession");
    else if (parent.kind !== "SIDE_EVENT") errors.parentId = refusal("parentNotSideEvent");
    else if (sessions > 0) errors.parentId = refusal("itemHasSessions");
  }
  const delegationSummit = new Map(delegations.map((d) => [d.id, d.summitId]));
  for (const id of item.delegationIds) {
    if (!delegationSummit.has(id)) errors.delegationIds ??= refusal("unknownDelegation");
    else if (delegationSummit.get(id) !== summit.id) errors.delegationIds ??= refusal("delegationOfOtherSummit");
  }
  const memberSummit = new Map(members.map((m) => [m.id, m.delegation.summitId]));
  for (const id of item.memberIds) {
    if (!memberSummit.has(id)) errors.memberIds ??= refusal("unknownMember");
    else if (memberSummit.get(id) !== summit.id) errors.memberIds ??= refusal("memberOfOtherSummit");
  }

  const fields = Object.keys(errors);
  if (fields.length) throw new ValidationError(everyField(errors));
  return { memberDelegation: new Map(members.map((m) => [m.id, m.delegationId])) };
}

/** One field's refusal as the whole answer, or "Check the highlighted fields." over several. */
function everyField(errors: Record<string, Refusal>): Refusal {
  const fields = Object.keys(errors);
  if (fields.length > 1) return refusal("checkFields", errors);
  const only = errors[fields[0]];
  return worded(only.code, (_, lang) => only.said[lang].message, errors);
}

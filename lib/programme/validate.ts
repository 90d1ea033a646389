// Checks an item's references and times against the database before it is written: every id
// must exist and belong to the item's summit, and the item must lie within the summit's days.
// All problems are reported at once, each under its field.
import { readAll, type DbOrTx } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import { dayBounds, daysBetween, formatDay, isoDayOfDateColumn } from "@/lib/time";

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
  if (!summit) throw new ValidationError("Unknown summit.", { summitId: "Unknown summit." });
  return { id: summit.id, timeZone: summit.timeZone, firstDay: isoDayOfDateColumn(summit.startDate), lastDay: isoDayOfDateColumn(summit.endDate) };
}

function summitSpan(summit: SummitTimes) {
  const days = daysBetween(summit.firstDay, summit.lastDay);
  return { start: dayBounds(days[0], summit.timeZone).start, end: dayBounds(days[days.length - 1], summit.timeZone).end };
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
  const errors: Record<string, string> = {};
  const span = summitSpan(summit);
  const days = `${formatDay(span.start, summit.timeZone)} – ${formatDay(new Date(span.end.getTime() - 1), summit.timeZone)}`;
  if (item.startsAt < span.start || item.startsAt >= span.end) errors.startsAt = `The start must be within the summit days (${days}).`;
  if (item.endsAt <= span.start || item.endsAt > span.end) errors.endsAt = `The end must be within the summit days (${days}).`;

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
    if (!space) errors.spaceId = "Unknown space.";
    else if (space.venue.summitId !== summit.id) errors.spaceId = "That space belongs to another summit.";
  }
  if (item.parentId) {
    if (!parent) errors.parentId = "Unknown parent item.";
    else if (parent.summitId !== summit.id) errors.parentId = "That item belongs to another summit.";
    else if (item.parentId === itemId) errors.parentId = "An item cannot be its own parent.";
    else if (parent.parentId !== null) errors.parentId = "Choose a main event, not one of its sessions.";
    else if (parent.kind !== "SIDE_EVENT") errors.parentId = "Sessions belong to a side event; choose a side event.";
    else if (sessions > 0) errors.parentId = "This item has sessions of its own, so it cannot become a session.";
  }
  const delegationSummit = new Map(delegations.map((d) => [d.id, d.summitId]));
  for (const id of item.delegationIds) {
    if (!delegationSummit.has(id)) errors.delegationIds ??= "Unknown delegation.";
    else if (delegationSummit.get(id) !== summit.id) errors.delegationIds ??= "A delegation belongs to another summit.";
  }
  const memberSummit = new Map(members.map((m) => [m.id, m.delegation.summitId]));
  for (const id of item.memberIds) {
    if (!memberSummit.has(id)) errors.memberIds ??= "Unknown member.";
    else if (memberSummit.get(id) !== summit.id) errors.memberIds ??= "A member belongs to another summit.";
  }

  const fields = Object.keys(errors);
  if (fields.length) throw new ValidationError(fields.length === 1 ? errors[fields[0]] : "Check the highlighted fields.", errors);
  return { memberDelegation: new Map(members.map((m) => [m.id, m.delegationId])) };
}

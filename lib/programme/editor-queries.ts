// Reads for the item edit form: the item as form values and the choices the form offers.
import type { DbOrTx } from "@/lib/db";
import { formatTime, isoDayOf, minuteOfDay, type IsoDay } from "@/lib/time";
import type { ItemFormValues } from "./schema";

export type ItemFormOptions = {
  venues: { id: string; name: string; spaces: { id: string; name: string; capacity: number }[] }[];
  delegations: { id: string; code: string; name: string; members: { id: string; title: string }[] }[];
  parents: { id: string; title: string; day: IsoDay }[];
};

export async function getItemFormOptions(db: DbOrTx, summit: { id: string; timeZone: string }): Promise<ItemFormOptions> {
  const [venues, delegations, parents] = await Promise.all([
    db.venue.findMany({
      where: { summitId: summit.id },
      orderBy: { name: "asc" },
      select: { id: true, name: true, spaces: { orderBy: { name: "asc" }, select: { id: true, name: true, capacity: true } } },
    }),
    db.delegation.findMany({
      where: { summitId: summit.id },
      orderBy: { name: "asc" },
      select: { id: true, code: true, name: true, members: { orderBy: [{ precedence: "asc" }, { title: "asc" }], select: { id: true, title: true } } },
    }),
    db.programmeItem.findMany({
      where: { summitId: summit.id, kind: "SIDE_EVENT", parentId: null },
      orderBy: { startsAt: "asc" },
      select: { id: true, title: true, startsAt: true },
    }),
  ]);
  return {
    venues,
    delegations,
    parents: parents.map((p) => ({ id: p.id, title: p.title, day: isoDayOf(p.startsAt, summit.timeZone) })),
  };
}

export type EditableItem = {
  values: ItemFormValues & { id: string; version: number };
  title: string;
  status: string;
  day: IsoDay;
  startsAt: Date;
  endsAt: Date;
};

/** The item as the edit form shows it, in the summit's zone; null when it is not in this summit. */
export async function getEditableItem(db: DbOrTx, summit: { id: string; timeZone: string }, id: string): Promise<EditableItem | null> {
  const item = await db.programmeItem.findFirst({
    where: { id, summitId: summit.id },
    select: {
      id: true, version: true, summitId: true, kind: true, title: true, description: true, status: true, visibility: true,
      startsAt: true, endsAt: true, spaceId: true, organiser: true, dressCode: true, staffNotes: true, parentId: true,
      participations: { select: { delegationId: true, memberId: true } },
    },
  });
  if (!item) return null;
  const tz = summit.timeZone;
  const day = isoDayOf(item.startsAt, tz);
  const endDay = isoDayOf(item.endsAt, tz);
  // An end at midnight is "24:00" of the start day rather than "00:00" of the next.
  const endsAtMidnight = endDay !== day && minuteOfDay(item.endsAt, tz) === 0 && item.endsAt.getTime() - item.startsAt.getTime() <= 86_400_000;
  return {
    title: item.title,
    status: item.status,
    day,
    startsAt: item.startsAt,
    endsAt: item.endsAt,
    values: {
      id: item.id,
      version: item.version,
      summitId: item.summitId,
      kind: item.kind,
      title: item.title,
      description: item.description ?? "",
      status: item.status,
      visibility: item.visibility,
      day,
      startTime: formatTime(item.startsAt, tz),
      endTime: endsAtMidnight ? "24:00" : formatTime(item.endsAt, tz),
      endsNextDay: endDay !== day && !endsAtMidnight,
      spaceId: item.spaceId ?? "",
      organiser: item.organiser ?? "",
      dressCode: item.dressCode ?? "",
      staffNotes: item.staffNotes ?? "",
      parentId: item.parentId ?? "",
      delegationIds: item.participations.filter((p) => p.memberId === null).map((p) => p.delegationId),
      memberIds: item.participations.flatMap((p) => (p.memberId ? [p.memberId] : [])),
    },
  };
}

export type LinkedTransferRow = { id: string; delegation: string; from: string | null; to: string | null; startsAt: Date; endsAt: Date | null; direction: "to" | "from" };

/** The transfers that serve an item (its explicit dependants besides sessions and tasks), for its edit page. */
export async function getLinkedTransfers(db: DbOrTx, summitId: string, itemId: string): Promise<LinkedTransferRow[]> {
  const rows = await db.movement.findMany({
    where: { summitId, OR: [{ toItemId: itemId }, { fromItemId: itemId }] },
    select: {
      id: true, startsAt: true, endsAt: true, toItemId: true,
      delegation: { select: { name: true } }, fromVenue: { select: { name: true } }, toVenue: { select: { name: true } },
    },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
  });
  return rows.map((m) => ({
    id: m.id,
    delegation: m.delegation.name,
    from: m.fromVenue?.name ?? null,
    to: m.toVenue?.name ?? null,
    startsAt: m.startsAt,
    endsAt: m.endsAt,
    direction: m.toItemId === itemId ? "to" : "from",
  }));
}

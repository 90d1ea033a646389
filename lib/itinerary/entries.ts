// The columns an itinerary or programme line needs, and how a row becomes an Entry. Staff notes
// are selected only for readers who may see them, so they never leave the database otherwise.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ItemEntry, MovementEntry, Entry } from "./types";

const place = { select: { name: true, venue: { select: { name: true } } } } as const;

export function itemSelect(withStaffNotes: boolean) {
  return {
    id: true,
    title: true,
    kind: true,
    status: true,
    visibility: true,
    startsAt: true,
    endsAt: true,
    version: true,
    organiser: true,
    dressCode: true,
    description: true,
    staffNotes: withStaffNotes,
    parentId: true,
    space: place,
    // Sessions of a side event take place in their parent's space.
    parent: { select: { space: place } },
  } satisfies Prisma.ProgrammeItemSelect;
}

type PlaceRow = { name: string; venue: { name: string } } | null;
export type ItemRow = {
  id: string;
  title: string;
  kind: ItemEntry["kind"];
  /** Set by itemAsReadBy (lib/programme/policy.ts); a row read without it is read in full. */
  restricted?: boolean;
  status: ItemEntry["status"];
  visibility: ItemEntry["visibility"];
  startsAt: Date;
  endsAt: Date;
  version: number;
  organiser: string | null;
  dressCode: string | null;
  description: string | null;
  staffNotes?: string | null;
  parentId: string | null;
  space: PlaceRow;
  parent: { space: PlaceRow } | null;
  participations?: { memberId: string | null; member: { title: string; precedence: number } | null }[];
};

export function toItemEntry(row: ItemRow): ItemEntry {
  const space = row.space ?? row.parent?.space ?? null;
  const parts = row.participations ?? [];
  const members = parts
    .flatMap((p) => (p.member ? [p.member] : []))
    .sort((a, b) => a.precedence - b.precedence || a.title.localeCompare(b.title));
  return {
    source: "item",
    id: row.id,
    title: row.title,
    kind: row.kind,
    restricted: row.restricted ?? false,
    status: row.status,
    visibility: row.visibility,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    version: row.version,
    organiser: row.organiser,
    dressCode: row.dressCode,
    notes: row.description,
    staffNotes: row.staffNotes ?? null,
    parentId: row.parentId,
    venue: space?.venue.name ?? null,
    space: space?.name ?? null,
    attendees: members.map((m) => m.title),
    wholeDelegation: parts.some((p) => p.memberId === null),
  };
}

type MovementRow = {
  id: string;
  kind: MovementEntry["kind"];
  startsAt: Date;
  endsAt: Date | null;
  version: number;
  flight: string | null;
  partySize: number;
  routeNote: string | null;
  staffNotes?: string | null;
  fromVenue: { name: string } | null;
  toVenue: { name: string } | null;
};

export function toMovementEntry(row: MovementRow): MovementEntry {
  const from = row.fromVenue?.name ?? null;
  const to = row.toVenue?.name ?? null;
  return {
    source: "movement",
    id: row.id,
    kind: row.kind,
    status: "CONFIRMED",
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    version: row.version,
    from,
    to,
    flight: row.flight,
    partySize: row.partySize,
    // Where the movement happens: the airport for flights, the destination for transfers.
    venue: row.kind === "DEPARTURE" ? from : to,
    space: null,
    attendees: [],
    wholeDelegation: true,
    notes: row.routeNote,
    staffNotes: row.staffNotes ?? null,
  };
}

/** Chronological, then shorter first, then by id so two exports list lines in the same order. */
export function byTime(a: Entry, b: Entry): number {
  return (
    a.startsAt.getTime() - b.startsAt.getTime() ||
    (a.endsAt?.getTime() ?? 0) - (b.endsAt?.getTime() ?? 0) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

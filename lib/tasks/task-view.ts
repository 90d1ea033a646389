// The shape of a task as pages and exports show it, and the select that reads it. Staff notes are
// selected only when the caller says the actor may read them; of an item the agency could not see
// without its task, only what the task needs (itemAsReadBy in lib/programme/policy.ts).
import type { Actor } from "@/lib/auth/actor";
import type { ItemKind, ItemStatus, MemberFunction, MovementKind, MovementLiveState, TaskStatus, TaskType, Visibility } from "@/lib/generated/prisma/enums";
import { itemAsReadBy } from "@/lib/programme/policy";
import { mostSenior } from "./labels";

export type TaskSubject =
  | {
      target: "ITEM";
      id: string;
      /** The neutral title when `restricted`; print it with coversTitle (present.ts). */
      title: string;
      /** Null when `restricted`. */
      kind: ItemKind | null;
      /** The agency sees this item only for its task: time, place, party size and level. */
      restricted: boolean;
      status: ItemStatus;
      startsAt: Date;
      endsAt: Date;
      place: string | null;
      /** Delegations and named members taking part. */
      partySize: number;
      principalLevel: MemberFunction | null;
      /** Bumped on every change of the item: calendar exports must announce those too. */
      version: number;
    }
  | {
      target: "MOVEMENT";
      id: string;
      kind: MovementKind;
      delegation: string;
      from: string | null;
      to: string | null;
      flight: string | null;
      startsAt: Date;
      endsAt: Date | null;
      partySize: number;
      principalLevel: MemberFunction | null;
      routeNote: string | null;
      roadClosureNeeded: boolean;
      staffNotes: string | null;
      version: number;
      /** What happened on the day (lib/live): departed or arrived, with the actual times and the note. */
      live?: MovementLive | null;
    };

export type MovementLive = { state: MovementLiveState; departedAt: Date | null; arrivedAt: Date | null; note: string | null };

export type TaskView = {
  id: string;
  type: TaskType;
  status: TaskStatus;
  startsAt: Date;
  endsAt: Date;
  location: string | null;
  /** The planner's instruction to the agency. */
  note: string | null;
  /** The agency's own status note, for the planners (and the agency's other coordinators). */
  agencyNote: string | null;
  staffNotes: string | null;
  version: number;
  agency: { id: string; name: string; shortName: string };
  subject: TaskSubject | null;
};

const place = { select: { name: true, venue: { select: { name: true } } } } as const;

export function taskSelect(withStaffNotes: boolean) {
  return {
    id: true, type: true, status: true, startsAt: true, endsAt: true, location: true, note: true, agencyNote: true, version: true,
    staffNotes: withStaffNotes,
    agency: { select: { id: true, name: true, shortName: true } },
    item: {
      select: {
        id: true, title: true, kind: true, status: true, visibility: true, startsAt: true, endsAt: true, version: true,
        space: place,
        parent: { select: { space: place } },
        participations: {
          select: {
            member: { select: { function: true } },
            delegation: { select: { members: { where: { precedence: 1 }, select: { function: true } } } },
          },
        },
      },
    },
    movement: {
      select: {
        id: true, kind: true, flight: true, startsAt: true, endsAt: true, partySize: true, principalLevel: true,
        routeNote: true, roadClosureNeeded: true, staffNotes: withStaffNotes, version: true,
        delegation: { select: { name: true } },
        fromVenue: { select: { name: true } },
        toVenue: { select: { name: true } },
        live: { select: { state: true, departedAt: true, arrivedAt: true, note: true } },
      },
    },
  } as const;
}

type Place = { name: string; venue: { name: string } } | null;
type Row = {
  id: string; type: TaskType; status: TaskStatus; startsAt: Date; endsAt: Date; location: string | null; note: string | null;
  agencyNote: string | null; version: number; staffNotes?: string | null; agency: { id: string; name: string; shortName: string };
  item: {
    id: string; title: string; kind: ItemKind; status: ItemStatus; visibility: Visibility; startsAt: Date; endsAt: Date; version: number; space: Place;
    parent: { space: Place } | null;
    participations: { member: { function: MemberFunction } | null; delegation: { members: { function: MemberFunction }[] } }[];
  } | null;
  movement: {
    id: string; kind: MovementKind; flight: string | null; startsAt: Date; endsAt: Date | null; partySize: number;
    principalLevel: MemberFunction | null; routeNote: string | null; roadClosureNeeded: boolean; staffNotes?: string | null; version: number;
    delegation: { name: string }; fromVenue: { name: string } | null; toVenue: { name: string } | null; live?: MovementLive | null;
  } | null;
};

const placeText = (p: Place): string | null => (p ? `${p.venue.name} — ${p.name}` : null);

function subjectOf(row: Row, actor: Actor): TaskSubject | null {
  if (row.item) {
    const i = itemAsReadBy(actor, row.item);
    // Functions only, never names: the party's size and most senior level are what the task needs.
    const levels = i.participations.flatMap((p) => (p.member ? [p.member.function] : p.delegation.members.map((m) => m.function)));
    return {
      target: "ITEM", id: i.id, title: i.title, kind: i.kind, restricted: i.restricted, status: i.status, startsAt: i.startsAt, endsAt: i.endsAt,
      place: placeText(i.space ?? i.parent?.space ?? null), partySize: i.participations.length, principalLevel: mostSenior(levels),
      version: i.version,
    };
  }
  if (row.movement) {
    const m = row.movement;
    return {
      target: "MOVEMENT", id: m.id, kind: m.kind, delegation: m.delegation.name, from: m.fromVenue?.name ?? null,
      to: m.toVenue?.name ?? null, flight: m.flight, startsAt: m.startsAt, endsAt: m.endsAt, partySize: m.partySize,
      principalLevel: m.principalLevel, routeNote: m.routeNote, roadClosureNeeded: m.roadClosureNeeded, staffNotes: m.staffNotes ?? null,
      version: m.version, live: m.live ?? null,
    };
  }
  return null;
}

/** A task row as the actor reads it (the row must come from a read scoped by visibleTasksWhere). */
export function toTaskView(row: Row, actor: Actor): TaskView {
  return {
    id: row.id, type: row.type, status: row.status, startsAt: row.startsAt, endsAt: row.endsAt, location: row.location,
    note: row.note, agencyNote: row.agencyNote, staffNotes: row.staffNotes ?? null, version: row.version, agency: row.agency, subject: subjectOf(row, actor),
  };
}

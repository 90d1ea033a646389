// The programme items a delegation takes part in that the reader may see, with the delegation's
// own attendees and its own arrival at the door, as one hand-written statement. It is the
// itinerary's heaviest read, and Prisma's nested select for it (space, venue, parent's space,
// participations, members) spent several times the SQL's own time in client-side work (the bench
// measures the page against raw SQL).
// Visibility comes from visibleItemsSql, the SQL twin of visibleItemsWhere.
import type { Actor } from "@/lib/auth/actor";
import type { DbOrTx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { mayReadStaffNotes, visibleItemsSql } from "@/lib/programme/policy";
import type { Span } from "@/lib/time";
import type { ItemRow } from "./entries";
import { ownArrivalSql, toOwnArrival, type OwnArrivalRow } from "./internal/own-arrivals";
import type { ItemArrival } from "./types";

/** A row of the statement below: the item's own columns, its place by name, the delegation's attendees. */
type SqlItem = Omit<ItemRow, "space" | "parent" | "participations"> & {
  spaceName: string | null;
  venueName: string | null;
  attendees: { memberId: string | null; title: string | null; precedence: number | null }[];
  ownArrival: OwnArrivalRow | null;
};

/**
 * An item with the delegation's participations in it (whole delegation: memberId null) and the
 * delegation's own arrival at it, if it arrives in protocol order (internal/own-arrivals.ts).
 */
export type DelegationItemRow = ItemRow & { participations: NonNullable<ItemRow["participations"]>; ownArrival: ItemArrival | null };

/** The delegation's items in `window` (the day asked for; null for the whole stay). */
export async function readDelegationItems(db: DbOrTx, actor: Actor, summitId: string, delegationId: string, window: Span | null): Promise<DelegationItemRow[]> {
  // Staff notes never leave the database for a reader who may not see them.
  const staffNotes = mayReadStaffNotes(actor) ? Prisma.sql`i."staffNotes"` : Prisma.sql`NULL::text`;
  const overlaps = window ? Prisma.sql`AND i."startsAt" < ${window.endsAt} AND i."endsAt" > ${window.startsAt}` : Prisma.empty;
  const rows = await db.$queryRaw<SqlItem[]>`
    SELECT i.id, i.title, i.kind::text AS kind, i.status::text AS status, i.visibility::text AS visibility,
           i."startsAt", i."endsAt", i.version, i.organiser, i."dressCode", i.description, ${staffNotes} AS "staffNotes",
           i."parentId",
           -- Sessions of a side event take place in their parent's space.
           CASE WHEN s.id IS NOT NULL THEN s.name ELSE ps.name END AS "spaceName",
           CASE WHEN s.id IS NOT NULL THEN v.name ELSE pv.name END AS "venueName",
           (SELECT coalesce(json_agg(json_build_object('memberId', p."memberId", 'title', m.title, 'precedence', m.precedence)), '[]')
              FROM "Participation" p LEFT JOIN "Member" m ON m.id = p."memberId"
             WHERE p."itemId" = i.id AND p."delegationId" = ${delegationId}) AS attendees,
           ${ownArrivalSql(summitId, delegationId)} AS "ownArrival"
    FROM "ProgrammeItem" i
    LEFT JOIN "Space" s ON s.id = i."spaceId" LEFT JOIN "Venue" v ON v.id = s."venueId"
    LEFT JOIN "ProgrammeItem" parent ON parent.id = i."parentId"
    LEFT JOIN "Space" ps ON ps.id = parent."spaceId" LEFT JOIN "Venue" pv ON pv.id = ps."venueId"
    WHERE i."summitId" = ${summitId}
      AND EXISTS (SELECT 1 FROM "Participation" p WHERE p."itemId" = i.id AND p."delegationId" = ${delegationId})
      AND ${visibleItemsSql(actor)} ${overlaps}`;
  return rows.map(({ spaceName, venueName, attendees, ownArrival, ...row }) => ({
    ...row,
    space: spaceName !== null && venueName !== null ? { name: spaceName, venue: { name: venueName } } : null,
    parent: null,
    participations: attendees.map(({ memberId, title, precedence }) => ({
      memberId,
      member: title !== null && precedence !== null ? { title, precedence } : null,
    })),
    ownArrival: ownArrival === null ? null : toOwnArrival(ownArrival, row.startsAt),
  }));
}

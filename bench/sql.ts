// The raw SQL baselines: the same rows the pages and exports read, fetched with one hand-written
// query over a plain pg connection. "Page time ÷ raw SQL time" is what the framework, the ORM,
// the scoping and the rendering cost on top of the database itself.
import pg from "pg";

import { onCleanup } from "./cleanup";

export interface RawSql {
  /** The day programme as a planner sees it (every item of the day, with space, venue and head count). */
  dayProgramme(summitId: string, start: Date, end: Date): Promise<number>;
  /** A liaison's itinerary of their delegation: visible items they take part in, with attendees, and movements. */
  itinerary(summitId: string, delegationId: string): Promise<number>;
  /**
   * Everything the itinerary page shows a liaison, one hand-written statement per thing on the
   * screen: the reader (name, role, delegations), the summit, the delegation with its hotel, its
   * members, the items and movements, open bilateral requests, the last acknowledgement and the
   * programme changes since then.
   */
  itineraryPage(userId: string, summitId: string, delegationId: string): Promise<number>;
  /** The day's stored conflicts (lib/conflict-store/internal/store.ts) with the overrides of the hard ones. */
  dayConflicts(summitId: string, start: Date, end: Date): Promise<number>;
  /** The given items with their place, as an export prints them. */
  itemsById(ids: readonly string[]): Promise<number>;
  version(): Promise<string>;
  close(): Promise<void>;
}

const ITEM_COLUMNS = `i.id, i.title, i.kind, i.status, i.visibility, i."startsAt", i."endsAt", i.version, i.organiser,
  i."dressCode", i.description, i."staffNotes", i."parentId",
  coalesce(s.name, ps.name) AS space_name, coalesce(v.name, pv.name) AS venue_name`;

const ITEM_PLACE = `LEFT JOIN "Space" s ON s.id = i."spaceId" LEFT JOIN "Venue" v ON v.id = s."venueId"
  LEFT JOIN "ProgrammeItem" parent ON parent.id = i."parentId"
  LEFT JOIN "Space" ps ON ps.id = parent."spaceId" LEFT JOIN "Venue" pv ON pv.id = ps."venueId"`;

const DAY_PROGRAMME = `
SELECT i.id, i.title, i.kind, i.status, i.visibility, i."startsAt", i."endsAt", i.organiser, i."dressCode",
       i."staffNotes", i."parentId", s.id AS space_id, s.name AS space_name, v.id AS venue_id, v.name AS venue_name,
       (SELECT count(*) FROM "Participation" p WHERE p."itemId" = i.id) AS participants
FROM "ProgrammeItem" i
LEFT JOIN "Space" s ON s.id = i."spaceId" LEFT JOIN "Venue" v ON v.id = s."venueId"
WHERE i."summitId" = $1 AND i."startsAt" < $3 AND i."endsAt" > $2
ORDER BY i."startsAt", i."endsAt", i.title`;

const ITINERARY_ITEMS = `
SELECT ${ITEM_COLUMNS},
  (SELECT json_agg(json_build_object('memberId', p."memberId", 'title', m.title, 'precedence', m.precedence))
     FROM "Participation" p LEFT JOIN "Member" m ON m.id = p."memberId"
    WHERE p."itemId" = i.id AND p."delegationId" = $2) AS attendees
FROM "ProgrammeItem" i ${ITEM_PLACE}
WHERE i."summitId" = $1
  AND i.status IN ('CONFIRMED', 'CANCELLED')
  AND EXISTS (SELECT 1 FROM "Participation" p WHERE p."itemId" = i.id AND p."delegationId" = $2)
  -- The delegation takes part, so PUBLIC, ALL_DELEGATIONS and PARTICIPANTS items are all visible.
  AND i.visibility <> 'STAFF'
ORDER BY i."startsAt", i.id`;

const ITINERARY_MOVEMENTS = `
SELECT mv.id, mv.kind, mv."startsAt", mv."endsAt", mv.flight, mv."partySize", mv."routeNote",
       f.name AS from_name, t.name AS to_name
FROM "Movement" mv LEFT JOIN "Venue" f ON f.id = mv."fromVenueId" LEFT JOIN "Venue" t ON t.id = mv."toVenueId"
WHERE mv."summitId" = $1 AND mv."delegationId" = $2
ORDER BY mv."startsAt"`;

const PAGE_READER = `
SELECT u.id, u.name, u.email, u.role, u.active, u."agencyId", u."mustChangePassword", u."sessionVersion",
       coalesce(array_agg(l."delegationId") FILTER (WHERE l."delegationId" IS NOT NULL), '{}') AS delegation_ids
FROM "User" u LEFT JOIN "LiaisonAssignment" l ON l."userId" = u.id
WHERE u.id = $1 GROUP BY u.id`;

const PAGE_SUMMIT = `
SELECT id, slug, name, host, "timeZone", "startDate", "endDate", "travelBufferMinutes"
FROM "Summit" ORDER BY "startDate" DESC LIMIT 1`;

const PAGE_DELEGATION = `
SELECT d.id, d.code, d.name, d."homeTimeZone", d."arrivesAt", d."departsAt", h.name AS hotel
FROM "Delegation" d LEFT JOIN "Venue" h ON h.id = d."hotelVenueId"
WHERE d.id = $1 AND d."summitId" = $2`;

const PAGE_MEMBERS = `SELECT id, title, function FROM "Member" WHERE "delegationId" = $1 ORDER BY precedence, title`;

const PAGE_OPEN_BILATERALS = `
SELECT r.id, r.status, r.level, r."durationMinutes", r."proposedStartsAt",
  (SELECT array_agg(d.name ORDER BY d.name) FROM "BilateralParty" p JOIN "Delegation" d ON d.id = p."delegationId"
    WHERE p."requestId" = r.id AND p."delegationId" <> $2) AS with_names
FROM "BilateralRequest" r
WHERE r."summitId" = $1 AND r."itemId" IS NULL AND r.status IN ('REQUESTED', 'PROPOSED', 'ACCEPTED')
  AND EXISTS (SELECT 1 FROM "BilateralParty" p WHERE p."requestId" = r.id AND p."delegationId" = $2)
ORDER BY r."createdAt"`;

const PAGE_LAST_ACK = `
SELECT a."acknowledgedAt", u.name FROM "Acknowledgement" a JOIN "User" u ON u.id = a."userId"
WHERE a."delegationId" = $1 ORDER BY a."acknowledgedAt" DESC LIMIT 1`;

const PAGE_CHANGES = `
SELECT e.id, e."entityId", e.action, e.at, e."actorName", e.before, e.after
FROM "AuditEntry" e
WHERE e.entity = 'ProgrammeItem' AND ($2::timestamptz IS NULL OR e.at > $2)
  AND (e.before->'delegationIds' ? $1 OR e.after->'delegationIds' ? $1
       OR e.before->'memberIds' ?| $3::text[] OR e.after->'memberIds' ?| $3::text[])
ORDER BY e.at, e.id`;

const DAY_CONFLICTS = `
SELECT c.conflict, c."itemStarts", c."itemEnds", o.reason, o."createdByName", o."createdAt", o.message
FROM "StoredConflict" c
LEFT JOIN "ConflictOverride" o ON o."summitId" = c."summitId" AND o."conflictId" = c."conflictId" AND c.severity = 'hard'
WHERE c."summitId" = $1 AND c."itemsStart" < $3 AND c."itemsEnd" > $2
ORDER BY c."sortStart" NULLS LAST, c."typeRank", c."conflictId" COLLATE "C"`;

const ITEMS_BY_ID = `SELECT ${ITEM_COLUMNS} FROM "ProgrammeItem" i ${ITEM_PLACE} WHERE i.id = ANY($1) ORDER BY i."startsAt", i.id`;

export async function openRawSql(url: string): Promise<RawSql> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const close = onCleanup("raw SQL connection", () => client.end());
  const count = async (text: string, values: unknown[]): Promise<number> => (await client.query(text, values)).rowCount ?? 0;
  return {
    dayProgramme: (summitId, start, end) => count(DAY_PROGRAMME, [summitId, start, end]),
    async itinerary(summitId, delegationId) {
      return (await count(ITINERARY_ITEMS, [summitId, delegationId])) + (await count(ITINERARY_MOVEMENTS, [summitId, delegationId]));
    },
    async itineraryPage(userId, summitId, delegationId) {
      let rows = (await count(PAGE_READER, [userId])) + (await count(PAGE_SUMMIT, [])) + (await count(PAGE_DELEGATION, [delegationId, summitId]));
      const members = (await client.query<{ id: string }>(PAGE_MEMBERS, [delegationId])).rows;
      rows += members.length;
      rows += (await count(ITINERARY_ITEMS, [summitId, delegationId])) + (await count(ITINERARY_MOVEMENTS, [summitId, delegationId]));
      rows += await count(PAGE_OPEN_BILATERALS, [summitId, delegationId]);
      const ack = (await client.query<{ acknowledgedAt: Date }>(PAGE_LAST_ACK, [delegationId])).rows[0];
      rows += ack ? 1 : 0;
      rows += await count(PAGE_CHANGES, [delegationId, ack?.acknowledgedAt ?? null, members.map((m) => m.id)]);
      return rows;
    },
    dayConflicts: (summitId, start, end) => count(DAY_CONFLICTS, [summitId, start, end]),
    itemsById: (ids) => count(ITEMS_BY_ID, [ids]),
    async version() {
      const { rows } = await client.query<{ v: string }>("select version() as v");
      return rows[0].v.split(" on ")[0];
    },
    close,
  };
}

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
    itemsById: (ids) => count(ITEMS_BY_ID, [ids]),
    async version() {
      const { rows } = await client.query<{ v: string }>("select version() as v");
      return rows[0].v.split(" on ")[0];
    },
    close,
  };
}

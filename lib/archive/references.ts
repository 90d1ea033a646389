// The references between an archive's rows: which field of which table names a row of which
// table. Import remaps exactly these (lib/archive/remap.ts) and refuses a file where one of them
// names no row of the file, so a broken file fails on its path instead of half-way into the write.
import { ArchiveError, TABLE_KEYS, type ArchiveContent, type TableKey } from "./format";

export type Reference = { table: TableKey; field: string; target: TableKey };

export const REFERENCES: readonly Reference[] = [
  { table: "spaces", field: "venueId", target: "venues" },
  { table: "travelTimes", field: "fromVenueId", target: "venues" },
  { table: "travelTimes", field: "toVenueId", target: "venues" },
  { table: "delegations", field: "hotelVenueId", target: "venues" },
  { table: "members", field: "delegationId", target: "delegations" },
  { table: "programmeItems", field: "spaceId", target: "spaces" },
  { table: "programmeItems", field: "parentId", target: "programmeItems" },
  { table: "participations", field: "itemId", target: "programmeItems" },
  { table: "participations", field: "delegationId", target: "delegations" },
  { table: "participations", field: "memberId", target: "members" },
  { table: "bilateralRequests", field: "requesterDelegationId", target: "delegations" },
  { table: "bilateralRequests", field: "proposedSpaceId", target: "spaces" },
  { table: "bilateralRequests", field: "itemId", target: "programmeItems" },
  { table: "bilateralParties", field: "requestId", target: "bilateralRequests" },
  { table: "bilateralParties", field: "delegationId", target: "delegations" },
  { table: "movements", field: "delegationId", target: "delegations" },
  { table: "movements", field: "fromVenueId", target: "venues" },
  { table: "movements", field: "toVenueId", target: "venues" },
  { table: "movements", field: "fromItemId", target: "programmeItems" },
  { table: "movements", field: "toItemId", target: "programmeItems" },
  { table: "agencyTasks", field: "agencyId", target: "agencies" },
  { table: "agencyTasks", field: "itemId", target: "programmeItems" },
  { table: "agencyTasks", field: "movementId", target: "movements" },
  { table: "precedenceEntries", field: "precedenceId", target: "precedences" },
  { table: "precedenceEntries", field: "delegationId", target: "delegations" },
  { table: "entrances", field: "venueId", target: "venues" },
  { table: "arrivalSequences", field: "itemId", target: "programmeItems" },
  { table: "arrivalSequences", field: "entranceId", target: "entrances" },
  { table: "arrivalSequences", field: "escortAgencyId", target: "agencies" },
  { table: "arrivalSlots", field: "sequenceId", target: "arrivalSequences" },
  { table: "arrivalSlots", field: "delegationId", target: "delegations" },
  { table: "arrivalSlots", field: "movementId", target: "movements" },
  { table: "coverageRules", field: "venueId", target: "venues" },
  { table: "acknowledgements", field: "delegationId", target: "delegations" },
  { table: "taskAcknowledgements", field: "agencyId", target: "agencies" },
];

type Row = Record<string, unknown>;
const rowsOf = (content: ArchiveContent, table: TableKey) => content[table] as readonly Row[];
const at = (table: TableKey, index: number, field: string) => `content.${table}[${index}].${field}`;

/** Every row's id is unique in its table, every reference names a row, sessions form no cycle. */
export function checkReferences(content: ArchiveContent): void {
  const ids = new Map<TableKey, Map<string, number>>();
  for (const table of TABLE_KEYS) {
    const seen = new Map<string, number>();
    rowsOf(content, table).forEach((row, index) => {
      if (typeof row.id !== "string") return;
      if (seen.has(row.id)) throw new ArchiveError(`${at(table, index, "id")}: the id "${row.id}" appears twice in ${table}.`);
      seen.set(row.id, index);
    });
    ids.set(table, seen);
  }
  for (const { table, field, target } of REFERENCES) {
    const targets = ids.get(target)!;
    rowsOf(content, table).forEach((row, index) => {
      const value = row[field];
      if (value !== null && !targets.has(value as string)) {
        throw new ArchiveError(`${at(table, index, field)}: "${String(value)}" names no row of ${target} in the archive.`);
      }
    });
  }
  const members = ids.get("members")!;
  content.participations.forEach((p, index) => {
    if (p.memberId !== null && content.members[members.get(p.memberId)!].delegationId !== p.delegationId) {
      throw new ArchiveError(`${at("participations", index, "memberId")}: the member is not of the participation's delegation.`);
    }
  });
  // A slot's motorcade is its own delegation's: otherwise one delegation's itinerary would show
  // another's departure and hotel as its own arrival.
  const movements = ids.get("movements")!;
  content.arrivalSlots.forEach((slot, index) => {
    if (slot.movementId !== null && content.movements[movements.get(slot.movementId)!].delegationId !== slot.delegationId) {
      throw new ArchiveError(`${at("arrivalSlots", index, "movementId")}: the motorcade is not of the slot's delegation.`);
    }
  });
  itemDepths(content);
}

/**
 * How deep each programme item sits under its parents (0 for a top-level item), by index. Import
 * writes parents before their sessions; a cycle of parents is refused on the first item in it.
 */
export function itemDepths(content: ArchiveContent): number[] {
  const index = new Map(content.programmeItems.map((item, i) => [item.id, i]));
  const depths: (number | undefined)[] = [];
  const depthOf = (start: number): number => {
    const chain: number[] = [];
    let i: number | undefined = start;
    while (i !== undefined && depths[i] === undefined) {
      if (chain.includes(i)) throw new ArchiveError(`${at("programmeItems", start, "parentId")}: the item is its own parent or ancestor.`);
      chain.push(i);
      const parent: string | null = content.programmeItems[i].parentId;
      i = parent === null ? undefined : index.get(parent);
    }
    let depth = i === undefined ? -1 : depths[i]!;
    for (const j of chain.reverse()) depths[j] = ++depth;
    return depths[start]!;
  };
  return content.programmeItems.map((_, i) => depthOf(i));
}

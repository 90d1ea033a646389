import { describe, expect, it } from "vitest";
import {
  itemEntrySchema,
  itemSnapshotSchema,
  liveCauseOf,
  movementSnapshotSchema,
  readFields,
  readSnapshot,
  taskSnapshotSchema,
  type ItemSnapshot,
} from "./schema";

// As stored: the writer's value through JSON, as the database hands it back.
const stored = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

const item: ItemSnapshot = {
  title: "Royal dinner",
  kind: "ROYAL_DINNER",
  status: "CONFIRMED",
  visibility: "ALL_DELEGATIONS",
  startsAt: "2025-06-24T17:30:00.000Z",
  endsAt: "2025-06-24T20:30:00.000Z",
  spaceId: "s1",
  spaceName: "Dining Room",
  venueName: "Palace",
  delegationIds: ["ua"],
  memberIds: [],
};

describe("item snapshots", () => {
  it("reads back what the writer wrote, marks and all", () => {
    expect(readSnapshot(itemSnapshotSchema, stored(item))).toEqual(item);
    const after = { ...item, movedTransferIds: ["t1"], followed: { entity: "ProgrammeItem", id: "i0", title: "Summit" }, live: { changeId: "c", reason: "Rain", kind: "delay" } };
    expect(readSnapshot(itemEntrySchema, stored(after))).toEqual(after);
    expect(readFields(itemSnapshotSchema, stored(item))).toEqual(item);
  });

  it("reads an older entry field by field: what parses is kept, the rest is absent", () => {
    // An entry written before members and the venue's name were recorded.
    const older: Partial<typeof item> = { ...item };
    delete older.memberIds;
    delete older.venueName;
    expect(readSnapshot(itemSnapshotSchema, older)).toBeNull();
    expect(readFields(itemSnapshotSchema, older)).toEqual(older);
    const odd = readFields(itemSnapshotSchema, { ...older, status: "POSTPONED", startsAt: "soon", delegationIds: "ua" });
    expect(odd).toEqual({ title: "Royal dinner", kind: "ROYAL_DINNER", visibility: "ALL_DELEGATIONS", endsAt: item.endsAt, spaceId: "s1", spaceName: "Dining Room" });
  });

  it("reads a side that is not an object as null", () => {
    for (const side of [null, undefined, "x", 3, [item]]) expect(readFields(itemSnapshotSchema, side)).toBeNull();
  });
});

describe("movement and task snapshots", () => {
  const movement = { id: "m1", delegationId: "ua", kind: "ARRIVAL", startsAt: new Date("2025-06-24T08:00:00Z"), endsAt: null, flight: "UA 1", fromVenueId: null, toVenueId: "v1", principalLevel: null, version: 2 };

  it("reads times as Dates, written as Dates or stored as their text", () => {
    const expected = { delegationId: "ua", kind: "ARRIVAL", startsAt: movement.startsAt, endsAt: null, flight: "UA 1", fromVenueId: null, toVenueId: "v1", principalLevel: null };
    expect(readSnapshot(movementSnapshotSchema, movement)).toEqual(expected);
    expect(readSnapshot(movementSnapshotSchema, stored(movement))).toEqual(expected);
  });

  it("reads a side without a movement (an import's deletion) as null", () => {
    expect(readSnapshot(movementSnapshotSchema, { source: "import" })).toBeNull();
  });

  it("reads a task's status entry, which records only what it touches", () => {
    expect(readFields(taskSnapshotSchema, stored({ status: "DONE", agencyNote: null }))).toEqual({ status: "DONE", agencyNote: null });
    const full = { agencyId: "a1", itemId: "i1", movementId: null, type: "SECURITY_PERIMETER", status: "PLANNED", startsAt: new Date("2025-06-24T17:00:00Z"), endsAt: new Date("2025-06-24T22:00:00Z"), location: null, note: "Gate B", agencyNote: null };
    expect(readFields(taskSnapshotSchema, stored({ ...full, staffNotes: "never read", version: 3 }))).toEqual(full);
  });
});

describe("the live mark", () => {
  it("names the live change a row was moved by", () => {
    expect(liveCauseOf(stored({ ...item, live: { changeId: "c1", reason: "Rain", kind: "repair" } }))).toEqual({ changeId: "c1", reason: "Rain", kind: "repair" });
  });

  it("reads a kind it does not know, or none, as null", () => {
    expect(liveCauseOf({ live: { changeId: "c1", reason: "Rain", kind: "earthquake" } })).toEqual({ changeId: "c1", reason: "Rain", kind: null });
    expect(liveCauseOf({ live: { changeId: "c1", reason: "Rain" } })).toEqual({ changeId: "c1", reason: "Rain", kind: null });
  });

  it("reads an ordinary edit, or a mark without its id or reason, as none", () => {
    for (const after of [item, null, undefined, "live", { live: null }, { live: { changeId: "c1" } }, { live: { changeId: 1, reason: "Rain" } }]) {
      expect(liveCauseOf(after)).toBeNull();
    }
  });
});

// Reading archives without a database: versions and their upgrades, the digest, id remapping.
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { canonicalJson, contentDigest } from "./digest";
import { ArchiveError, CURRENT_FORMAT_VERSION } from "./format";
import { readArchive } from "./read";
import { remapConflictId, remapJson } from "./remap";
import { upgradeContent, UPGRADES } from "./upgrade";

/** The tables of format version 1. */
const V1_TABLES = {
  venues: [], spaces: [], travelTimes: [], delegations: [], members: [], programmeItems: [], participations: [],
  bilateralRequests: [], bilateralParties: [], movements: [], agencies: [], agencyTasks: [], coverageRules: [],
  conflictOverrides: [], acknowledgements: [], taskAcknowledgements: [], auditEntries: [], importMappings: [],
};
/** Version 2 added arrivals in protocol order. */
const EMPTY_TABLES = { ...V1_TABLES, precedences: [], precedenceEntries: [], entrances: [], arrivalSequences: [], arrivalSlots: [] };
const SUMMIT = {
  id: "s1", slug: "test", name: "Test summit", host: "Host", timeZone: "Europe/Amsterdam", startDate: "2025-06-24", endDate: "2025-06-25",
  travelBufferMinutes: 10, isDemo: false, languages: ["en"], archivedAt: null, createdAt: "2025-01-01T00:00:00.000Z", updatedAt: "2025-01-01T00:00:00.000Z",
};
const VENUE = { id: "v1", name: "Forum", kind: "CONFERENCE", address: null, updatedAt: "2025-01-01T00:00:00.000Z" };

function file(content: Record<string, unknown>, formatVersion = CURRENT_FORMAT_VERSION): Uint8Array {
  const archive = { format: "summit-archive", formatVersion, exportedAt: "2025-07-01T00:00:00.000Z", digest: contentDigest(content), content };
  return Buffer.from(JSON.stringify(archive));
}
const refusal = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ArchiveError);
    return (error as Error).message;
  }
  throw new Error("not refused");
};

describe("reading an archive", () => {
  it("reads a minimal archive, plain or gzip-compressed, with Dates for instants and days", () => {
    const bytes = file({ summit: SUMMIT, ...EMPTY_TABLES, venues: [VENUE] });
    for (const input of [bytes, gzipSync(bytes)]) {
      const { content } = readArchive(input);
      expect(content.venues).toHaveLength(1);
      expect(content.summit.startDate).toEqual(new Date("2025-06-24T00:00:00Z"));
      expect(content.venues[0].updatedAt).toEqual(new Date("2025-01-01T00:00:00Z"));
    }
  });

  it("names the zod path of the first bad value", () => {
    const bytes = file({ summit: SUMMIT, ...EMPTY_TABLES, venues: [{ ...VENUE, kind: "CASTLE" }] });
    expect(refusal(() => readArchive(bytes))).toMatch(/^content\.venues\[0\]\.kind: /);
    const extra = file({ summit: SUMMIT, ...EMPTY_TABLES, venues: [{ ...VENUE, colour: "red" }] });
    expect(refusal(() => readArchive(extra))).toMatch(/^content\.venues\[0\]: .*colour/);
  });

  it("refuses a file that is no archive, naming the field", () => {
    expect(refusal(() => readArchive(Buffer.from('{"hello":1}')))).toMatch(/^format: not a summit archive/);
    expect(refusal(() => readArchive(Buffer.from("[1,2")))).toMatch(/truncated JSON/);
    expect(refusal(() => readArchive(Buffer.from("{} trailing")))).toMatch(/not valid JSON/);
  });

  it("refuses a version newer than it reads, naming it", () => {
    const bytes = file({ summit: SUMMIT, ...EMPTY_TABLES }, CURRENT_FORMAT_VERSION + 1);
    expect(refusal(() => readArchive(bytes))).toMatch(new RegExp(`format version ${CURRENT_FORMAT_VERSION + 1};`));
  });

  it("reads a version-1 file, written before arrivals were archived, as a summit without arrivals", () => {
    expect(CURRENT_FORMAT_VERSION).toBe(2);
    const read = readArchive(file({ summit: SUMMIT, ...V1_TABLES, venues: [VENUE] }, 1));
    expect(read.formatVersion).toBe(1);
    expect(read.content.venues).toHaveLength(1);
    for (const table of ["precedences", "precedenceEntries", "entrances", "arrivalSequences", "arrivalSlots"] as const) expect(read.content[table]).toEqual([]);
    // A version-2 file must hold them: a missing table is refused, named.
    expect(refusal(() => readArchive(file({ summit: SUMMIT, ...V1_TABLES }, 2)))).toMatch(/^content\.precedences: /);
  });

  it("refuses an older version it has no upgrade for, naming it", () => {
    expect(Object.keys(UPGRADES)).toEqual(["1"]);
    const bytes = file({ summit: SUMMIT, ...EMPTY_TABLES }, 0);
    expect(refusal(() => readArchive(bytes))).toMatch(/format version 0, which this installation cannot read: there is no upgrade from version 0 to 1/);
  });

  it("upgrades an older version step by step through the table of upgrades", () => {
    // A made-up version 0 that called venues "places": the step renames the table.
    const v0 = { summit: SUMMIT, ...V1_TABLES, venues: undefined, places: [VENUE] };
    const steps = { ...UPGRADES, 0: ({ places, ...rest }: Record<string, unknown>) => ({ ...rest, venues: places }) };
    const upgraded = upgradeContent(0, v0, steps);
    expect(upgraded.venues).toEqual([VENUE]);
    // Then on through the real step from 1 to 2.
    expect(upgraded.arrivalSequences).toEqual([]);
    expect(upgraded).not.toHaveProperty("places");
    expect(upgradeContent(CURRENT_FORMAT_VERSION, v0, steps)).toBe(v0);
  });
});

describe("the content digest", () => {
  it("does not depend on key order or spacing, but on every value", () => {
    const a = { summit: { b: 1, a: [1, { y: 2, x: null }] }, rows: [{ id: "1" }] };
    const b = JSON.parse(JSON.stringify({ rows: [{ id: "1" }], summit: { a: [1, { x: null, y: 2 }], b: 1 } }, null, 2));
    expect(contentDigest(b)).toBe(contentDigest(a));
    expect(contentDigest(a)).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(contentDigest({ ...a, rows: [{ id: "2" }] })).not.toBe(contentDigest(a));
    expect(contentDigest({ ...a, rows: [{ id: "1" }, { id: "1" }] })).not.toBe(contentDigest(a));
    expect(canonicalJson({ b: "\u2028", a: [true, 1.5] })).toBe('{"a":[true,1.5],"b":"\u2028"}');
  });

  it("is checked before the rows are trusted", () => {
    const bytes = file({ summit: SUMMIT, ...EMPTY_TABLES, venues: [VENUE] });
    const tampered = Buffer.from(Buffer.from(bytes).toString().replace('"Forum"', '"Forum!"'));
    expect(refusal(() => readArchive(tampered))).toMatch(/does not match its digest/);
  });
});

describe("remapping ids", () => {
  const ids = new Map([
    ["item-b", "new-1"],
    ["item-a", "new-9"],
    ["m1", "new-5"],
    ["m0", "new-2"],
    ["mem-x", "new-m"],
    ["rule", "new-r"],
  ]);
  const lookup = (id: string) => ids.get(id);

  it("rewrites a conflict id as the engine would compute it for the new rows (ids sorted)", () => {
    expect(remapConflictId("MEMBER_OVERLAP|item-a,item-b|movements=m1,m0|member=mem-x", lookup)).toBe(
      "MEMBER_OVERLAP|new-1,new-9|movements=new-2,new-5|member=new-m",
    );
    expect(remapConflictId("MISSING_COVERAGE|item-a|requirement=rule", lookup)).toBe("MISSING_COVERAGE|new-9|requirement=new-r");
    expect(remapConflictId("MISSING_COVERAGE|item-a|movement=m1|type=ESCORT", lookup)).toBe("MISSING_COVERAGE|new-9|movement=new-5|type=ESCORT");
  });

  it("rewrites the id in a rule's own discriminator (an arrival's \"gap:<delegation>\", \"busy:<item>\"), not other words", () => {
    expect(remapConflictId("ARRIVAL_SEQUENCE|item-a|movements=m1,m0|delegation=mem-x|gap:rule", lookup)).toBe(
      "ARRIVAL_SEQUENCE|new-9|movements=new-2,new-5|delegation=new-m|gap:new-r",
    );
    expect(remapConflictId("ARRIVAL_SEQUENCE|item-a,item-b|delegation=mem-x|busy:item-b", lookup)).toBe("ARRIVAL_SEQUENCE|new-1,new-9|delegation=new-m|busy:new-1");
    expect(remapConflictId("ARRIVAL_SEQUENCE|item-a|delegation=mem-x|landed", lookup)).toBe("ARRIVAL_SEQUENCE|new-9|delegation=new-m|landed");
    expect(remapConflictId("X|item-a|gap:unknown", lookup)).toBe("X|new-9|gap:unknown");
  });

  it("rewrites ids in audit snapshots: values, keys and conflict ids; leaves other text alone", () => {
    const snapshot = { spaceId: "m1", memberIds: ["mem-x", "not-an-id"], member: { id: "m0" }, byItem: { "item-a": 1 }, conflictId: "X|item-b,item-a", title: "m1 " };
    expect(remapJson(snapshot, lookup)).toEqual({
      spaceId: "new-5",
      memberIds: ["new-m", "not-an-id"],
      member: { id: "new-2" },
      byItem: { "new-9": 1 },
      conflictId: "X|new-1,new-9",
      title: "m1 ",
    });
  });
});

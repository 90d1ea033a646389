// The conflicts page's triage: each filter returns exactly what it names, rows come hard first
// then by time, each card knows when, where and whom, and links to the fix. On a real engine run
// (coverage gaps from the real coverage rule) over a small slice of the summit, plus hand-made
// conflicts for shapes the engine may produce (movements only, overrides).
import { describe, expect, it } from "vitest";
import { coverageConflictRule, type CoverageData } from "@/lib/scheduling/rules/coverage/engine-rule";
import { coverageGapOf, type MovementRef, type TriageConflict } from "@/lib/conflicts/facts";
import { conflictFiltersSchema, filterConflicts, type ConflictFilters } from "@/lib/conflicts/filters";
import { fixLinks, type FixPermissions } from "@/lib/conflicts/fix-links";
import { conflictText } from "@/lib/i18n";
import { checkSummit, makeConflict } from "@/lib/scheduling";
import { at, baseSnapshot, item } from "@/lib/scheduling/test-fixtures";

const D24 = "2025-06-24";
const D25 = "2025-06-25";
const base = baseSnapshot();
const snapshot = baseSnapshot({
  delegations: [
    ...base.delegations,
    { id: "jp", name: "Japan", arrivesAt: null, departsAt: null },
    { id: "is", name: "Iceland", arrivesAt: null, departsAt: null },
    { id: "me", name: "Montenegro", arrivesAt: null, departsAt: null },
  ],
  members: [
    ...base.members,
    { id: "jp-pm", delegationId: "jp", title: "Prime Minister of Japan", isPrincipal: true },
    { id: "is-pm", delegationId: "is", title: "Prime Minister of Iceland", isPrincipal: true },
    { id: "me-pres", delegationId: "me", title: "President of Montenegro", isPrincipal: true },
  ],
  items: [
    // Every delegation at the royal dinner, as whole delegations.
    item({ id: "dinner", title: "Royal dinner", kind: "ROYAL_DINNER", day: D24, from: "19:30", to: "22:30", spaceId: "dining", delegationIds: ["is", "jp", "me", "nl", "us"] }),
    // A double booking in a bilateral room on the 24th, one of them with Ukraine's president.
    item({ id: "b1", title: "Press briefing", day: D24, from: "09:00", to: "10:00", spaceId: "bilat1" }),
    item({ id: "b2", title: "UA bilateral", kind: "BILATERAL", day: D24, from: "09:30", to: "10:30", spaceId: "bilat1", memberIds: ["ua-pres"] }),
    // A late double booking that starts on the 24th and runs into the 25th.
    item({ id: "late1", title: "Late reception", day: D24, from: "23:30", toDay: D25, to: "00:30", spaceId: "bilat1" }),
    item({ id: "late2", title: "Night briefing", day: D25, from: "00:00", to: "01:00", spaceId: "bilat1" }),
    // The Dutch prime minister in two places on the 25th.
    item({ id: "nac", title: "NAC", from: "10:00", to: "13:00", spaceId: "plenary", memberIds: ["nl-pm"] }),
    item({ id: "lunch", title: "Lunch", from: "12:30", to: "14:00", spaceId: "htb-salon", delegationIds: ["nl"] }),
  ],
});

const transfer = (id: string, delegationId: string, from: string, to: string, fromVenueId: string, toVenueId: string): MovementRef => ({
  id, kind: "TRANSFER", delegationId, startsAt: at(from, D24), endsAt: at(to, D24), fromVenueId, toVenueId,
});
// Iceland's transfer to the dinner and Montenegro's back from it have no escort: the coverage
// rule reports both on the dinner, each naming its own delegation. The dinner has no perimeter.
const movements = [
  transfer("is-to-palace", "is", "19:00", "19:20", "htd", "htb"),
  transfer("me-from-palace", "me", "22:40", "23:00", "htb", "htd"),
];
const coverage: CoverageData = {
  rules: [
    { id: "escort", target: "MOVEMENT", itemKind: null, venueId: null, movementKind: "TRANSFER", principalLevel: null, requiredType: "ESCORT", description: "escort" },
    { id: "perimeter", target: "ITEM", itemKind: "ROYAL_DINNER", venueId: null, movementKind: null, principalLevel: null, requiredType: "SECURITY_PERIMETER", description: "perimeter" },
  ],
  movements: movements.map((m) => ({ ...m, principalLevel: null })),
  tasks: [],
  memberFunctions: new Map(),
  parentIds: new Map(),
};
const conflicts = checkSummit(snapshot, { extraRules: [coverageConflictRule(coverage)] });

const key = (c: { type: string; itemIds: string[]; delegationId?: string }) =>
  `${c.type}:${c.itemIds.join("+")}${c.delegationId ? `@${c.delegationId}` : ""}`;
const ids = (filters: ConflictFilters, list: readonly TriageConflict[] = conflicts) =>
  filterConflicts(snapshot, list, filters, movements).map(key).sort();

const ESCORT_IS = "MISSING_COVERAGE:dinner@is";
const ESCORT_ME = "MISSING_COVERAGE:dinner@me";
const PERIMETER = "MISSING_COVERAGE:dinner";
const ROOM = "SPACE_DOUBLE_BOOKED:b1+b2";
const LATE = "SPACE_DOUBLE_BOOKED:late1+late2";
const OVERLAP = "MEMBER_OVERLAP:nac+lunch@nl";

describe("the engine run the tests work on", () => {
  it("has the conflicts the filters are checked against", () => {
    expect(conflicts.map(key).sort()).toEqual([OVERLAP, PERIMETER, ESCORT_IS, ESCORT_ME, ROOM, LATE].sort());
  });
});

describe("filterConflicts: the delegation filter", () => {
  it("does not list Iceland's and Montenegro's coverage gaps under Japan, though Japan attends the dinner they are on", () => {
    expect(ids({ delegation: "jp" })).toEqual([PERIMETER]);
  });

  it("lists a conflict naming a delegation or person under that delegation only", () => {
    expect(ids({ delegation: "is" })).toEqual([ESCORT_IS, PERIMETER].sort());
    expect(ids({ delegation: "me" })).toEqual([ESCORT_ME, PERIMETER].sort());
    expect(ids({ delegation: "nl" })).toEqual([OVERLAP, PERIMETER].sort());
  });

  it("lists a conflict without a subject (a space, a capacity) under every delegation taking part in its items, whole or through a member", () => {
    expect(ids({ delegation: "ua" })).toEqual([ROOM]);
    expect(ids({ delegation: "us" })).toEqual([PERIMETER]);
  });

  it("files a conflict of movements only under the movements' delegation", () => {
    const movementOnly: TriageConflict = {
      ...makeConflict({ type: "MEMBER_OVERLAP", severity: "hard", itemIds: [], message: "two transfers at once" }),
      movementIds: ["is-to-palace"],
    };
    expect(ids({ delegation: "is" }, [movementOnly])).toEqual(["MEMBER_OVERLAP:"]);
    expect(ids({ delegation: "jp" }, [movementOnly])).toEqual([]);
  });
});

describe("filterConflicts: day, venue, kind and severity", () => {
  it("files a conflict under the summit-local day it starts, once", () => {
    expect(ids({ day: D24 })).toEqual([ESCORT_IS, ESCORT_ME, PERIMETER, ROOM, LATE].sort());
    expect(ids({ day: D25 })).toEqual([OVERLAP]);
    expect(ids({ day: "2025-06-26" })).toEqual([]);
  });

  it("filters by the venue where the conflict happens", () => {
    expect(ids({ venue: "htb" })).toEqual([ESCORT_IS, ESCORT_ME, PERIMETER, OVERLAP].sort());
    expect(ids({ venue: "wf" })).toEqual([ROOM, LATE, OVERLAP].sort());
    expect(ids({ venue: "htd" })).toEqual([]);
  });

  it("filters by kind: the conflict type", () => {
    expect(ids({ kind: "MISSING_COVERAGE" })).toEqual([ESCORT_IS, ESCORT_ME, PERIMETER].sort());
    expect(ids({ kind: "SPACE_DOUBLE_BOOKED" })).toEqual([ROOM, LATE].sort());
    expect(ids({ kind: "OVER_CAPACITY" })).toEqual([]);
  });

  it("filters by severity, exactly", () => {
    for (const severity of ["hard", "warning"] as const) {
      const rows = filterConflicts(snapshot, conflicts, { severity }, movements);
      expect(rows.map(key).sort()).toEqual(conflicts.filter((c) => c.severity === severity).map(key).sort());
    }
  });

  it("combines filters", () => {
    expect(ids({ delegation: "is", day: D24, kind: "MISSING_COVERAGE" })).toEqual([ESCORT_IS, PERIMETER].sort());
    expect(ids({ delegation: "jp", kind: "SPACE_DOUBLE_BOOKED" })).toEqual([]);
  });
});

describe("filterConflicts: order", () => {
  const hand = (id: string, severity: "hard" | "warning", itemId: string): TriageConflict => ({
    id, type: "OVER_CAPACITY", severity, itemIds: [itemId], message: id,
  });

  it("puts hard conflicts first, then orders by time, keeping the given order on a tie", () => {
    const list = [
      hand("w-lunch", "warning", "lunch"),
      hand("h-nac", "hard", "nac"),
      hand("w-b1", "warning", "b1"),
      hand("h-dinner-1", "hard", "dinner"),
      hand("h-dinner-2", "hard", "dinner"),
      hand("w-b1-again", "warning", "b1"),
    ];
    const order = (input: TriageConflict[]) => filterConflicts(snapshot, input, {}).map((r) => r.id);
    expect(order(list)).toEqual(["h-dinner-1", "h-dinner-2", "h-nac", "w-b1", "w-b1-again", "w-lunch"]);
    expect(order([...list].reverse())).toEqual(["h-dinner-2", "h-dinner-1", "h-nac", "w-b1-again", "w-b1", "w-lunch"]);
  });

  it("orders the engine's conflicts hard first, each group by start", () => {
    const rows = filterConflicts(snapshot, conflicts, {}, movements);
    const rank = rows.map((r) => [r.severity === "hard" ? 0 : 1, r.startsAt!.getTime()] as const);
    expect(rank).toEqual([...rank].sort((a, b) => a[0] - b[0] || a[1] - b[1]));
  });
});

describe("filterConflicts: what a card shows", () => {
  const rows = filterConflicts(snapshot, conflicts, {}, movements);
  const row = (k: string) => rows.find((r) => key(r) === k)!;

  it("gives each conflict its time span and day in the summit zone", () => {
    expect([row(LATE).startsAt, row(LATE).endsAt, row(LATE).day]).toEqual([at("23:30", D24), at("01:00", D25), D24]);
    // A movement's coverage gap is shown on the item the movement serves, at the movement's time.
    expect([row(ESCORT_IS).startsAt, row(ESCORT_IS).endsAt]).toEqual([at("19:00", D24), at("19:20", D24)]);
    expect([row(ESCORT_ME).startsAt, row(ESCORT_ME).endsAt, row(ESCORT_ME).day]).toEqual([at("22:40", D24), at("23:00", D24), D24]);
  });

  it("names who is affected: the person, the delegation, or the delegations taking part", () => {
    expect(row(OVERLAP).affected).toEqual(["Prime Minister of the Netherlands"]);
    expect(row(ESCORT_IS).affected).toEqual(["Iceland"]);
    expect(row(PERIMETER).affected).toEqual(["Iceland", "Japan", "Montenegro", "2 more delegations"]);
    expect(row(ROOM).affected).toEqual(["Ukraine"]);
  });

  it("names where: the space it names, or the venues", () => {
    expect(row(ROOM).places).toEqual(["Bilateral Room 1, World Forum"]);
    expect(row(PERIMETER).places).toEqual(["Huis ten Bosch"]);
  });

  it("resolves the movement a coverage gap names, with its words", () => {
    expect(row(ESCORT_IS).movements.map((m) => m.label)).toEqual(["Transfer of Iceland, Huis ter Duin → Huis ten Bosch, 19:00"]);
    expect(row(PERIMETER).movements).toEqual([]);
  });

  it("keeps a planner's acceptance of a hard conflict", () => {
    const override = { reason: "Agreed with both offices", createdByName: "Demo Planner", createdAt: at("08:00", D24) };
    const [accepted] = filterConflicts(snapshot, [{ ...conflicts.find((c) => key(c) === ROOM)!, override }], {});
    expect(accepted.override).toEqual(override);
  });
});

describe("fixLinks", () => {
  const all: FixPermissions = { tasks: true, movements: true, bilaterals: true, timeline: true };
  const rows = filterConflicts(snapshot, conflicts, {}, movements);
  const row = (k: string) => rows.find((r) => key(r) === k)!;
  const fixes = (k: string, may = all) => fixLinks(row(k), { timeZone: snapshot.timeZone, bilateralOfItem: new Map([["b2", "req-1"]]), may });
  const links = (k: string, may = all) => fixes(k, may).map(({ href, label }) => ({ href, label }));

  it("offers the task to add for a movement's coverage gap first, then the movement and the item", () => {
    expect(links(ESCORT_IS)).toEqual([
      { href: "/tasks/items/new?day=2025-06-24&subject=movement%3Ais-to-palace&type=ESCORT", label: "Add escort for Transfer of Iceland, Huis ter Duin → Huis ten Bosch, 19:00" },
      { href: "/movements/items/is-to-palace/edit", label: "Shift Transfer of Iceland, Huis ter Duin → Huis ten Bosch, 19:00" },
      { href: "/timeline/2025-06-24?highlight=dinner", label: "Open Royal dinner on the timeline" },
    ]);
  });

  it("offers the task to add for an item's coverage gap", () => {
    expect(links(PERIMETER)[0]).toEqual({ href: "/tasks/items/new?day=2025-06-24&subject=item%3Adinner&type=SECURITY_PERIMETER", label: "Add security perimeter for Royal dinner" });
  });

  it("offers the slot finder of a bilateral involved, then each item on the timeline, the later first", () => {
    expect(links(ROOM)).toEqual([
      { href: "/bilaterals/req-1#finder-heading", label: "Find another slot for UA bilateral" },
      { href: "/timeline/2025-06-24?highlight=b2", label: "Open UA bilateral on the timeline" },
      { href: "/timeline/2025-06-24?highlight=b1", label: "Open Press briefing on the timeline" },
    ]);
  });

  it("opens an item on the day it starts", () => {
    expect(links(LATE).map((l) => l.href)).toEqual(["/timeline/2025-06-25?highlight=late2", "/timeline/2025-06-24?highlight=late1"]);
  });

  it("offers the transfer to shift when the conflict names a movement", () => {
    const misaligned: TriageConflict = {
      ...makeConflict({ type: "OVER_CAPACITY", severity: "hard", itemIds: ["dinner"], delegationId: "me", message: "leaves before the dinner ends" }),
      movementIds: ["me-from-palace"],
    };
    const [r] = filterConflicts(snapshot, [misaligned], {}, movements);
    expect(fixLinks(r, { timeZone: snapshot.timeZone, bilateralOfItem: new Map(), may: all })[0]).toMatchObject({
      href: "/movements/items/me-from-palace/edit",
      label: "Shift Transfer of Montenegro, Huis ten Bosch → Huis ter Duin, 22:40",
    });
  });

  it("word the links in the reader's language, the movement's kind and the task type too", () => {
    const dutch = (k: string) => fixes(k).map((f) => conflictText({ message: f.label, phrase: f.phrase }, "nl"));
    expect(dutch(ESCORT_IS)).toEqual([
      { text: "Voeg escorte toe voor Verplaatsing van Iceland, Huis ter Duin → Huis ten Bosch, 19:00" },
      { text: "Verschuif Verplaatsing van Iceland, Huis ter Duin → Huis ten Bosch, 19:00" },
      { text: "Open Royal dinner op de tijdlijn" },
    ]);
    expect(dutch(ROOM)[0]).toEqual({ text: "Zoek een ander tijdslot voor UA bilateral" });
    const [movement] = row(ESCORT_IS).movements;
    expect(conflictText({ message: movement.label, phrase: movement.labelPhrase }, "nl").text).toBe("Verplaatsing van Iceland, Huis ter Duin → Huis ten Bosch, 19:00");
  });

  it("leaves out what the reader may not open", () => {
    expect(links(ESCORT_IS, { tasks: false, movements: false, bilaterals: false, timeline: false })).toEqual([]);
    expect(links(ROOM, { ...all, bilaterals: false }).map((l) => l.href)).not.toContain("/bilaterals/req-1#finder-heading");
  });
});

describe("coverageGapOf", () => {
  it("reads the task type and movement the coverage rule put in the conflict id", () => {
    const gaps = conflicts.filter((c) => c.type === "MISSING_COVERAGE").map(coverageGapOf);
    expect(gaps).toEqual(expect.arrayContaining([
      { taskType: "ESCORT", movementId: "is-to-palace" },
      { taskType: "ESCORT", movementId: "me-from-palace" },
      { taskType: "SECURITY_PERIMETER" },
    ]));
    expect(coverageGapOf(conflicts.find((c) => c.type === "SPACE_DOUBLE_BOOKED")!)).toBeNull();
  });
});

describe("conflictFiltersSchema", () => {
  it("reads every filter and drops malformed values instead of failing the page", () => {
    expect(conflictFiltersSchema.parse({ day: "2025-02-30", severity: "fatal", kind: "NOT_A_TYPE", venue: ["a", "b"], delegation: "" })).toEqual({});
    expect(conflictFiltersSchema.parse({ day: D24, severity: "hard", venue: "wf", delegation: "jp", kind: "MISSING_COVERAGE" })).toEqual({
      day: D24, severity: "hard", venue: "wf", delegation: "jp", kind: "MISSING_COVERAGE",
    });
  });
});

import { describe, expect, it } from "vitest";

import { item, type ItemSpec, runRule } from "../test-fixtures";
import { travelTimeRule } from "./travel-time";

// World Forum -> Huis ten Bosch: 15 min, given in that direction only; buffer 10 min.
const nac = (extra: Partial<ItemSpec> = {}) =>
  item({ id: "nac", title: "North Atlantic Council", from: "10:00", to: "13:30", spaceId: "plenary", memberIds: ["nl-pm"], ...extra });
const bilateral = (extra: Partial<ItemSpec> = {}) =>
  item({ id: "bil", title: "Bilateral", from: "13:35", to: "14:15", spaceId: "dining", memberIds: ["nl-pm"], ...extra });

describe("travelTimeRule", () => {
  it("explains the shortfall with summit-local times, venues, travel and buffer", () => {
    expect(runRule(travelTimeRule, [bilateral(), nac()])).toEqual([
      {
        id: "INSUFFICIENT_TRAVEL_TIME|bil,nac|member=nl-pm|delegation=nl|venue=htb",
        type: "INSUFFICIENT_TRAVEL_TIME",
        severity: "hard",
        itemIds: ["nac", "bil"],
        memberId: "nl-pm",
        delegationId: "nl",
        venueId: "htb",
        message:
          "Prime Minister of the Netherlands: North Atlantic Council ends 13:30 at World Forum, Bilateral starts 13:35 at Huis ten Bosch; travel takes 15 min (+10 min buffer)",
        phrase: expect.objectContaining({ key: "travelTimeWithBuffer" }),
      },
    ]);
  });

  it("is hard when the gap is shorter than the ride itself, a warning when only the buffer is short", () => {
    // 15 min ride, 10 min buffer: 13:44 leaves 14 min (cannot get there), 13:45 leaves the ride but no buffer.
    expect(runRule(travelTimeRule, [nac(), bilateral({ from: "13:44", to: "14:30" })]).map((c) => c.severity)).toEqual(["hard"]);
    expect(runRule(travelTimeRule, [nac(), bilateral({ from: "13:45", to: "14:30" })]).map((c) => c.severity)).toEqual(["warning"]);
  });

  it("accepts a gap exactly equal to travel + buffer and flags one minute less", () => {
    expect(runRule(travelTimeRule, [nac(), bilateral({ from: "13:55", to: "14:30" })])).toEqual([]);
    expect(runRule(travelTimeRule, [nac(), bilateral({ from: "13:54", to: "14:30" })])).toHaveLength(1);
  });

  it("uses the reverse direction when only that one is known", () => {
    // Huis ten Bosch -> World Forum is not given; World Forum -> Huis ten Bosch is (15 min).
    const dinner = item({ id: "dinner", title: "Royal dinner", from: "19:00", to: "21:00", spaceId: "dining", memberIds: ["nl-pm"] });
    const late = (from: string) =>
      item({ id: "late", title: "Late meeting", from, to: "22:30", spaceId: "plenary", memberIds: ["nl-pm"] });
    expect(runRule(travelTimeRule, [dinner, late("21:25")])).toEqual([]);
    expect(runRule(travelTimeRule, [dinner, late("21:24")]).map((c) => c.message)).toEqual([
      "Prime Minister of the Netherlands: Royal dinner ends 21:00 at Huis ten Bosch, Late meeting starts 21:24 at World Forum; travel takes 15 min (+10 min buffer)",
    ]);
  });

  it("prefers the given direction over the reverse one", () => {
    const travelTimes = [
      { fromVenueId: "wf", toVenueId: "htb", minutes: 15 },
      { fromVenueId: "htb", toVenueId: "wf", minutes: 30 },
    ];
    const dinner = item({ id: "dinner", from: "19:00", to: "21:00", spaceId: "dining", memberIds: ["nl-pm"] });
    const late = item({ id: "late", from: "21:35", to: "22:30", spaceId: "plenary", memberIds: ["nl-pm"] });
    // 35 min gap: enough one way (15 + 10), not the other (30 + 10).
    expect(runRule(travelTimeRule, [dinner, late], { travelTimes })).toHaveLength(1);
    expect(runRule(travelTimeRule, [nac(), bilateral({ from: "14:05" })], { travelTimes })).toEqual([]);
  });

  it("does not judge pairs with an unknown travel time, the same venue, or an item without a space", () => {
    const suite = item({ id: "suite", from: "13:30", to: "14:00", spaceId: "suite", memberIds: ["nl-pm"] });
    expect(runRule(travelTimeRule, [nac(), suite])).toEqual([]);
    const sameVenue = item({ id: "same", from: "13:30", to: "14:00", spaceId: "bilat1", memberIds: ["nl-pm"] });
    expect(runRule(travelTimeRule, [nac(), sameVenue])).toEqual([]);
    expect(runRule(travelTimeRule, [nac({ spaceId: null }), bilateral()])).toEqual([]);
  });

  it("leaves overlapping items to the member-overlap rule", () => {
    expect(runRule(travelTimeRule, [nac(), bilateral({ from: "13:00" })])).toEqual([]);
  });

  it("checks only the member's own consecutive items", () => {
    expect(runRule(travelTimeRule, [nac(), bilateral({ memberIds: ["us-pres"] })])).toEqual([]);
    const between = item({ id: "between", from: "13:30", to: "13:40", spaceId: "bilat1", memberIds: ["nl-pm"] });
    // The member is still at the World Forum until 13:40, so the pair to check is between -> bil.
    expect(runRule(travelTimeRule, [nac(), between, bilateral({ from: "14:00" })]).map((c) => c.itemIds)).toEqual([
      ["between", "bil"],
    ]);
  });

  it("compares with the item that ends last, not the one that starts last, when items are nested", () => {
    // A press moment inside the Council: afterwards the member is still at the World Forum until
    // 13:30, so 13:35 at Huis ten Bosch is too soon even though the press moment ended at 11:00.
    const press = item({ id: "press", title: "Press moment", from: "10:30", to: "11:00", spaceId: "bilat1", memberIds: ["nl-pm"] });
    expect(runRule(travelTimeRule, [nac(), press, bilateral()]).map((c) => c.message)).toEqual([
      "Prime Minister of the Netherlands: North Atlantic Council ends 13:30 at World Forum, Bilateral starts 13:35 at Huis ten Bosch; travel takes 15 min (+10 min buffer)",
    ]);
    // Nested item at the destination venue: start order would pair it with the bilateral (same venue).
    const salon = item({ id: "salon", from: "10:30", to: "11:00", spaceId: "htb-salon", memberIds: ["nl-pm"] });
    expect(runRule(travelTimeRule, [nac(), salon, bilateral()]).map((c) => c.itemIds)).toEqual([["nac", "bil"]]);
    // With enough time after the long item, nothing is flagged.
    expect(runRule(travelTimeRule, [nac(), press, bilateral({ from: "13:55", to: "14:30" })])).toEqual([]);
  });

  it("counts the principal through a whole-delegation participation", () => {
    const conflicts = runRule(travelTimeRule, [nac({ memberIds: [], delegationIds: ["nl"] }), bilateral()]);
    expect(conflicts.map((c) => c.memberId)).toEqual(["nl-pm"]);
  });

  it("ignores cancelled items entirely, also as the item in between", () => {
    const cancelled = item({ id: "x", from: "13:30", to: "13:34", spaceId: "bilat1", memberIds: ["nl-pm"], status: "CANCELLED" });
    expect(runRule(travelTimeRule, [nac(), cancelled, bilateral()]).map((c) => c.itemIds)).toEqual([["nac", "bil"]]);
    expect(runRule(travelTimeRule, [nac(), bilateral({ status: "CANCELLED" })])).toEqual([]);
  });

  it("omits the buffer from the message when there is none", () => {
    const conflicts = runRule(travelTimeRule, [nac(), bilateral()], { travelBufferMinutes: 0 });
    expect(conflicts.map((c) => c.message)).toEqual([
      "Prime Minister of the Netherlands: North Atlantic Council ends 13:30 at World Forum, Bilateral starts 13:35 at Huis ten Bosch; travel takes 15 min",
    ]);
  });

  it("measures real time on the spring-forward night, not wall-clock difference", () => {
    // 2025-03-30 in Amsterdam: 02:00 jumps to 03:00. 01:50 -> 03:05 looks like 75 min but is 15.
    const day = "2025-03-30";
    const early = item({ id: "early", title: "Night session", day, from: "01:00", to: "01:50", spaceId: "plenary", memberIds: ["nl-pm"] });
    const after = item({ id: "after", title: "Breakfast", day, from: "03:05", to: "04:00", spaceId: "dining", memberIds: ["nl-pm"] });
    expect(runRule(travelTimeRule, [early, after]).map((c) => c.message)).toEqual([
      "Prime Minister of the Netherlands: Night session ends 01:50 at World Forum, Breakfast starts 03:05 at Huis ten Bosch; travel takes 15 min (+10 min buffer)",
    ]);
    const later = { ...after, startsAt: new Date(after.startsAt.getTime() + 10 * 60_000) };
    expect(runRule(travelTimeRule, [early, later])).toEqual([]);
  });

  it("measures real time on the fall-back night, when the clock goes backwards", () => {
    // 2025-10-26 in Amsterdam: 03:00 CEST goes back to 02:00 CET. 02:50 CEST is 00:50 UTC and
    // 02:20 CET is 01:20 UTC: 30 real minutes although the clock reads 30 minutes earlier.
    const early = { ...nac(), startsAt: new Date("2025-10-26T00:00:00Z"), endsAt: new Date("2025-10-26T00:50:00Z") };
    const after = { ...bilateral(), startsAt: new Date("2025-10-26T01:20:00Z"), endsAt: new Date("2025-10-26T02:00:00Z") };
    expect(runRule(travelTimeRule, [early, after])).toEqual([]);
    const tooSoon = { ...after, startsAt: new Date("2025-10-26T01:14:00Z") };
    expect(runRule(travelTimeRule, [early, tooSoon]).map((c) => c.message)).toEqual([
      "Prime Minister of the Netherlands: North Atlantic Council ends 02:50 at World Forum, Bilateral starts 02:14 at Huis ten Bosch; travel takes 15 min (+10 min buffer)",
    ]);
  });
});

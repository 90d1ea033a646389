// Movements occupy people: the cases a planner met on the demo summit, on the small test summit.
import { describe, expect, it } from "vitest";

import { formatTime } from "@/lib/time";

import { checkSummit } from "./check-summit";
import { findSlots } from "./slot-finder";
import { at, baseSnapshot, item, SUMMIT_DAY, SUMMIT_TZ } from "./test-fixtures";
import type { SummitMovement, SummitSnapshot } from "./types";

// An airport 25 min from Huis ten Bosch and 20 from the World Forum (buffer 10 min).
const airport = { id: "rtm", name: "Rotterdam The Hague Airport" };
const withAirport = (movements: SummitMovement[], extra: Partial<SummitSnapshot> = {}): SummitSnapshot =>
  baseSnapshot({
    venues: [...baseSnapshot().venues, airport],
    travelTimes: [
      ...baseSnapshot().travelTimes,
      { fromVenueId: "rtm", toVenueId: "htb", minutes: 25 },
      { fromVenueId: "rtm", toVenueId: "wf", minutes: 20 },
    ],
    movements,
    ...extra,
  });

const landing: SummitMovement = {
  id: "ua-arrival", delegationId: "ua", kind: "ARRIVAL", fromVenueId: null, toVenueId: "rtm",
  startsAt: at("12:15"), endsAt: at("12:45"), flight: "UKR001",
};
const takeOff: SummitMovement = {
  id: "ua-departure", delegationId: "ua", kind: "DEPARTURE", fromVenueId: "rtm", toVenueId: null,
  startsAt: at("15:30"), endsAt: null, flight: "UKR002",
};
const request = { memberIds: ["nl-pm", "ua-pres"], durationMinutes: 30, earliest: at("12:00"), latest: at("16:00"), venueId: "htb" };
const times = (snapshot: SummitSnapshot) =>
  findSlots(snapshot, { ...request, limit: 1000 }).slots.map((s) => formatTime(s.startsAt, SUMMIT_TZ)).sort();

describe("movements in the slot finder", () => {
  it("offers nothing before the party has landed, cleared the airport and driven over", () => {
    // Lands 12:15, ground time until 12:45, 25 min to Huis ten Bosch + 10 min buffer: 13:20.
    const slots = times(withAirport([landing]));
    expect(slots[0]).toBe("13:20");
    expect(slots).not.toContain("12:15");
  });

  it("offers nothing that leaves too little time to reach the departing flight", () => {
    // Flight 15:30, 25 min + 10 min buffer from Huis ten Bosch: the meeting must end by 14:55.
    const slots = times(withAirport([takeOff]));
    expect(slots[slots.length - 1]).toBe("14:25");
  });

  it("names the flight when nothing fits", () => {
    const result = findSlots(withAirport([landing, { ...takeOff, startsAt: at("13:40") }]), request);
    expect(result.slots).toEqual([]);
    expect(result.explanation.join("\n")).toContain("President of Ukraine lands at Rotterdam The Hague Airport at 12:15 (UKR001)");
  });

  it("keeps a principal in a motorcade busy, but not the ministers who are not in it", () => {
    const motorcade: SummitMovement = {
      id: "nl-transfer", delegationId: "nl", kind: "TRANSFER", fromVenueId: "wf", toVenueId: "htb",
      startsAt: at("13:00"), endsAt: at("13:15"),
    };
    const snapshot = withAirport([motorcade], {
      items: [
        item({ id: "pm-call", title: "Call", from: "13:05", to: "13:10", spaceId: "htb-salon", memberIds: ["nl-pm"] }),
        item({ id: "fm-call", title: "Call", from: "13:05", to: "13:10", spaceId: "bilat1", memberIds: ["nl-fm"] }),
      ],
    });
    const overlaps = checkSummit(snapshot).filter((c) => c.type === "MEMBER_OVERLAP");
    expect(overlaps.map((c) => [c.memberId, c.itemIds, c.movementIds, c.severity])).toEqual([["nl-pm", ["pm-call"], ["nl-transfer"], "hard"]]);
  });
});

describe("movements in the conflict check", () => {
  it("flags an item before the first landing as hard and names the flight", () => {
    const early = item({ id: "early", title: "Working lunch", from: "12:00", to: "13:00", spaceId: "htb-salon", delegationIds: ["ua"] });
    const conflicts = checkSummit(withAirport([landing], { items: [early] })).filter((c) => c.type === "OUTSIDE_DELEGATION_WINDOW");
    expect(conflicts.map((c) => [c.severity, c.movementIds, c.message])).toEqual([
      ["hard", ["ua-arrival"], `Working lunch starts Wed 25 Jun 2025 12:00, before Ukraine lands at Rotterdam The Hague Airport at 12:15 (UKR001)`],
    ]);
  });

  it("flags a return transfer that leaves before the dinner it belongs to has ended", () => {
    const dinner = item({ id: "dinner", title: "Royal dinner", from: "20:00", to: "23:00", spaceId: "dining", delegationIds: ["ua"] });
    const back: SummitMovement = {
      id: "ua-back", delegationId: "ua", kind: "TRANSFER", fromVenueId: "htb", toVenueId: "wf",
      startsAt: at("22:53"), endsAt: at("23:08"), fromItemId: "dinner",
    };
    const conflicts = checkSummit(withAirport([back], { items: [dinner] }));
    expect(conflicts.map((c) => [c.type, c.severity, c.message])).toEqual([
      ["TRANSFER_MISALIGNED", "hard", "The transfer of Ukraine leaves Huis ten Bosch 22:53, Royal dinner ends 23:00"],
    ]);
  });

  it("is quiet when the transfer leaves as the dinner ends", () => {
    const dinner = item({ id: "dinner", title: "Royal dinner", from: "20:00", to: "23:00", spaceId: "dining", delegationIds: ["ua"], day: SUMMIT_DAY });
    const back: SummitMovement = {
      id: "ua-back", delegationId: "ua", kind: "TRANSFER", fromVenueId: "htb", toVenueId: "wf",
      startsAt: at("23:00"), endsAt: at("23:15"), fromItemId: "dinner",
    };
    expect(checkSummit(withAirport([back], { items: [dinner] }))).toEqual([]);
  });
});

describe("who a movement carries, and transfers within the stay", () => {
  it("a foreign minister's own motorcade carries the most senior foreign minister, not the principal", () => {
    const snapshot = withAirport(
      [{ id: "fm-car", delegationId: "nl", kind: "TRANSFER", fromVenueId: "wf", toVenueId: "htb", startsAt: at("13:00"), endsAt: at("13:15"), principalLevel: "FOREIGN_MINISTER" }],
      {
        members: [
          ...baseSnapshot().members.map((m) => (m.id === "nl-fm" ? { ...m, function: "FOREIGN_MINISTER", precedence: 2 } : m)),
          { id: "nl-fm2", delegationId: "nl", title: "Deputy Foreign Minister", isPrincipal: false, function: "FOREIGN_MINISTER", precedence: 5 },
        ],
        items: [
          item({ id: "fm-call", title: "Call", from: "13:05", to: "13:10", spaceId: "bilat1", memberIds: ["nl-fm"] }),
          item({ id: "pm-call", title: "Call", from: "13:05", to: "13:10", spaceId: "htb-salon", memberIds: ["nl-pm"] }),
        ],
      },
    );
    expect(checkSummit(snapshot).filter((c) => c.type === "MEMBER_OVERLAP").map((c) => c.memberId)).toEqual(["nl-fm"]);
  });

  it("flags a transfer from the hotel before the plane is down, naming both", () => {
    const early: SummitMovement = { id: "ua-early", delegationId: "ua", kind: "TRANSFER", fromVenueId: "wf", toVenueId: "htb", startsAt: at("12:05"), endsAt: at("12:20") };
    const conflicts = checkSummit(withAirport([landing, early])).filter((c) => c.type === "OUTSIDE_DELEGATION_WINDOW");
    expect(conflicts.map((c) => [c.severity, c.itemIds, c.movementIds, c.message])).toEqual([
      ["hard", [], ["ua-early", "ua-arrival"], "Transfer of Ukraine: World Forum → Huis ten Bosch leaves Wed 25 Jun 2025 12:05, before Ukraine lands at Rotterdam The Hague Airport at 12:15 (UKR001)"],
    ]);
  });

  it("flags a transfer that reaches its item after it has started, naming both ends", () => {
    const meeting = item({ id: "meeting", title: "Council", from: "10:00", to: "12:00", spaceId: "plenary", delegationIds: ["ua"] });
    const late: SummitMovement = { id: "ua-late", delegationId: "ua", kind: "TRANSFER", fromVenueId: "htb", toVenueId: "wf", startsAt: at("09:50"), endsAt: at("10:05"), toItemId: "meeting" };
    const conflicts = checkSummit(withAirport([late], { items: [meeting] }));
    expect(conflicts.map((c) => [c.type, c.severity, c.message])).toEqual([
      ["TRANSFER_MISALIGNED", "hard", "The transfer of Ukraine reaches World Forum 10:05, Council starts 10:00"],
    ]);
  });
});

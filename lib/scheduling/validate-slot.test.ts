import { describe, expect, it } from "vitest";
import { phraseText } from "@/lib/i18n";

import type { SlotRequest } from "./slot-types";
import { at, baseSnapshot, item } from "./test-fixtures";
import type { SummitItem } from "./types";
import { slotReasons, validateSlot } from "./validate-slot";

// Base summit as in slot-finder.test.ts. Reasons use Amsterdam times although TZ=Asia/Kathmandu.
const nac = item({ id: "nac", title: "North Atlantic Council", from: "10:00", to: "13:30", spaceId: "plenary", memberIds: ["nl-pm"] });
const dinner = item({ id: "dinner", title: "Royal dinner", from: "19:30", to: "22:00", spaceId: "dining", memberIds: ["nl-pm"] });

function check(
  slot: { from: string; to: string; spaceId: string; venueId?: string; day?: string },
  request: Partial<SlotRequest> = {},
  items: SummitItem[] = [nac, dinner],
): string[] {
  const day = slot.day ?? "2025-06-25";
  const venueId = slot.venueId ?? baseSnapshot().spaces.find((s) => s.id === slot.spaceId)?.venueId ?? "?";
  return validateSlot(
    baseSnapshot({ items }),
    { memberIds: ["nl-pm"], durationMinutes: 30, earliest: at("00:00", "2025-06-24"), latest: at("23:59"), ...request },
    { startsAt: at(slot.from, day), endsAt: at(slot.to, day), spaceId: slot.spaceId, venueId },
  );
}

describe("validateSlot", () => {
  it("accepts travel + buffer exactly and explains one minute less", () => {
    expect(check({ from: "13:55", to: "14:25", spaceId: "htb-salon" })).toEqual([]);
    expect(check({ from: "13:54", to: "14:24", spaceId: "htb-salon" })).toEqual([
      "Prime Minister of the Netherlands: North Atlantic Council ends 13:30 at World Forum; travel to Huis ten Bosch takes 15 min (+10 min buffer)",
    ]);
  });

  it("explains too little time to reach the next item", () => {
    expect(check({ from: "18:36", to: "19:06", spaceId: "bilat1" })).toEqual([
      "Prime Minister of the Netherlands: Royal dinner starts 19:30 at Huis ten Bosch; travel from World Forum takes 15 min (+10 min buffer)",
    ]);
    expect(check({ from: "18:35", to: "19:05", spaceId: "bilat1" })).toEqual([]);
  });

  it("leaves the onward journey to the item in between when one ends later than the slot", () => {
    // The member stays at the World Forum for a doorstep until 13:40 anyway; the doorstep, not the
    // slot, is what the lunch at Huis ten Bosch is reached from (as in the travel rule).
    const doorstep = item({ id: "doorstep", from: "13:30", to: "13:40", spaceId: "bilat1", memberIds: ["nl-pm"] });
    const lunch = item({ id: "lunch", title: "Lunch", from: "13:50", to: "15:00", spaceId: "htb-salon", memberIds: ["nl-pm"] });
    expect(check({ from: "13:00", to: "13:30", spaceId: "bilat1" }, {}, [doorstep, lunch])).toEqual([]);
    expect(check({ from: "13:00", to: "13:30", spaceId: "bilat1" }, {}, [lunch])).toEqual([
      "Prime Minister of the Netherlands: Lunch starts 13:50 at Huis ten Bosch; travel from World Forum takes 15 min (+10 min buffer)",
    ]);
  });

  it("names overlapping items, capacity, arrival and departure", () => {
    const crowd = { memberIds: ["nl-pm", "nl-fm", "nl-dm", "us-pres"], durationMinutes: 45 };
    expect(check({ from: "13:00", to: "13:45", spaceId: "bilat1" }, crowd)).toEqual([
      "Bilateral Room 1 holds 3, fewer than 4",
      "Prime Minister of the Netherlands is in North Atlantic Council (10:00–13:30)",
    ]);
    expect(check({ from: "17:00", to: "17:45", spaceId: "bilat1", day: "2025-06-24" }, { memberIds: ["us-pres"], durationMinutes: 45 })).toEqual([
      "President of the United States arrives Tue 24 Jun 2025 18:00",
    ]);
    expect(check({ from: "15:30", to: "16:15", spaceId: "bilat1" }, { memberIds: ["us-pres"], durationMinutes: 45 })).toEqual([
      "President of the United States departs Wed 25 Jun 2025 16:00",
    ]);
  });

  it("gives the same reasons in Dutch for a Dutch reader", () => {
    const dutch = (slot: { from: string; to: string; spaceId: string; day?: string }, request: Partial<SlotRequest>) => {
      const day = slot.day ?? "2025-06-25";
      const venueId = baseSnapshot().spaces.find((s) => s.id === slot.spaceId)!.venueId;
      const full = { memberIds: ["nl-pm"], durationMinutes: 30, earliest: at("00:00", "2025-06-24"), latest: at("23:59"), ...request };
      return slotReasons(baseSnapshot({ items: [nac, dinner] }), full, { startsAt: at(slot.from, day), endsAt: at(slot.to, day), spaceId: slot.spaceId, venueId })
        .map((p) => phraseText(p, "nl"));
    };
    expect(dutch({ from: "13:00", to: "13:45", spaceId: "bilat1" }, { memberIds: ["nl-pm", "nl-fm", "nl-dm", "us-pres"], durationMinutes: 45 })).toEqual([
      "Bilateral Room 1 biedt plaats aan 3, minder dan 4",
      "Prime Minister of the Netherlands is bij North Atlantic Council (10:00–13:30)",
    ]);
    expect(dutch({ from: "17:00", to: "17:45", spaceId: "bilat1", day: "2025-06-24" }, { memberIds: ["us-pres"], durationMinutes: 45 })).toEqual([
      "President of the United States komt aan di 24 jun 2025 18:00",
    ]);
    expect(dutch({ from: "06:30", to: "07:00", spaceId: "plenary" }, { memberIds: ["ua-pres"] })).toEqual(["Plenary Hall is alleen open van 07:00 tot 23:00"]);
  });

  it("checks the space: bookings, opening hours, venue", () => {
    const ua = { memberIds: ["ua-pres"] };
    expect(check({ from: "11:00", to: "11:30", spaceId: "plenary" }, ua)).toEqual([
      "Plenary Hall is booked: North Atlantic Council (10:00–13:30)",
    ]);
    expect(check({ from: "06:30", to: "07:00", spaceId: "plenary" }, ua)).toEqual(["Plenary Hall is open 07:00–23:00 only"]);
    expect(check({ from: "08:00", to: "08:30", spaceId: "bilat1", venueId: "htb" }, { ...ua, venueId: "htb" })).toEqual([
      "Bilateral Room 1 is at World Forum, not at htb",
      "Bilateral Room 1 is not at Huis ten Bosch",
    ]);
    expect(check({ from: "08:00", to: "08:30", spaceId: "attic" }, ua)).toEqual(["Unknown space: attic"]);
  });

  it("checks the request's duration and window", () => {
    expect(check({ from: "08:00", to: "08:45", spaceId: "bilat1" }, { memberIds: [], earliest: at("09:00"), latest: at("18:00") })).toEqual([
      "The slot 08:00–08:45 does not last the requested 30 min",
      "The slot 08:00–08:45 lies outside the window Wed 25 Jun 2025 09:00 – Wed 25 Jun 2025 18:00",
    ]);
  });

  it("ignores the item being moved, and cancelled items", () => {
    expect(check({ from: "11:00", to: "11:30", spaceId: "plenary" }, { ignoreItemId: "nac" })).toEqual([]);
    expect(check({ from: "11:00", to: "11:30", spaceId: "plenary" }, {}, [{ ...nac, status: "CANCELLED" }])).toEqual([]);
  });
});

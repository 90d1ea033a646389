import { describe, expect, it } from "vitest";
import { DEFAULT_TRAVEL_MINUTES, proposeTransfers, type ItineraryStop } from "./propose";

const TZ = "Europe/Amsterdam";
const t = (hhmm: string, day = 24) => new Date(`2025-06-${day}T${hhmm}:00+02:00`);
const stop = (id: string, venueId: string | null, from: string, to: string, day = 24): ItineraryStop => ({
  id, title: id, venueId, startsAt: t(from, day), endsAt: t(to, day),
});
const travelTimes = [
  { fromVenueId: "hotel", toVenueId: "forum", minutes: 20 },
  { fromVenueId: "forum", toVenueId: "palace", minutes: 15 },
  { fromVenueId: "hotel", toVenueId: "palace", minutes: 25 },
];
const summary = (ps: ReturnType<typeof proposeTransfers>) =>
  ps.map((p) => `${p.fromVenueId}>${p.toVenueId} ${p.startsAt.toISOString().slice(11, 16)}-${p.endsAt.toISOString().slice(11, 16)}`);

describe("proposeTransfers", () => {
  it("goes hotel → first item, between items at different places, and back to the hotel", () => {
    const proposals = proposeTransfers({
      items: [stop("bilateral", "forum", "16:00", "16:30"), stop("dinner", "palace", "19:00", "22:30"), stop("press", "forum", "10:00", "10:30")],
      hotelVenueId: "hotel",
      travelTimes,
      timeZone: TZ,
    });
    // Times in UTC: 10:00 local is 08:00Z.
    expect(summary(proposals)).toEqual([
      "hotel>forum 07:40-08:00",
      "forum>palace 14:30-14:45",
      "palace>hotel 20:30-20:55",
    ]);
    expect(proposals.map((p) => [p.fromItemId, p.toItemId])).toEqual([[null, "press"], ["bilateral", "dinner"], ["dinner", null]]);
  });

  it("proposes nothing between consecutive items at the same place", () => {
    const proposals = proposeTransfers({
      items: [stop("a", "forum", "09:00", "10:00"), stop("b", "forum", "11:00", "12:00")],
      hotelVenueId: "hotel",
      travelTimes,
      timeZone: TZ,
    });
    expect(summary(proposals)).toEqual(["hotel>forum 06:40-07:00", "forum>hotel 10:00-10:20"]);
  });

  it("starts and ends every summit day at the hotel, by the summit's calendar day", () => {
    const proposals = proposeTransfers({
      // 00:30 on the 25th local is still the 24th in UTC: it must count as the 25th.
      items: [stop("late", "palace", "21:00", "23:00"), stop("early", "palace", "00:30", "01:00", 25)],
      hotelVenueId: "hotel",
      travelTimes,
      timeZone: TZ,
    });
    expect(proposals.map((p) => `${p.fromItemId ?? "hotel"}>${p.toItemId ?? "hotel"}`)).toEqual(["hotel>late", "late>hotel", "hotel>early", "early>hotel"]);
  });

  it("without a hotel (the host) only moves between items; items without a place are skipped", () => {
    const proposals = proposeTransfers({
      items: [stop("a", "forum", "09:00", "10:00"), stop("nowhere", null, "10:30", "11:00"), stop("b", "palace", "16:00", "17:00")],
      hotelVenueId: null,
      travelTimes,
      timeZone: TZ,
    });
    expect(summary(proposals)).toEqual(["forum>palace 08:00-08:15"]);
  });

  it("uses the reverse travel time when one direction is missing, else a default it flags", () => {
    const [back] = proposeTransfers({ items: [stop("a", "palace", "09:00", "10:00"), stop("b", "forum", "12:00", "13:00")], hotelVenueId: null, travelTimes, timeZone: TZ });
    expect(back.endsAt.getTime() - back.startsAt.getTime()).toBe(15 * 60_000);
    expect(back.travelTimeKnown).toBe(true);
    const [unknown] = proposeTransfers({ items: [stop("a", "palace", "09:00", "10:00"), stop("b", "kurhaus", "12:00", "13:00")], hotelVenueId: null, travelTimes, timeZone: TZ });
    expect(unknown.endsAt.getTime() - unknown.startsAt.getTime()).toBe(DEFAULT_TRAVEL_MINUTES * 60_000);
    expect(unknown.travelTimeKnown).toBe(false);
  });

  it("leaves out transfers already planned on the same route around the same time", () => {
    const items = [stop("dinner", "palace", "19:00", "22:30")];
    const proposals = proposeTransfers({
      items,
      hotelVenueId: "hotel",
      travelTimes,
      timeZone: TZ,
      existing: [
        { fromVenueId: "hotel", toVenueId: "palace", startsAt: t("18:40") },
        { fromVenueId: "palace", toVenueId: "hotel", startsAt: t("20:00") },
      ],
    });
    expect(summary(proposals)).toEqual(["palace>hotel 20:30-20:55"]);
  });

  it("a transfer planned anywhere between two items makes that hop", () => {
    const items = [stop("meeting", "forum", "16:00", "17:00"), stop("dinner", "palace", "19:00", "22:00")];
    const existing = [{ fromVenueId: "forum", toVenueId: "palace", startsAt: t("18:40") }];
    const proposals = proposeTransfers({ items, hotelVenueId: null, travelTimes, timeZone: TZ, existing });
    expect(proposals).toEqual([]);
    const late = proposeTransfers({ items, hotelVenueId: null, travelTimes, timeZone: TZ, existing: [{ ...existing[0], startsAt: t("20:01") }] });
    expect(summary(late)).toEqual(["forum>palace 15:00-15:15"]);
  });

  it("an empty itinerary proposes nothing", () => {
    expect(proposeTransfers({ items: [], hotelVenueId: "hotel", travelTimes, timeZone: TZ })).toEqual([]);
  });
});

describe("proposeTransfers around flights", () => {
  const withAirport = [...travelTimes, { fromVenueId: "airport", toVenueId: "palace", minutes: 25 }, { fromVenueId: "airport", toVenueId: "hotel", minutes: 30 }, { fromVenueId: "airport", toVenueId: "forum", minutes: 20 }];

  it("on the day the party lands, the first hop leaves the airport once it is through, never the hotel before the plane is down", () => {
    const proposals = proposeTransfers({
      items: [stop("meeting", "palace", "12:30", "13:00"), stop("dinner", "palace", "19:00", "22:00")],
      hotelVenueId: "hotel",
      arrivals: [{ venueId: "airport", readyAt: t("12:45") }],
      travelTimes: withAirport,
      timeZone: TZ,
    });
    // 12:30 is before the party is through the airport: not travelled to. 12:45 local is 10:45Z.
    expect(summary(proposals)).toEqual(["airport>palace 10:45-11:10", "palace>hotel 20:00-20:25"]);
    expect(proposals.every((p) => p.startsAt >= t("12:45"))).toBe(true);
  });

  it("on the day the party flies home, the last hop goes to the departure airport", () => {
    const proposals = proposeTransfers({
      items: [stop("council", "forum", "10:00", "13:00", 25), stop("late", "palace", "16:00", "17:00", 25)],
      hotelVenueId: "hotel",
      departures: [{ venueId: "airport", at: t("15:30", 25) }],
      travelTimes: withAirport,
      timeZone: TZ,
    });
    // The 16:00 item is after take-off: not travelled to.
    expect(summary(proposals)).toEqual(["hotel>forum 07:40-08:00", "forum>airport 11:00-11:20"]);
  });
});

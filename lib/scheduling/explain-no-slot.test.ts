import { describe, expect, it } from "vitest";

import { phraseText } from "@/lib/i18n";
import { findSlots } from "./slot-finder";
import type { SlotRequest } from "./slot-types";
import { at, baseSnapshot, item } from "./test-fixtures";
import type { SummitSnapshot } from "./types";

// Times in the expected strings are Amsterdam wall-clock times; the runner is in Kathmandu
// (UTC+05:45), so any message formatted in the server's zone would show up here.
describe("findSlots explanation when nothing fits", () => {
  const delegations = baseSnapshot().delegations.map((d) =>
    d.id === "ua" ? { ...d, arrivesAt: at("16:00", "2025-06-24") } : d,
  );
  const items = [
    item({ id: "forum", title: "Defence Industry Forum", day: "2025-06-24", from: "09:00", to: "19:00", spaceId: "plenary", memberIds: ["nl-pm"] }),
    item({ id: "dinner", title: "Royal dinner hosted by the King and Queen", day: "2025-06-24", from: "19:30", toDay: "2025-06-25", to: "01:00", spaceId: "dining", memberIds: ["nl-pm"] }),
    item({ id: "public", title: "Public Forum", from: "07:00", to: "10:00", spaceId: "plenary" }),
    item({ id: "nac", title: "North Atlantic Council", from: "10:00", to: "13:30", spaceId: "plenary", delegationIds: ["nl", "ua"] }),
    item({ id: "briefing", title: "Press briefing", from: "13:30", to: "18:00", spaceId: "plenary" }),
  ];
  const snapshot: SummitSnapshot = baseSnapshot({ delegations, items });
  // Four seats: only the Plenary Hall qualifies at the World Forum.
  const request: SlotRequest = {
    memberIds: ["nl-pm", "ua-pres"],
    durationMinutes: 45,
    earliest: at("14:00", "2025-06-24"),
    latest: at("18:00", "2025-06-25"),
    venueId: "wf",
    minCapacity: 4,
  };

  it("says per day who is busy when, who has not arrived, and where only a space is missing", () => {
    const result = findSlots(snapshot, request);
    expect({ slots: result.slots, explanation: result.explanation }).toEqual({
      slots: [],
      explanation: [
        "Tue 24 Jun 2025 (14:00–24:00)",
        "Prime Minister of the Netherlands: Defence Industry Forum until 19:00; Royal dinner hosted by the King and Queen from 19:30",
        "President of Ukraine arrives 24 Jun 16:00",
        "No common free 45 min for all participants, counting travel time",
        "Wed 25 Jun 2025 (00:00–18:00)",
        "Prime Minister of the Netherlands: Royal dinner hosted by the King and Queen until 01:00; North Atlantic Council 10:00–13:30",
        "President of Ukraine: North Atlantic Council 10:00–13:30",
        // After the dinner the Prime Minister needs 15 + 10 min back to the World Forum, and the
        // meeting must end when the Council starts.
        "No free space for 45 min at World Forum between 01:25 and 10:00",
        "No free space for 45 min at World Forum between 13:30 and 18:00",
      ],
    });
    // The same lines as phrases: their English is the explanation, and a Dutch reader gets Dutch.
    expect(result.said.map((p) => phraseText(p, "en"))).toEqual(result.explanation);
    expect(result.said.map((p) => phraseText(p, "nl"))).toEqual([
      "di 24 jun 2025 (14:00–24:00)",
      "Prime Minister of the Netherlands: Defence Industry Forum tot 19:00; Royal dinner hosted by the King and Queen vanaf 19:30",
      "President of Ukraine komt aan 24 jun 16:00",
      "Geen gezamenlijke vrije 45 min voor alle deelnemers, reistijd meegerekend",
      "wo 25 jun 2025 (00:00–18:00)",
      "Prime Minister of the Netherlands: Royal dinner hosted by the King and Queen tot 01:00; North Atlantic Council 10:00–13:30",
      "President of Ukraine: North Atlantic Council 10:00–13:30",
      "Geen vrije ruimte voor 45 min op World Forum tussen 01:25 en 10:00",
      "Geen vrije ruimte voor 45 min op World Forum tussen 13:30 en 18:00",
    ]);
  });

  it("finds the slot once the space is free, so the explanation was about the space", () => {
    const withoutBriefing = { ...snapshot, items: snapshot.items.filter((i) => i.id !== "briefing") };
    expect(findSlots(withoutBriefing, { ...request, limit: 1 }).slots.map((s) => s.startsAt)).toEqual([at("13:30", "2025-06-25")]);
  });

  it("mentions departures within the searched part of a day", () => {
    const result = findSlots(baseSnapshot(), {
      memberIds: ["us-pres"],
      durationMinutes: 30,
      earliest: at("15:40"),
      latest: at("17:00"),
      minCapacity: 1000,
    });
    expect(result.explanation).toEqual(["No space has room for 1000"]);
    const late = findSlots(baseSnapshot(), { memberIds: ["us-pres"], durationMinutes: 30, earliest: at("15:40"), latest: at("17:00") });
    expect(late.explanation).toEqual([
      "Wed 25 Jun 2025 (15:40–17:00)",
      "President of the United States departs 25 Jun 16:00",
      "No common free 30 min for all participants, counting travel time",
    ]);
  });

  it("names the venue when its spaces are too small", () => {
    // The Huis ter Duin Suite seats 10.
    const request = { memberIds: ["nl-pm"], durationMinutes: 30, earliest: at("09:00"), latest: at("12:00"), venueId: "htd" };
    expect(findSlots(baseSnapshot(), { ...request, minCapacity: 10 }).slots).not.toEqual([]);
    expect(findSlots(baseSnapshot(), { ...request, minCapacity: 11 }).explanation).toEqual(["No space at Huis ter Duin has room for 11"]);
  });
});

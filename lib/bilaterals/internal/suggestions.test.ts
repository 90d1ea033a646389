import { describe, expect, it } from "vitest";
import { diverseSuggestions, MIN_GAP_MINUTES, type RankedSlot, type SlotFacts } from "./suggestions";

const at = (hhmm: string, day = "2025-06-25") => new Date(`${day}T${hhmm}:00Z`);
const slot = (hhmm: string, over: Partial<RankedSlot> = {}): RankedSlot => ({
  startsAt: at(hhmm),
  endsAt: new Date(at(hhmm).getTime() + 40 * 60_000),
  spaceId: "room-a",
  venueId: "wfc",
  travelMinutes: 0,
  preferred: true,
  ...over,
});
const minutes = (s: RankedSlot) => s.startsAt.getUTCHours() * 60 + s.startsAt.getUTCMinutes();

/** What the engine gives today: every 5 minutes in one room, earliest first. */
function fiveMinuteGrid(from: string, count: number, over: Partial<RankedSlot> = {}): RankedSlot[] {
  const start = at(from).getTime();
  return Array.from({ length: count }, (_, i) => {
    const s = new Date(start + i * 5 * 60_000);
    return slot(`${String(s.getUTCHours()).padStart(2, "0")}:${String(s.getUTCMinutes()).padStart(2, "0")}`, over);
  });
}

describe("diverseSuggestions", () => {
  it("turns eight slots five minutes apart in one room into suggestions at least 30 minutes apart, best first", () => {
    const ranked = fiveMinuteGrid("10:00", 96);
    const picked = diverseSuggestions(ranked, { limit: 8 }).map((s) => s.slot);
    expect(picked).toHaveLength(8);
    expect(picked[0]).toBe(ranked[0]);
    for (let i = 1; i < picked.length; i++) {
      expect(minutes(picked[i]) - minutes(picked[i - 1])).toBeGreaterThanOrEqual(MIN_GAP_MINUTES);
    }
    expect(picked.map((s) => minutes(s) - 600)).toEqual([0, 30, 60, 90, 120, 150, 180, 210]);
  });

  it("never offers two starts in one venue closer than the gap, but does offer another venue at the same time", () => {
    const ranked = [slot("10:00"), slot("10:05"), slot("10:00", { venueId: "hotel", spaceId: "salon", travelMinutes: 20 }), slot("10:40")];
    const picked = diverseSuggestions(ranked, { limit: 8 });
    expect(picked.map((s) => [s.slot.venueId, minutes(s.slot)])).toEqual([["wfc", 600], ["hotel", 600], ["wfc", 640]]);
    expect(picked[1].reasons).toContain("otherVenue");
  });

  it("always includes the earliest slot and a slot in another venue, even when ranked below the limit", () => {
    // Ranked by travel: the no-travel afternoon first, the earliest (with travel) last.
    const afternoon = fiveMinuteGrid("14:00", 60);
    const earliest = slot("08:00", { travelMinutes: 30, spaceId: "room-b" });
    const elsewhere = slot("15:00", { venueId: "hotel", spaceId: "salon", travelMinutes: 40 });
    const picked = diverseSuggestions([...afternoon, elsewhere, earliest], { limit: 4 });
    expect(picked).toHaveLength(4);
    expect(picked[0].slot).toBe(afternoon[0]);
    expect(picked.map((s) => s.slot)).toContain(earliest);
    expect(picked.map((s) => s.slot)).toContain(elsewhere);
    // Still best first: the engine's order is kept among those chosen.
    expect(picked.at(-1)!.slot).toBe(earliest);
    expect(picked.find((s) => s.slot === earliest)!.reasons).toEqual(["earliest", "preferredDay"]);
  });

  it("never lets an earlier slot on a day nobody preferred displace the preferred days", () => {
    const preferred = fiveMinuteGrid("10:00", 12, { venueId: "wfc" });
    const otherDay = { ...slot("07:00", { preferred: false, venueId: "hotel", spaceId: "salon" }), startsAt: at("07:00", "2025-06-24") };
    const picked = diverseSuggestions([...preferred, otherDay], { limit: 2 });
    expect(picked.map((s) => s.slot)).toEqual([preferred[0], preferred[6]]);
    expect(picked[0].reasons).toContain("earliest");
    // With room to spare it comes last, and is not called the earliest of the preferred days.
    const more = diverseSuggestions([...preferred, otherDay], { limit: 4 });
    expect(more.at(-1)!.slot).toBe(otherDay);
    expect(more.at(-1)!.reasons).toEqual(["noTravel", "otherVenue"]);
  });

  it("says why each is offered", () => {
    const facts = (s: RankedSlot): SlotFacts => ({ sameVenueAsPrevious: s.spaceId === "room-a", rightSizedRoom: s.spaceId === "room-a" });
    const ranked = [
      slot("09:00"),
      slot("09:00", { venueId: "hotel", spaceId: "salon", travelMinutes: 25, preferred: false }),
      slot("11:00", { spaceId: "room-c" }),
      slot("12:00", { spaceId: "room-d", travelMinutes: 10, preferred: false }),
    ];
    const reasons = diverseSuggestions(ranked, { limit: 4, facts }).map((s) => s.reasons);
    expect(reasons).toEqual([
      ["earliest", "sameVenue", "preferredDay", "roomSize"],
      ["otherVenue"],
      ["noTravel", "preferredDay"],
      ["otherTime"],
    ]);
  });

  it("respects the limit and returns nothing for nothing", () => {
    expect(diverseSuggestions([], { limit: 8 })).toEqual([]);
    expect(diverseSuggestions(fiveMinuteGrid("10:00", 40), { limit: 3 })).toHaveLength(3);
    expect(diverseSuggestions(fiveMinuteGrid("10:00", 40), { limit: 3, minGapMinutes: 60 }).map((s) => minutes(s.slot))).toEqual([600, 660, 720]);
  });

  it("offers fewer than the limit rather than slots too close together", () => {
    // 10:00–10:55 only: two starts 30 minutes apart fit, a third would be too close.
    const picked = diverseSuggestions(fiveMinuteGrid("10:00", 12), { limit: 8 });
    expect(picked.map((s) => minutes(s.slot))).toEqual([600, 630]);
  });
});

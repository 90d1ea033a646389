// Repair suggestions on small summits: every suggestion clears what it claims and brings no new
// hard conflict, and none is larger than the smallest set a brute force over every subset of the
// candidate moves finds.
import { describe, expect, it } from "vitest";
import { checkSummit, type SummitItem, type SummitMovement, type SummitSnapshot } from "@/lib/scheduling";
import { at, baseSnapshot, item } from "@/lib/scheduling/test-fixtures";
import type { RepairMove } from "../types";
import { applyMoves, repairCandidates, suggestRepairs } from "./repair";

const hard = (s: SummitSnapshot) => checkSummit(s).filter((c) => c.severity === "hard");

/** Independent of the search: the moves clear the targets and add no hard conflict. */
function works(snapshot: SummitSnapshot, moves: readonly RepairMove[], targetIds: readonly string[]): boolean {
  const before = new Set(hard(snapshot).map((c) => c.id));
  const after = hard(applyMoves(snapshot, moves).snapshot).map((c) => c.id);
  return targetIds.every((id) => !after.includes(id)) && after.every((id) => before.has(id));
}

/** The smallest number of candidate moves that works, over every subset (one move per row), or null. */
function bruteForceMinimum(snapshot: SummitSnapshot, candidates: readonly RepairMove[], targetIds: readonly string[]): number | null {
  let best: number | null = null;
  for (let mask = 1; mask < 1 << candidates.length; mask++) {
    const moves = candidates.filter((_, i) => mask & (1 << i));
    if (new Set(moves.map((m) => m.id)).size !== moves.length) continue;
    if ((best === null || moves.length < best) && works(snapshot, moves, targetIds)) best = moves.length;
  }
  return best;
}

describe("repair suggestions", () => {
  it("moves a bilateral to its next free slot when the item before it now runs into it", () => {
    const press = item({ id: "press", kind: "PRESS_MOMENT", from: "10:00", to: "10:50", spaceId: "plenary", memberIds: ["nl-pm"] });
    const bilateral = item({ id: "bilat", kind: "BILATERAL", from: "10:30", to: "11:00", spaceId: "bilat1", memberIds: ["nl-pm", "us-pres"] });
    const snapshot = baseSnapshot({ items: [press, bilateral] });
    const targets = hard(snapshot);
    expect(targets.map((c) => c.type)).toEqual(["MEMBER_OVERLAP"]);
    const [best] = suggestRepairs({ snapshot, targets, fixed: new Set(["press"]) });
    expect(best.moves).toHaveLength(1);
    expect(best.moves[0]).toMatchObject({ id: "bilat", kind: "slot" });
    // The next free start on the 5-minute grid: as the press moment ends (same venue, no travel).
    expect(best.moves[0].startsAt).toEqual(at("10:50"));
    expect(works(snapshot, best.moves, targets.map((t) => t.id))).toBe(true);
  });

  it("swaps a room when a delayed item now holds the bilateral's room", () => {
    const talk = item({ id: "talk", kind: "SIDE_EVENT", from: "10:00", to: "10:45", spaceId: "bilat1", memberIds: ["ua-pres"] });
    const bilateral = item({ id: "bilat", kind: "BILATERAL", from: "10:30", to: "11:00", spaceId: "bilat1", memberIds: ["nl-pm", "us-pres"] });
    const snapshot = baseSnapshot({ items: [talk, bilateral] });
    const targets = hard(snapshot);
    expect(targets.map((c) => c.type)).toContain("SPACE_DOUBLE_BOOKED");
    const suggestions = suggestRepairs({ snapshot, targets, fixed: new Set(["talk"]) });
    expect(suggestions.length).toBeGreaterThan(0);
    expect(suggestions.every((s) => s.moves.length === 1)).toBe(true);
    expect(suggestions.some((s) => s.moves[0].kind === "room" && s.moves[0].startsAt.getTime() === at("10:30").getTime())).toBe(true);
  });

  it("shifts a transfer to leave after the item it leaves from, once that item overruns", () => {
    const dinner = item({ id: "dinner", kind: "ROYAL_DINNER", from: "19:30", to: "22:50", spaceId: "dining", delegationIds: ["nl"] });
    const back: SummitMovement = { id: "back", delegationId: "nl", kind: "TRANSFER", fromVenueId: "htb", toVenueId: "wf", startsAt: at("22:35"), endsAt: at("22:50"), fromItemId: "dinner" };
    const snapshot = baseSnapshot({ items: [dinner], movements: [back] });
    const targets = hard(snapshot);
    expect(targets.length).toBeGreaterThan(0);
    const [best] = suggestRepairs({ snapshot, targets, fixed: new Set(["dinner"]) });
    expect(best.moves).toEqual([expect.objectContaining({ id: "back", kind: "shift", startsAt: at("22:50") })]);
  });

  it("ranks equal-sized repairs by the delegations and agencies they disturb", () => {
    // Two ways out: move the small bilateral (two delegations) or the big one (three, with a police task).
    const plenary = item({ id: "plenary-item", from: "10:00", to: "10:50", spaceId: "plenary", memberIds: ["nl-pm", "us-pres", "ua-pres"] });
    const small = item({ id: "small", kind: "BILATERAL", from: "10:30", to: "11:00", spaceId: "bilat1", memberIds: ["nl-pm", "us-pres"] });
    const snapshot = baseSnapshot({ items: [plenary, small] });
    const targets = hard(snapshot);
    const suggestions = suggestRepairs({ snapshot, targets, fixed: new Set(["plenary-item"]), agenciesOf: new Map([["small", new Set(["police"])]]) });
    expect(suggestions[0].disturbs).toEqual({ delegations: 2, agencies: 1 });
  });

  // Small random summits: a fixed item lands on bilaterals and transfers of the same people.
  function randomSummit(seed: number): SummitSnapshot {
    let state = seed;
    const next = (n: number) => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state % n;
    };
    const members = ["nl-pm", "us-pres", "ua-pres", "nl-fm", "us-sos"];
    const rooms = ["bilat1", "plenary", "htb-salon", "suite"];
    const time = (minutes: number) => `${String(9 + Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
    const items: SummitItem[] = [];
    const fixedStart = next(8) * 15;
    items.push(item({ id: "fixed", kind: "PLENARY", from: time(fixedStart), to: time(fixedStart + 60), spaceId: "plenary", memberIds: ["nl-pm", "us-pres"] }));
    const count = 2 + next(3);
    for (let i = 0; i < count; i++) {
      const start = next(12) * 15;
      const who = [members[next(5)], members[next(5)]];
      items.push(item({ id: `b${i}`, kind: "BILATERAL", from: time(start), to: time(start + 30), spaceId: rooms[next(4)], memberIds: [...new Set(who)] }));
    }
    return baseSnapshot({ items });
  }

  it("is never larger than the brute-force minimum, and every suggestion clears its conflicts", () => {
    let compared = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const snapshot = randomSummit(seed);
      const targets = hard(snapshot).filter((c) => c.itemIds.includes("fixed"));
      if (targets.length === 0) continue;
      const fixed = new Set(["fixed"]);
      const candidates = repairCandidates(snapshot, targets, fixed);
      const ids = targets.map((t) => t.id);
      const minimum = bruteForceMinimum(snapshot, candidates, ids);
      const suggestions = suggestRepairs({ snapshot, targets, fixed, maxMoves: candidates.length });
      if (minimum === null) {
        expect(suggestions, `seed ${seed}`).toEqual([]);
      } else {
        expect(suggestions.length, `seed ${seed}`).toBeGreaterThan(0);
        for (const s of suggestions) {
          expect(s.moves.length, `seed ${seed}`).toBe(minimum);
          expect(works(snapshot, s.moves, ids), `seed ${seed}`).toBe(true);
        }
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(5);
  });
});

import { describe, expect, it } from "vitest";
import { Turns } from "@/components/ui/turns";

/** The macrotask (counted by a chain of setImmediate) each promise resolves in. */
async function ticksOf(promises: readonly Promise<void>[]): Promise<number[]> {
  let tick = 0;
  let running = true;
  const count = () => {
    tick++;
    if (running) setImmediate(count);
  };
  setImmediate(count);
  const ticks = await Promise.all(promises.map((p) => p.then(() => tick)));
  running = false;
  return ticks;
}

describe("Turns", () => {
  it("renders the first rows with the page and deals the rest into turns of the given size, across tables", () => {
    const turns = new Turns(3);
    const first = turns.slices([1, 2]);
    const second = turns.slices([3, 4, 5, 6, 7, 8]);
    expect(first).toEqual([{ rows: [1, 2], turn: null }]);
    expect(second.map((s) => s.rows)).toEqual([[3], [4, 5, 6], [7, 8]]);
    expect(second[0].turn).toBeNull();
    expect(second[1].turn).toBeInstanceOf(Promise);
    expect(second[2].turn).toBeInstanceOf(Promise);
    expect(second[2].turn).not.toBe(second[1].turn);
    // The next table's first row still fits in the last turn.
    expect(turns.slices([9])).toEqual([{ rows: [9], turn: second[2].turn }]);
  });

  it("gives a part heavier than a turn a turn of its own", () => {
    const turns = new Turns(10);
    expect(turns.take(4)).toBeNull();
    const heavy = turns.take(30);
    expect(heavy).toBeInstanceOf(Promise);
    const next = turns.take(1);
    expect(next).not.toBe(heavy);
  });

  it("lets each turn come two macrotasks after the last, in order", async () => {
    const turns = new Turns(1);
    turns.take(1);
    const later = [turns.take(1), turns.take(1), turns.take(1)] as Promise<void>[];
    const ticks = await ticksOf(later);
    for (let i = 1; i < ticks.length; i++) expect(ticks[i] - ticks[i - 1]).toBeGreaterThanOrEqual(2);
    expect(ticks[0]).toBeGreaterThanOrEqual(1);
  });
});

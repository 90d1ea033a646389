import { describe, expect, it } from "vitest";
import { DEFAULT_HEAP_MB, appNodeOptions } from "@/scripts/lib/heap.mjs";

// The NODE_OPTIONS `npm start` (and the bench) give an app instance: a heap cap, and as many
// background threads for V8 as the machine has cores but one.
describe("an app instance's NODE_OPTIONS", () => {
  it("caps the heap and gives V8 one background thread per core but one (at least one, at most four)", () => {
    expect(appNodeOptions({}, 2)).toBe(`--max-old-space-size=${DEFAULT_HEAP_MB} --v8-pool-size=1`);
    expect(appNodeOptions({}, 1)).toBe(`--max-old-space-size=${DEFAULT_HEAP_MB} --v8-pool-size=1`);
    expect(appNodeOptions({}, 4)).toBe(`--max-old-space-size=${DEFAULT_HEAP_MB} --v8-pool-size=3`);
    expect(appNodeOptions({}, 16)).toBe(`--max-old-space-size=${DEFAULT_HEAP_MB} --v8-pool-size=4`);
  });

  it("keeps what NODE_OPTIONS already says, and takes APP_HEAP_MB", () => {
    expect(appNodeOptions({ NODE_OPTIONS: "--max-old-space-size=900 --v8-pool-size=6" }, 2)).toBe("--max-old-space-size=900 --v8-pool-size=6");
    expect(appNodeOptions({ NODE_OPTIONS: "--enable-source-maps" }, 2)).toBe(`--enable-source-maps --max-old-space-size=${DEFAULT_HEAP_MB} --v8-pool-size=1`);
    // Either one set, the other is still added; Node's other spellings count as set.
    expect(appNodeOptions({ NODE_OPTIONS: "--max-old-space-size=900" }, 2)).toBe("--max-old-space-size=900 --v8-pool-size=1");
    expect(appNodeOptions({ NODE_OPTIONS: "--v8-pool-size 2" }, 8)).toBe(`--v8-pool-size 2 --max-old-space-size=${DEFAULT_HEAP_MB}`);
    expect(appNodeOptions({ NODE_OPTIONS: "--max_old_space_size=700 --v8_pool_size=3" }, 2)).toBe("--max_old_space_size=700 --v8_pool_size=3");
    expect(appNodeOptions({ APP_HEAP_MB: "384" }, 8)).toBe("--max-old-space-size=384 --v8-pool-size=4");
    expect(() => appNodeOptions({ APP_HEAP_MB: "12" }, 2)).toThrow("APP_HEAP_MB");
  });
});

// Which item a movement's coverage gap is reported on: the item a planner linked the movement to,
// not the nearest guess.
import { describe, expect, it } from "vitest";
import { buildEngineContext } from "@/lib/scheduling";
import { baseSnapshot, item, at } from "@/lib/scheduling/test-fixtures";
import { itemServedBy } from "./engine-rule";
import { coverageItemsFromContext } from "./items";
import type { CoverageMovement } from "./types";

const ctx = buildEngineContext(
  baseSnapshot({
    items: [
      item({ id: "reception", title: "Reception", from: "18:00", to: "18:45", spaceId: "htb-salon", delegationIds: ["ua"] }),
      item({ id: "dinner", title: "Dinner", from: "19:30", to: "22:00", spaceId: "dining", delegationIds: ["ua"] }),
    ],
  }),
);
const items = coverageItemsFromContext(ctx, { memberFunctions: new Map(), parentIds: new Map() });
const car: CoverageMovement = {
  id: "car", delegationId: "ua", kind: "TRANSFER", fromVenueId: "wf", toVenueId: "htb",
  startsAt: at("17:40"), endsAt: at("17:55"), principalLevel: "HEAD_OF_STATE_OR_GOVERNMENT",
};

describe("itemServedBy", () => {
  it("guesses the first item at the destination when the movement names none", () => {
    expect(itemServedBy(ctx, items, car)?.id).toBe("reception");
  });

  it("takes the item the movement is linked to", () => {
    expect(itemServedBy(ctx, items, { ...car, toItemId: "dinner" })?.id).toBe("dinner");
    expect(itemServedBy(ctx, items, { ...car, fromItemId: "dinner" })?.id).toBe("dinner");
  });

  it("falls back to the guess when the linked item is not in the snapshot (cancelled, or outside the window)", () => {
    expect(itemServedBy(ctx, items, { ...car, toItemId: "gone" })?.id).toBe("reception");
  });
});

import { describe, expect, it } from "vitest";

import { buildEngineContext, travelMinutes } from "./context";
import { baseSnapshot, item } from "./test-fixtures";

describe("buildEngineContext", () => {
  it("applies the attendance rule: named members plus principals of whole-delegation participations", () => {
    const ctx = buildEngineContext(
      baseSnapshot({
        items: [item({ id: "nac", from: "10:00", to: "13:30", delegationIds: ["nl", "us"], memberIds: ["nl-fm", "nl-pm"] })],
      }),
    );
    expect(ctx.attendeesByItem.get("nac")).toEqual(["nl-fm", "nl-pm", "us-pres"]);
    expect(ctx.delegationsByItem.get("nac")).toEqual(["nl", "us"]);
  });

  it("counts a delegation that takes part only through a named member", () => {
    const ctx = buildEngineContext(baseSnapshot({ items: [item({ id: "x", from: "10:00", to: "11:00", memberIds: ["us-sos"] })] }));
    expect(ctx.delegationsByItem.get("x")).toEqual(["us"]);
  });

  it("leaves cancelled items out of every index and keeps per-member lists sorted", () => {
    const ctx = buildEngineContext(
      baseSnapshot({
        items: [
          item({ id: "late", from: "15:00", to: "16:00", memberIds: ["nl-pm"] }),
          item({ id: "gone", from: "09:00", to: "10:00", memberIds: ["nl-pm"], status: "CANCELLED" }),
          item({ id: "early", from: "08:00", to: "09:00", memberIds: ["nl-pm"], spaceId: "plenary" }),
        ],
      }),
    );
    expect(ctx.items.map((i) => i.id)).toEqual(["early", "late"]);
    expect(ctx.itemsById.has("gone")).toBe(false);
    expect(ctx.itemsByMember.get("nl-pm")?.map((i) => i.id)).toEqual(["early", "late"]);
    expect(ctx.itemsBySpace.get("plenary")?.map((i) => i.id)).toEqual(["early"]);
  });

  it("ignores unknown members, delegations and spaces instead of throwing", () => {
    const ctx = buildEngineContext(
      baseSnapshot({
        items: [item({ id: "x", from: "10:00", to: "11:00", memberIds: ["ghost"], delegationIds: ["atlantis"], spaceId: "nowhere" })],
      }),
    );
    expect(ctx.attendeesByItem.get("x")).toEqual([]);
    expect(ctx.delegationsByItem.get("x")).toEqual([]);
    expect(ctx.itemsBySpace.size).toBe(0);
  });
});

describe("travelMinutes", () => {
  const ctx = buildEngineContext(
    baseSnapshot({
      travelTimes: [
        { fromVenueId: "wf", toVenueId: "htb", minutes: 15 },
        { fromVenueId: "htd", toVenueId: "wf", minutes: 40 },
        { fromVenueId: "wf", toVenueId: "htd", minutes: 35 },
      ],
    }),
  );

  it("uses the given direction, falls back to the reverse, and is 0 within a venue", () => {
    expect(travelMinutes(ctx, "wf", "htb")).toBe(15);
    expect(travelMinutes(ctx, "htb", "wf")).toBe(15);
    expect(travelMinutes(ctx, "htd", "wf")).toBe(40);
    expect(travelMinutes(ctx, "wf", "htd")).toBe(35);
    expect(travelMinutes(ctx, "htb", "htb")).toBe(0);
  });

  it("is undefined for an unknown pair", () => {
    expect(travelMinutes(ctx, "htb", "htd")).toBeUndefined();
  });
});

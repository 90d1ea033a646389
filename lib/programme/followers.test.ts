import { describe, expect, it } from "vitest";

import { followerShifts, planFollowers, type LinkedTransfer } from "./followers";

const t = (iso: string) => new Date(`2025-06-24T${iso}:00Z`);
const dinner = { startsAt: t("17:30"), endsAt: t("20:30") };
const transfers: LinkedTransfer[] = [
  { id: "to", startsAt: t("16:30"), endsAt: t("16:45"), fromItemId: null, toItemId: "dinner" },
  { id: "back", startsAt: t("20:35"), endsAt: t("20:50"), fromItemId: "dinner", toItemId: null },
  { id: "other", startsAt: t("12:00"), endsAt: t("12:15"), fromItemId: "lunch", toItemId: null },
];

describe("followerShifts", () => {
  it("keeps the lead before the start and the lag after the end", () => {
    const later = { startsAt: t("18:00"), endsAt: t("21:30") };
    expect(followerShifts("dinner", dinner, later, transfers).map((s) => [s.movement.id, s.byMs / 60_000, s.startsAt.toISOString()])).toEqual([
      ["to", 30, "2025-06-24T17:00:00.000Z"],
      ["back", 60, "2025-06-24T21:35:00.000Z"],
    ]);
  });

  it("moves nothing when only the end changes for arrivals, or nothing changes", () => {
    expect(followerShifts("dinner", dinner, dinner, transfers)).toEqual([]);
    const longer = { startsAt: dinner.startsAt, endsAt: t("21:00") };
    expect(followerShifts("dinner", dinner, longer, transfers).map((s) => s.movement.id)).toEqual(["back"]);
  });

  it("keeps an unknown end unknown", () => {
    const open = [{ ...transfers[1], endsAt: null }];
    const later = { startsAt: t("18:00"), endsAt: t("21:00") };
    expect(followerShifts("dinner", dinner, later, open)[0].endsAt).toBeNull();
  });
});

describe("planFollowers", () => {
  it("moves a side event's sessions by the change of its start, and the transfers of the event and of its sessions", () => {
    const event = { id: "forum", before: { startsAt: t("09:00"), endsAt: t("12:00") }, after: { startsAt: t("10:00"), endsAt: t("13:00") } };
    const sessions = [{ id: "panel", startsAt: t("10:00"), endsAt: t("11:00") }];
    const links: LinkedTransfer[] = [
      { id: "to-forum", startsAt: t("08:30"), endsAt: t("08:50"), fromItemId: null, toItemId: "forum" },
      { id: "after-panel", startsAt: t("11:00"), endsAt: t("11:20"), fromItemId: "panel", toItemId: null },
    ];
    const plan = planFollowers(event, sessions, links);
    expect(plan.sessions.map((s) => [s.id, s.after.startsAt.toISOString()])).toEqual([["panel", "2025-06-24T11:00:00.000Z"]]);
    expect(plan.transfers.map((s) => [s.movement.id, s.byMs / 60_000])).toEqual([["to-forum", 60], ["after-panel", 60]]);
  });

  it("moves no session when only the end changes", () => {
    const event = { id: "forum", before: { startsAt: t("09:00"), endsAt: t("12:00") }, after: { startsAt: t("09:00"), endsAt: t("12:30") } };
    expect(planFollowers(event, [{ id: "panel", startsAt: t("10:00"), endsAt: t("11:00") }], []).sessions).toEqual([]);
  });
});

describe("planFollowers with a transfer between two sessions", () => {
  it("moves it once", () => {
    const event = { id: "forum", before: { startsAt: t("09:00"), endsAt: t("12:00") }, after: { startsAt: t("09:30"), endsAt: t("12:30") } };
    const sessions = [{ id: "p1", startsAt: t("09:00"), endsAt: t("10:00") }, { id: "p2", startsAt: t("11:00"), endsAt: t("12:00") }];
    const hop: LinkedTransfer = { id: "hop", startsAt: t("10:00"), endsAt: t("10:20"), fromItemId: "p1", toItemId: "p2" };
    expect(planFollowers(event, sessions, [hop]).transfers.map((s) => [s.movement.id, s.byMs / 60_000])).toEqual([["hop", 30]]);
  });
});

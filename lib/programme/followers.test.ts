import { describe, expect, it } from "vitest";

import { followerShifts, type LinkedTransfer } from "./followers";

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

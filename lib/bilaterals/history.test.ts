import { describe, expect, it } from "vitest";
import { describeHistoryEntry } from "./history";

const TZ = "Europe/Amsterdam";

describe("bilateral history in words, in summit time", () => {
  it("describes each step", () => {
    expect(
      describeHistoryEntry({ action: "request", after: { status: "REQUESTED", parties: ["Ukraine", "United States"], level: "MINISTER", durationMinutes: 45 } }, TZ),
    ).toBe("Requested (Ukraine – United States, ministers, 45 min)");
    expect(
      describeHistoryEntry(
        { action: "propose", after: { status: "PROPOSED", startsAt: "2025-06-24T12:00:00.000Z", endsAt: "2025-06-24T12:45:00.000Z", spaceName: "Bilateral Room 3", venueName: "World Forum" } },
        TZ,
      ),
    ).toBe("Proposed Tue 24 Jun 2025 14:00–14:45, Bilateral Room 3, World Forum");
    expect(describeHistoryEntry({ action: "accept", after: { delegationName: "Ukraine" } }, TZ)).toBe("Ukraine accepted the proposed slot");
    expect(describeHistoryEntry({ action: "decline", after: { delegationName: "United States" } }, TZ)).toBe("United States declined the proposed slot");
    expect(
      describeHistoryEntry({ action: "confirm", after: { startsAt: "2025-06-24T22:30:00.000Z", endsAt: "2025-06-24T23:00:00.000Z", spaceName: "Room" } }, TZ),
    ).toBe("Confirmed Wed 25 Jun 2025 00:30–01:00, Room; added to the programme");
    expect(describeHistoryEntry({ action: "withdraw", after: {} }, TZ)).toBe("Withdrawn");
    expect(describeHistoryEntry({ action: "cancel", after: { itemCancelled: true } }, TZ)).toBe("Cancelled; the programme item was cancelled too");
  });

  it("survives a missing or odd audit payload", () => {
    expect(describeHistoryEntry({ action: "propose", after: null }, TZ)).toBe("Proposed");
    expect(describeHistoryEntry({ action: "accept", after: "nonsense" }, TZ)).toBe("A delegation accepted the proposed slot");
  });
});

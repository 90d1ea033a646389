// Live updates' pure parts: the change notice carries ids, status and visibility only, and stays
// under PostgreSQL's payload limit; who may hear of a change (mayHear) from the attacker's side.
import { describe, expect, it } from "vitest";
import { MAX_PAYLOAD_BYTES, noticePayload, scopeHints } from "@/lib/audit/internal/notice";
import type { Actor } from "@/lib/auth/actor";
import { mayHear } from "@/lib/push/policy";
import type { Audience } from "@/lib/push/types";

const actor = (role: Actor["role"], scope: Partial<Pick<Actor, "delegationIds" | "agencyId">> = {}): Actor => ({
  userId: `u-${role}`, name: role, email: `${role}@x`, role, delegationIds: scope.delegationIds ?? [], agencyId: scope.agencyId ?? null, mustChangePassword: false,
});
const audience = (over: Partial<Audience> = {}): Audience => ({ summitId: "s", topics: ["programme"], everyone: false, items: [], delegationIds: new Set(), agencyIds: new Set(), ...over });

describe("change notice", () => {
  it("keeps ids, status and visibility of the before side, never titles, notes or times", () => {
    const hints = scopeHints({ title: "Secret dinner", staffNotes: "x", startsAt: "2025-06-24T17:00:00Z", status: "CONFIRMED", visibility: "PARTICIPANTS", delegationIds: ["d1"], memberIds: ["m1"], agencyId: "a1" });
    expect(hints).toEqual({ status: "CONFIRMED", visibility: "PARTICIPANTS", delegationIds: ["d1"], memberIds: ["m1"], agencyId: "a1" });
    expect(scopeHints({ title: "only content" })).toBeUndefined();
    expect(scopeHints(null)).toBeUndefined();
  });

  it("names the audit entry instead of hints that would pass the payload limit", () => {
    const many = Array.from({ length: 600 }, (_, i) => `cmdelegation${String(i).padStart(13, "0")}`);
    const payload = noticePayload({ s: "s1", e: "ProgrammeItem", ids: ["i1"], b: { status: "CONFIRMED", visibility: "PARTICIPANTS", delegationIds: many } }, "audit-1");
    expect(Buffer.byteLength(payload)).toBeLessThanOrEqual(MAX_PAYLOAD_BYTES);
    expect(JSON.parse(payload)).toEqual({ s: "s1", e: "ProgrammeItem", ids: ["i1"], r: "audit-1" });
    const small = noticePayload({ s: "s1", e: "ProgrammeItem", ids: ["i1"], b: { status: "DRAFT" } }, "audit-2");
    expect(JSON.parse(small)).toEqual({ s: "s1", e: "ProgrammeItem", ids: ["i1"], b: { status: "DRAFT" } });
  });
});

describe("mayHear", () => {
  const hidden = { status: "CONFIRMED", visibility: "PARTICIPANTS", delegationIds: ["nl"], agencyIds: [] };
  it("staff hear every change; others only what they could see before or after it", () => {
    expect(mayHear(actor("PLANNER"), audience({ items: [hidden] }))).toBe(true);
    expect(mayHear(actor("ADMIN"), audience())).toBe(true);
    expect(mayHear(actor("LIAISON", { delegationIds: ["be"] }), audience({ items: [hidden] }))).toBe(false);
    expect(mayHear(actor("LIAISON", { delegationIds: ["nl"] }), audience({ items: [hidden] }))).toBe(true);
    expect(mayHear(actor("LIAISON", { delegationIds: ["be"] }), audience({ items: [hidden, { ...hidden, delegationIds: ["be"] }] }))).toBe(true);
    expect(mayHear(actor("VIEWER"), audience({ items: [{ ...hidden, visibility: "ALL_DELEGATIONS" }] }))).toBe(false);
    expect(mayHear(actor("VIEWER"), audience({ items: [{ ...hidden, visibility: "PUBLIC" }] }))).toBe(true);
    expect(mayHear(actor("LIAISON", { delegationIds: ["nl"] }), audience({ items: [{ ...hidden, status: "DRAFT" }] }))).toBe(false);
  });

  it("a delegation's and an agency's own changes reach only its liaisons and coordinators", () => {
    const own = audience({ delegationIds: new Set(["nl"]), agencyIds: new Set(["police"]) });
    expect(mayHear(actor("LIAISON", { delegationIds: ["nl"] }), own)).toBe(true);
    expect(mayHear(actor("LIAISON", { delegationIds: ["be"] }), own)).toBe(false);
    expect(mayHear(actor("AGENCY", { agencyId: "police" }), own)).toBe(true);
    expect(mayHear(actor("AGENCY", { agencyId: "army" }), own)).toBe(false);
    expect(mayHear(actor("VIEWER"), own)).toBe(false);
    expect(mayHear(actor("VIEWER"), audience({ everyone: true }))).toBe(true);
  });
});

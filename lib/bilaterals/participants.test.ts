import { describe, expect, it } from "vitest";
import { phraseText } from "@/lib/i18n";
import { participantsAtLevel, type MemberRow } from "./participants";

const m = (id: string, delegationId: string, fn: MemberRow["function"], precedence: number): MemberRow => ({
  id, delegationId, title: id, function: fn, precedence,
});
const MEMBERS = [
  m("ua-head", "ua", "HEAD_OF_STATE_OR_GOVERNMENT", 1),
  m("ua-fm", "ua", "FOREIGN_MINISTER", 2),
  m("ua-dm", "ua", "DEFENCE_MINISTER", 3),
  m("us-dm", "us", "DEFENCE_MINISTER", 3),
  m("us-head", "us", "HEAD_OF_STATE_OR_GOVERNMENT", 1),
  // An organisation led by someone who is not a head of state (NATO's Secretary General).
  m("nato-sg", "nato", "OTHER", 1),
  // Two presidents; the more senior one leads.
  m("eu-council", "eu", "HEAD_OF_STATE_OR_GOVERNMENT", 3),
  m("eu-commission", "eu", "HEAD_OF_STATE_OR_GOVERNMENT", 2),
  m("eu-sherpa", "eu", "SHERPA", 5),
];
const party = (id: string) => ({ id, name: id.toUpperCase() });

describe("participants at a level", () => {
  it("principals: the precedence-1 member, else the most senior head of state or government", () => {
    expect(participantsAtLevel("PRINCIPAL", [party("ua"), party("us"), party("nato"), party("eu")], MEMBERS)).toEqual({
      ok: true,
      members: [MEMBERS[0], MEMBERS[4], MEMBERS[5], MEMBERS[7]],
    });
  });

  it("ministers: the foreign minister, else the defence minister", () => {
    const r = participantsAtLevel("MINISTER", [party("ua"), party("us")], MEMBERS);
    expect(r.ok && r.members.map((x) => x.id)).toEqual(["ua-fm", "us-dm"]);
  });

  it("names every party without anyone at the level", () => {
    expect(participantsAtLevel("MINISTER", [party("ua"), party("nato"), party("eu")], MEMBERS)).toMatchObject({
      ok: false,
      errors: ["NATO has no foreign or defence minister listed.", "EU has no foreign or defence minister listed."],
    });
    const none = participantsAtLevel("PRINCIPAL", [party("xx")], MEMBERS);
    expect(none).toMatchObject({ ok: false, errors: ["XX has no principal listed."] });
    // The same reasons for a Dutch reader (the bilateral pages and the request form's refusal).
    expect(!none.ok && none.said.map((p) => phraseText(p, "nl"))).toEqual(["Voor XX is geen hoofdpersoon vastgelegd."]);
  });
});

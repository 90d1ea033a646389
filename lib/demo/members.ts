// Delegation members. Every ally brings its head of state or government with the foreign and
// defence ministers (a fact of the summit); the host and the largest delegations also list a
// sherpa and security or interpreting staff. Personal names stay empty: the report names
// offices, not people, and titles are what the programme prints.
import { MemberFunction } from "@/lib/generated/prisma/enums";

import { DEMO_ALLIES, demoDelegation, type DemoDelegation } from "./delegations";

/** Stable per-delegation key of a member, part of its id (see ids.ts). */
export type MemberKey =
  | "head"
  | "fm"
  | "dm"
  | "sherpa"
  | "interpreter"
  | "security"
  | "council"
  | "deputy"
  | "state-secretary-defence"
  | "state-secretary-trade";

export interface DemoMember {
  delegation: string;
  key: MemberKey;
  title: string;
  function: MemberFunction;
  precedence: number;
}

/** A reference to one member, as used by programme participations. */
export interface MemberRef {
  delegation: string;
  key: MemberKey;
}

export const member = (delegation: string, key: MemberKey): MemberRef => ({ delegation, key });

const F = MemberFunction;

function row(d: DemoDelegation, key: MemberKey, title: string, fn: MemberFunction, precedence: number): DemoMember {
  return { delegation: d.code, key, title, function: fn, precedence };
}

// Offices whose holders carry another title than "Foreign/Defence Minister" (as of June 2025).
const FOREIGN_TITLE: Record<string, string> = {
  US: "Secretary of State of the United States",
  GB: "Foreign Secretary of the United Kingdom",
};
const DEFENCE_TITLE: Record<string, string> = {
  US: "Secretary of Defense of the United States",
  GB: "Defence Secretary of the United Kingdom",
};

function principal(d: DemoDelegation): DemoMember {
  const office = d.headOffice ?? "President";
  return row(d, "head", `${office} of ${d.ofName}`, F.HEAD_OF_STATE_OR_GOVERNMENT, 1);
}

function ministers(d: DemoDelegation): DemoMember[] {
  return [
    row(d, "fm", FOREIGN_TITLE[d.code] ?? `Foreign Minister of ${d.ofName}`, F.FOREIGN_MINISTER, 2),
    row(d, "dm", DEFENCE_TITLE[d.code] ?? `Defence Minister of ${d.ofName}`, F.DEFENCE_MINISTER, 3),
  ];
}

const sherpa = (d: DemoDelegation) => row(d, "sherpa", `Sherpa of ${d.ofName}`, F.SHERPA, 4);
const interpreter = (d: DemoDelegation) => row(d, "interpreter", `Interpreter of ${d.ofName}`, F.INTERPRETER, 9);
const security = (d: DemoDelegation) => row(d, "security", `Head of Security of ${d.ofName}`, F.SECURITY, 10);

/** Staff beyond the principal and ministers, for the host and the largest delegations. */
const EXTRAS: Record<string, (d: DemoDelegation) => DemoMember[]> = {
  NL: (d) => [
    sherpa(d),
    // Both attended the Defence Captains of Industry Dinner with the defence minister.
    row(d, "state-secretary-defence", "State Secretary for Defence of the Netherlands", F.OTHER, 5),
    row(d, "state-secretary-trade", "State Secretary for Foreign Trade of the Netherlands", F.OTHER, 6),
    security(d),
  ],
  US: (d) => [sherpa(d), security(d)],
  GB: (d) => [sherpa(d), security(d)],
  FR: (d) => [sherpa(d), interpreter(d), security(d)],
  DE: (d) => [sherpa(d), interpreter(d), security(d)],
  TR: (d) => [sherpa(d), interpreter(d), security(d)],
};

function allyMembers(d: DemoDelegation): DemoMember[] {
  return [principal(d), ...ministers(d), ...(EXTRAS[d.code]?.(d) ?? [])];
}

const PARTNER_MEMBERS: readonly DemoMember[] = [
  { delegation: "UA", key: "head", title: "President of Ukraine", function: F.HEAD_OF_STATE_OR_GOVERNMENT, precedence: 1 },
  { delegation: "UA", key: "fm", title: "Foreign Minister of Ukraine", function: F.FOREIGN_MINISTER, precedence: 2 },
  { delegation: "UA", key: "dm", title: "Defence Minister of Ukraine", function: F.DEFENCE_MINISTER, precedence: 3 },
  interpreter(demoDelegation("UA")),
  { delegation: "AU", key: "head", title: "Prime Minister of Australia", function: F.HEAD_OF_STATE_OR_GOVERNMENT, precedence: 1 },
  { delegation: "AU", key: "dm", title: "Defence Minister of Australia", function: F.DEFENCE_MINISTER, precedence: 3 },
  { delegation: "JP", key: "head", title: "Prime Minister of Japan", function: F.HEAD_OF_STATE_OR_GOVERNMENT, precedence: 1 },
  { delegation: "JP", key: "fm", title: "Foreign Minister of Japan", function: F.FOREIGN_MINISTER, precedence: 2 },
  { delegation: "NZ", key: "head", title: "Prime Minister of New Zealand", function: F.HEAD_OF_STATE_OR_GOVERNMENT, precedence: 1 },
  { delegation: "NZ", key: "dm", title: "Defence Minister of New Zealand", function: F.DEFENCE_MINISTER, precedence: 3 },
  { delegation: "KR", key: "head", title: "President of South Korea", function: F.HEAD_OF_STATE_OR_GOVERNMENT, precedence: 1 },
  { delegation: "KR", key: "fm", title: "Foreign Minister of South Korea", function: F.FOREIGN_MINISTER, precedence: 2 },
  // The EU is represented by both presidents; the High Representative joined the NUC dinner.
  { delegation: "EU", key: "head", title: "President of the European Commission", function: F.HEAD_OF_STATE_OR_GOVERNMENT, precedence: 1 },
  { delegation: "EU", key: "council", title: "President of the European Council", function: F.HEAD_OF_STATE_OR_GOVERNMENT, precedence: 2 },
  { delegation: "EU", key: "fm", title: "EU High Representative", function: F.FOREIGN_MINISTER, precedence: 3 },
  // NATO's officials are not heads of government: OTHER keeps them out of "heads" filters.
  { delegation: "NATO", key: "head", title: "Secretary General of NATO", function: F.OTHER, precedence: 1 },
  { delegation: "NATO", key: "deputy", title: "Deputy Secretary General of NATO", function: F.OTHER, precedence: 2 },
];

export const DEMO_MEMBERS: readonly DemoMember[] = [...DEMO_ALLIES.flatMap(allyMembers), ...PARTNER_MEMBERS];

// Who meets in a bilateral, by level: for principals each delegation's principal (precedence 1,
// else its most senior head of state or government); for ministers each delegation's foreign
// minister, else its defence minister. Pure: the finder and the confirmation both use it.
import type { BilateralLevel, MemberFunction } from "@/lib/generated/prisma/enums";
import { englishPhrase } from "@/lib/i18n";
import { phrase, type Phrase } from "@/lib/i18n/conflict-phrases";

export type MemberRow = { id: string; delegationId: string; title: string; function: MemberFunction; precedence: number };
export type PartyRef = { id: string; name: string };

export type ParticipantsResult =
  | { ok: true; members: MemberRow[] }
  | { ok: false; errors: string[]; said: Phrase[] };

const mostSenior = (members: readonly MemberRow[]): MemberRow | undefined =>
  [...members].sort((a, b) => a.precedence - b.precedence || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))[0];

function pick(level: BilateralLevel, own: readonly MemberRow[]): MemberRow | undefined {
  const withFunction = (fn: MemberFunction) => mostSenior(own.filter((m) => m.function === fn));
  if (level === "PRINCIPAL") return own.find((m) => m.precedence === 1) ?? withFunction("HEAD_OF_STATE_OR_GOVERNMENT");
  return withFunction("FOREIGN_MINISTER") ?? withFunction("DEFENCE_MINISTER");
}

/** One member per party, in party order; or, per party without one, why not. */
export function participantsAtLevel(level: BilateralLevel, parties: readonly PartyRef[], members: readonly MemberRow[]): ParticipantsResult {
  const chosen: MemberRow[] = [];
  const said: Phrase[] = [];
  for (const party of parties) {
    const member = pick(level, members.filter((m) => m.delegationId === party.id));
    if (member) chosen.push(member);
    else said.push(phrase(level === "PRINCIPAL" ? "noPrincipalListed" : "noMinisterListed", party.name));
  }
  return said.length > 0 ? { ok: false, errors: said.map(englishPhrase), said } : { ok: true, members: chosen };
}

// The order of precedence, generated from a rule: heads of state before heads of government, then
// by the chosen key (names in a language, date of taking office, or the order already set by hand).
// Partners and international organisations stand after the allies, before them, or among them by
// the same rule (placed by hand afterwards). Pure: the caller loads the delegations.

export type DelegationKindName = "ALLY" | "PARTNER" | "ORGANISATION";
export type HeadOfName = "STATE" | "GOVERNMENT";
export type PrecedenceKeyName = "ALPHABETICAL" | "TAKING_OFFICE" | "MANUAL";
export type OthersPlacementName = "AFTER_ALLIES" | "BEFORE_ALLIES" | "MANUAL";
export type PrecedenceLanguage = "en" | "fr" | "nl";

export const PRECEDENCE_LANGUAGES: readonly PrecedenceLanguage[] = ["en", "fr", "nl"];

export type PrecedenceDelegation = {
  id: string;
  code: string;
  name: string;
  nameFr: string | null;
  nameNl: string | null;
  kind: DelegationKindName;
  /** The principal's office; null: not known (ranked after the heads of government). */
  headOf: HeadOfName | null;
  takingOfficeOn: Date | null;
};

export type PrecedenceRule = {
  key: PrecedenceKeyName;
  language: PrecedenceLanguage;
  others: OthersPlacementName;
};

/** 0: head of state, 1: head of government, 2: not known. */
export function rankOf(d: Pick<PrecedenceDelegation, "headOf">): number {
  return d.headOf === "STATE" ? 0 : d.headOf === "GOVERNMENT" ? 1 : 2;
}

export function nameIn(d: Pick<PrecedenceDelegation, "name" | "nameFr" | "nameNl">, language: PrecedenceLanguage): string {
  if (language === "fr") return d.nameFr || d.name;
  if (language === "nl") return d.nameNl || d.name;
  return d.name;
}

/**
 * Delegation ids, most senior first. `current` is the order set before (used by the MANUAL key
 * and to keep partners and organisations where a planner put them when they are placed by hand).
 */
export function generatePrecedence(delegations: readonly PrecedenceDelegation[], rule: PrecedenceRule, current: readonly string[] = []): string[] {
  const collator = new Intl.Collator(rule.language, { sensitivity: "base", numeric: true });
  const was = new Map(current.map((id, i) => [id, i]));
  const byName = (a: PrecedenceDelegation, b: PrecedenceDelegation) =>
    collator.compare(nameIn(a, rule.language), nameIn(b, rule.language)) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
  const byKey = (a: PrecedenceDelegation, b: PrecedenceDelegation): number => {
    if (rule.key === "TAKING_OFFICE") {
      // Longest in office first; an unknown date after every known one; ties by name.
      const ta = a.takingOfficeOn?.getTime() ?? Infinity;
      const tb = b.takingOfficeOn?.getTime() ?? Infinity;
      if (ta !== tb) return ta < tb ? -1 : 1;
      return byName(a, b);
    }
    if (rule.key === "MANUAL") {
      const pa = was.get(a.id) ?? Infinity;
      const pb = was.get(b.id) ?? Infinity;
      if (pa !== pb) return pa < pb ? -1 : 1;
      return byName(a, b);
    }
    return byName(a, b);
  };
  const byRank = (a: PrecedenceDelegation, b: PrecedenceDelegation) => rankOf(a) - rankOf(b) || byKey(a, b);
  const allies = delegations.filter((d) => d.kind === "ALLY").sort(byRank);
  // Partners before organisations: a state's leader before an organisation's officer.
  const partners = delegations.filter((d) => d.kind === "PARTNER").sort(byRank);
  const organisations = delegations.filter((d) => d.kind === "ORGANISATION").sort(byRank);
  const others = [...partners, ...organisations];
  if (rule.others === "BEFORE_ALLIES") return [...others, ...allies].map((d) => d.id);
  if (rule.others === "AFTER_ALLIES") return [...allies, ...others].map((d) => d.id);
  // By hand: those already placed keep their place among the ranked allies; new ones go last.
  const ranked = allies.map((d) => d.id);
  const placed = others.filter((d) => was.has(d.id)).sort((a, b) => was.get(a.id)! - was.get(b.id)!);
  const result = [...ranked];
  for (const d of placed) {
    const position = Math.min(was.get(d.id)!, result.length);
    result.splice(position, 0, d.id);
  }
  return [...result, ...others.filter((d) => !was.has(d.id)).map((d) => d.id)];
}

/** Move one entry of an order from `from` to `to` (both 0-based); the others keep their order. */
export function moveEntry<T>(order: readonly T[], from: number, to: number): T[] {
  const next = [...order];
  if (from < 0 || from >= next.length) return next;
  const [entry] = next.splice(from, 1);
  next.splice(Math.max(0, Math.min(to, next.length)), 0, entry);
  return next;
}

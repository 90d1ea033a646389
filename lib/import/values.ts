// Cell values as the record fields they stand for: the enum values by their code, their English
// or Dutch name (from the dictionaries the exports use, so what the app prints it also reads) or a
// few common synonyms; whole numbers; optional text.
import {
  DelegationKind,
  MemberFunction,
  TaskType,
  VenueKind,
} from "@/lib/generated/prisma/enums";
import { en } from "@/lib/i18n/en";
import { nl } from "@/lib/i18n/nl";
import type { Parsed } from "./datetime";
import { cellText, normalizeHeader } from "./text";
import type { Cell } from "./types";

type Words<T extends string> = Partial<Record<T, readonly string[]>>;

function enumReader<T extends string>(values: readonly T[], ...words: Words<T>[]) {
  const table = new Map<string, T>();
  for (const value of values) table.set(normalizeHeader(value), value);
  for (const extra of words) {
    for (const [value, names] of Object.entries(extra) as [T, readonly string[]][]) for (const name of names) table.set(normalizeHeader(name), value);
  }
  return (cell: Cell | undefined): T | null => table.get(normalizeHeader(cellText(cell))) ?? null;
}

const labels = <T extends string>(...dicts: Record<T, string>[]): Words<T> => {
  const out: Partial<Record<T, string[]>> = {};
  for (const dict of dicts) for (const [key, label] of Object.entries(dict) as [T, string][]) (out[key] ??= []).push(label);
  return out;
};

export const DELEGATION_KIND_WORDS: Words<DelegationKind> = { ALLY: ["Ally", "Bondgenoot", "Lid", "Member"], PARTNER: ["Partner", "Partnerland"], ORGANISATION: ["Organisation", "Organization", "Organisatie", "Internationale organisatie"] };
export const VENUE_KIND_WORDS: Words<VenueKind> = {
  CONFERENCE: ["Conference", "Conference centre", "Congres", "Congrescentrum"],
  PALACE: ["Palace", "Paleis"],
  AIRPORT: ["Airport", "Luchthaven", "Vliegveld"],
  HOTEL: ["Hotel"],
  OTHER: ["Other", "Overig", "Anders"],
};

export const readDelegationKind = enumReader(Object.values(DelegationKind), DELEGATION_KIND_WORDS);
export const readVenueKind = enumReader(Object.values(VenueKind), VENUE_KIND_WORDS);
export const readMemberFunction = enumReader(Object.values(MemberFunction), labels(en.memberFunction, nl.memberFunction), {
  HEAD_OF_STATE_OR_GOVERNMENT: ["Head of state", "Head of government", "Principal", "President", "Prime Minister", "Staatshoofd", "Regeringsleider", "Premier"],
  FOREIGN_MINISTER: ["Minister of Foreign Affairs", "Buitenlandse Zaken"],
  DEFENCE_MINISTER: ["Defense minister", "Minister of Defence", "Minister of Defense", "Defensie"],
  INTERPRETER: ["Translator", "Vertaler"],
  SECURITY: ["Security officer", "Bodyguard", "Beveiliger"],
});
export const readDirection = enumReader(["ARRIVAL", "DEPARTURE"] as const, { ARRIVAL: [en.movementKind.ARRIVAL, nl.movementKind.ARRIVAL, "Arr", "In", "Inbound", "Landing"], DEPARTURE: [en.movementKind.DEPARTURE, nl.movementKind.DEPARTURE, "Dep", "Out", "Outbound", "Take-off"] });
export const readTaskType = enumReader(Object.values(TaskType), labels(en.tasks.type, nl.tasks.type));

/** How a field's value reads in a preview, an error or an export (enum values by their English name). */
export const ENUM_LABELS: Record<string, Record<string, string>> = {
  kind: { ALLY: "Ally", PARTNER: "Partner", ORGANISATION: "Organisation" },
  venueKind: { CONFERENCE: "Conference", PALACE: "Palace", AIRPORT: "Airport", HOTEL: "Hotel", OTHER: "Other" },
  function: en.memberFunction,
  principalLevel: en.memberFunction,
  direction: en.movementKind,
  type: en.tasks.type,
};

/** A whole number within bounds; empty gives null. */
export function readInt(cell: Cell | undefined, min: number, max: number): Parsed<number | null> {
  const text = cellText(cell);
  if (text === "") return { ok: true, value: null };
  const n = typeof cell === "number" ? cell : Number(text.replace(/\s/g, ""));
  if (!Number.isInteger(n)) return { ok: false, message: `"${text}" is not a whole number.` };
  if (n < min || n > max) return { ok: false, message: `${n} is outside ${min}–${max}.` };
  return { ok: true, value: n };
}

/** Text with surrounding space removed; empty gives null. */
export function readText(cell: Cell | undefined): string | null {
  const text = cellText(cell);
  return text === "" ? null : text;
}

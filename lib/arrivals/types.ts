// Shared shapes of the arrivals domain: what the pages, exports and tests read.
import type { PrecedenceKeyName, OthersPlacementName, PrecedenceLanguage } from "./internal/precedence";

export type PrecedenceRow = {
  position: number;
  delegationId: string;
  code: string;
  name: string;
  kind: "ALLY" | "PARTNER" | "ORGANISATION";
  headOf: "STATE" | "GOVERNMENT" | null;
  principal: string | null;
};

export type PrecedenceView = {
  key: PrecedenceKeyName;
  language: PrecedenceLanguage;
  others: OthersPlacementName;
  setByName: string | null;
  setAt: Date | null;
  /** 0: no list saved yet (the rows are a proposal from the default rule). */
  version: number;
  rows: PrecedenceRow[];
};

export type ArrivalRow = {
  position: number;
  delegationId: string;
  code: string;
  party: string;
  principal: string | null;
  arrivesAt: Date;
  offsetMinutes: number;
  departsAt: Date | null;
  fromPlace: string | null;
  movementId: string | null;
};

export type SequenceView = {
  id: string;
  version: number;
  item: { id: string; title: string; startsAt: Date; endsAt: Date; venueName: string | null };
  entrance: { id: string; name: string; minGapMinutes: number };
  seniorLast: boolean;
  intervalMinutes: number;
  groupGapMinutes: number;
  greetingMinutes: number;
  pressMinutes: number;
  windowMinutes: number;
  greeter: string;
  escortAgencyId: string | null;
  rows: ArrivalRow[];
};

export type ReplanChange = {
  delegationId: string;
  party: string;
  fromPosition: number;
  toPosition: number;
  from: Date;
  to: Date;
};

export type ReplanPreview = { changes: ReplanChange[]; overrun: string[]; version: number };

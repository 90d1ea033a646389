// The delegations: the 32 allies, the partners invited (Ukraine, Australia, Japan, New Zealand,
// South Korea and the EU) and NATO itself. Who took part is fact (the government's report);
// flights, hotels, party sizes and times are demo values, chosen so that every delegation has
// landed before its first programme item and leaves after its last one. The partners other than
// Ukraine have no part in the Council of 25 June and fly home that morning.
import { DelegationKind } from "@/lib/generated/prisma/enums";

import { at } from "./time";
import type { AirportKey, HotelKey } from "./venues";

export type HeadOffice = "Prime Minister" | "President" | "Chancellor";

export interface DemoFlight {
  airport: AirportKey;
  flight: string;
  at: Date;
}

export interface DemoDelegation {
  code: string;
  name: string;
  /** The name as it follows "of" in a title: "Prime Minister of the Netherlands". */
  ofName: string;
  kind: DelegationKind;
  /** Office of the principal; null for the organisations, whose titles are written out. */
  headOffice: HeadOffice | null;
  homeTimeZone: string;
  /** null for the host, whose leaders sleep at home. */
  hotel: HotelKey | null;
  arrival: DemoFlight | null;
  departure: DemoFlight | null;
  /** People on the aircraft and in the motorcade. */
  partySize: number;
}

interface Travel {
  hotel: HotelKey;
  airport: AirportKey;
  flight: string;
  arrives: [number, string];
  /** Local time of departure on 25 June. */
  departs: string;
  party: number;
}

function delegation(
  code: string,
  name: string,
  ofName: string,
  kind: DelegationKind,
  headOffice: HeadOffice | null,
  homeTimeZone: string,
  travel: Travel,
): DemoDelegation {
  const { airport, flight } = travel;
  return {
    code,
    name,
    ofName,
    kind,
    headOffice,
    homeTimeZone,
    hotel: travel.hotel,
    arrival: { airport, flight, at: at(travel.arrives[0], travel.arrives[1]) },
    departure: { airport, flight, at: at(25, travel.departs) },
    partySize: travel.party,
  };
}

const ally = (code: string, name: string, ofName: string, head: HeadOffice, tz: string, travel: Travel) =>
  delegation(code, name, ofName, DelegationKind.ALLY, head, tz, travel);

const partner = (code: string, name: string, head: HeadOffice, tz: string, travel: Travel) =>
  delegation(code, name, name, DelegationKind.PARTNER, head, tz, travel);

const T = (hotel: HotelKey, airport: AirportKey, flight: string, arrives: [number, string], departs: string, party: number): Travel =>
  ({ hotel, airport, flight, arrives, departs, party });

const S = "schiphol";
const R = "rotterdam-airport";

/** The host: no flight, no hotel; its programme starts at home in The Hague. */
const HOST: DemoDelegation = {
  code: "NL",
  name: "Netherlands",
  ofName: "the Netherlands",
  kind: DelegationKind.ALLY,
  headOffice: "Prime Minister",
  homeTimeZone: "Europe/Amsterdam",
  hotel: null,
  arrival: null,
  departure: null,
  partySize: 12,
};

export const DEMO_ALLIES: readonly DemoDelegation[] = [
  ally("AL", "Albania", "Albania", "Prime Minister", "Europe/Tirane", T("kurhaus", S, "ALB 01", [24, "11:20"], "16:10", 18)),
  ally("BE", "Belgium", "Belgium", "Prime Minister", "Europe/Brussels", T("hilton", R, "BAF 01", [24, "12:15"], "15:30", 25)),
  ally("BG", "Bulgaria", "Bulgaria", "President", "Europe/Sofia", T("kurhaus", S, "BGF 001", [24, "10:05"], "16:40", 22)),
  ally("CA", "Canada", "Canada", "Prime Minister", "America/Toronto", T("des-indes", S, "CFC 001", [23, "21:30"], "17:20", 45)),
  ally("HR", "Croatia", "Croatia", "Prime Minister", "Europe/Zagreb", T("kurhaus", S, "CRO 01", [24, "11:50"], "15:50", 20)),
  ally("CZ", "Czechia", "Czechia", "President", "Europe/Prague", T("hilton", S, "CEF 001", [24, "09:40"], "16:20", 24)),
  ally("DK", "Denmark", "Denmark", "Prime Minister", "Europe/Copenhagen", T("marriott", S, "DAF 01", [24, "13:10"], "15:40", 24)),
  ally("EE", "Estonia", "Estonia", "President", "Europe/Tallinn", T("marriott", S, "EST 01", [24, "12:40"], "16:50", 16)),
  ally("FI", "Finland", "Finland", "President", "Europe/Helsinki", T("marriott", S, "FAF 01", [24, "11:05"], "17:00", 22)),
  ally("FR", "France", "France", "President", "Europe/Paris", T("des-indes", S, "CTM 001", [24, "15:20"], "15:20", 60)),
  ally("DE", "Germany", "Germany", "Chancellor", "Europe/Berlin", T("des-indes", S, "GAF 001", [24, "14:30"], "15:45", 60)),
  ally("GR", "Greece", "Greece", "Prime Minister", "Europe/Athens", T("kurhaus", S, "HAF 001", [24, "10:25"], "17:10", 28)),
  ally("HU", "Hungary", "Hungary", "Prime Minister", "Europe/Budapest", T("hilton", S, "HUF 001", [24, "13:35"], "15:10", 24)),
  ally("IS", "Iceland", "Iceland", "Prime Minister", "Atlantic/Reykjavik", T("marriott", S, "FI 500", [23, "19:55"], "14:50", 12)),
  ally("IT", "Italy", "Italy", "Prime Minister", "Europe/Rome", T("des-indes", S, "IAM 3001", [24, "16:05"], "15:00", 45)),
  ally("LV", "Latvia", "Latvia", "President", "Europe/Riga", T("marriott", S, "BT 617", [24, "10:50"], "16:30", 16)),
  ally("LT", "Lithuania", "Lithuania", "President", "Europe/Vilnius", T("marriott", S, "LYF 01", [24, "11:35"], "16:00", 18)),
  ally("LU", "Luxembourg", "Luxembourg", "Prime Minister", "Europe/Luxembourg", T("hilton", R, "LUX 01", [24, "14:45"], "15:20", 12)),
  ally("ME", "Montenegro", "Montenegro", "President", "Europe/Podgorica", T("kurhaus", S, "MNE 01", [24, "12:05"], "16:45", 14)),
  HOST,
  ally("MK", "North Macedonia", "North Macedonia", "President", "Europe/Skopje", T("kurhaus", S, "MKD 01", [24, "12:25"], "16:15", 14)),
  ally("NO", "Norway", "Norway", "Prime Minister", "Europe/Oslo", T("marriott", S, "NOW 01", [24, "13:50"], "15:55", 24)),
  ally("PL", "Poland", "Poland", "President", "Europe/Warsaw", T("des-indes", S, "PLF 101", [24, "10:15"], "16:25", 40)),
  ally("PT", "Portugal", "Portugal", "Prime Minister", "Europe/Lisbon", T("kurhaus", S, "TP 662", [24, "12:55"], "17:30", 22)),
  ally("RO", "Romania", "Romania", "President", "Europe/Bucharest", T("kurhaus", S, "ROF 01", [24, "11:10"], "16:35", 26)),
  ally("SK", "Slovakia", "Slovakia", "President", "Europe/Bratislava", T("hilton", S, "SSG 001", [24, "12:30"], "15:35", 18)),
  ally("SI", "Slovenia", "Slovenia", "Prime Minister", "Europe/Ljubljana", T("kurhaus", S, "SVN 01", [24, "13:20"], "15:25", 16)),
  ally("ES", "Spain", "Spain", "Prime Minister", "Europe/Madrid", T("kurhaus", S, "AME 01", [24, "14:10"], "15:05", 40)),
  ally("SE", "Sweden", "Sweden", "Prime Minister", "Europe/Stockholm", T("marriott", S, "SVF 001", [24, "10:35"], "16:05", 24)),
  ally("TR", "Türkiye", "Türkiye", "President", "Europe/Istanbul", T("des-indes", S, "TC-TRK", [24, "15:40"], "16:55", 55)),
  ally("GB", "United Kingdom", "the United Kingdom", "Prime Minister", "Europe/London", T("des-indes", S, "RRR 2001", [24, "11:45"], "15:15", 60)),
  ally("US", "United States", "the United States", "President", "America/New_York", T("huis-ter-duin", S, "Air Force One", [24, "16:30"], "17:00", 150)),
];

export const DEMO_PARTNERS: readonly DemoDelegation[] = [
  partner("UA", "Ukraine", "President", "Europe/Kyiv", T("des-indes", R, "UKR 01", [24, "08:30"], "16:30", 30)),
  partner("AU", "Australia", "Prime Minister", "Australia/Sydney", T("hilton", S, "ASY 01", [23, "18:40"], "10:30", 24)),
  partner("JP", "Japan", "Prime Minister", "Asia/Tokyo", T("hilton", S, "JF 001", [23, "20:15"], "11:00", 35)),
  partner("NZ", "New Zealand", "Prime Minister", "Pacific/Auckland", T("hilton", S, "KIWI 01", [23, "22:05"], "09:45", 18)),
  partner("KR", "South Korea", "President", "Asia/Seoul", T("hilton", S, "KAF 001", [24, "07:50"], "10:15", 35)),
  delegation("EU", "European Union", "the European Union", DelegationKind.ORGANISATION, null, "Europe/Brussels",
    T("hilton", R, "Charter EC 01", [24, "08:10"], "11:30", 30)),
];

/** NATO's own delegation: the Secretary General and the Deputy Secretary General. */
export const DEMO_NATO: DemoDelegation = delegation("NATO", "NATO", "NATO", DelegationKind.ORGANISATION, null, "Europe/Brussels",
  T("marriott", R, "Charter NATO 01", [23, "17:30"], "19:00", 40));

export const DEMO_DELEGATIONS: readonly DemoDelegation[] = [...DEMO_ALLIES, ...DEMO_PARTNERS, DEMO_NATO];

export function demoDelegation(code: string): DemoDelegation {
  const found = DEMO_DELEGATIONS.find((d) => d.code === code);
  if (!found) throw new Error(`Demo data: no delegation ${code}`);
  return found;
}

// The agencies that made the summit run (fact: police, armed forces, NCTV, intelligence
// services, Rijkswaterstaat, Schiphol and the three municipalities), and the coverage rules that
// say which programme items and movements must have which kind of agency task.
import { AgencyKind, CoverageTarget, MemberFunction, MovementKind, TaskType } from "@/lib/generated/prisma/enums";

import type { VenueKey } from "./venues";

export interface DemoAgency {
  name: string;
  shortName: string;
  kind: AgencyKind;
}

export const DEMO_AGENCIES: readonly DemoAgency[] = [
  { name: "National Police", shortName: "Police", kind: AgencyKind.POLICE },
  // The Marechaussee is a branch of the armed forces (it guards Schiphol and the royal palaces).
  { name: "Royal Netherlands Marechaussee", shortName: "KMar", kind: AgencyKind.MILITARY },
  { name: "Ministry of Defence", shortName: "Defence", kind: AgencyKind.MILITARY },
  { name: "National Coordinator for Security and Counterterrorism", shortName: "NCTV", kind: AgencyKind.SECURITY },
  { name: "General Intelligence and Security Service", shortName: "AIVD", kind: AgencyKind.INTELLIGENCE },
  { name: "Rijkswaterstaat", shortName: "RWS", kind: AgencyKind.ROADS },
  { name: "Schiphol Airport", shortName: "Schiphol", kind: AgencyKind.AIRPORT },
  { name: "Municipality of The Hague", shortName: "The Hague", kind: AgencyKind.MUNICIPALITY },
  { name: "Municipality of Haarlemmermeer", shortName: "Haarlemmermeer", kind: AgencyKind.MUNICIPALITY },
  { name: "Municipality of Rotterdam", shortName: "Rotterdam", kind: AgencyKind.MUNICIPALITY },
];

export interface DemoCoverageRule {
  key: string;
  target: CoverageTarget;
  venue: VenueKey | null;
  movementKind: MovementKind | null;
  principalLevel: MemberFunction | null;
  requiredType: TaskType;
  description: string;
}

const HEAD = MemberFunction.HEAD_OF_STATE_OR_GOVERNMENT;

export const DEMO_COVERAGE_RULES: readonly DemoCoverageRule[] = [
  {
    key: "head-escort",
    target: CoverageTarget.MOVEMENT,
    venue: null,
    movementKind: null,
    principalLevel: HEAD,
    requiredType: TaskType.ESCORT,
    description: "Every movement of a head of state or government has a police escort.",
  },
  {
    key: "head-road-closure",
    target: CoverageTarget.MOVEMENT,
    venue: null,
    movementKind: null,
    principalLevel: HEAD,
    requiredType: TaskType.ROAD_CLOSURE,
    description: "Every movement of a head of state or government has its roads closed.",
  },
  {
    key: "arrival-handling",
    target: CoverageTarget.MOVEMENT,
    venue: null,
    movementKind: MovementKind.ARRIVAL,
    principalLevel: null,
    requiredType: TaskType.AIRPORT_HANDLING,
    description: "Every arrival is handled at the airport.",
  },
  {
    key: "palace-perimeter",
    target: CoverageTarget.ITEM,
    venue: "huis-ten-bosch",
    movementKind: null,
    principalLevel: null,
    requiredType: TaskType.SECURITY_PERIMETER,
    description: "Every programme item at Huis ten Bosch has a security perimeter.",
  },
];

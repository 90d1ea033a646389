// The agencies that made the summit run (fact: police, armed forces, NCTV, intelligence
// services, Rijkswaterstaat, Schiphol and the three municipalities), and the coverage rules that
// say which programme items and movements must have which kind of agency task.
import { CoverageTarget, MemberFunction, MovementKind, TaskType } from "@/lib/generated/prisma/enums";

import type { VenueKey } from "./venues";

export interface DemoAgency {
  name: string;
  shortName: string;
}

export const DEMO_AGENCIES: readonly DemoAgency[] = [
  { name: "National Police", shortName: "Police" },
  { name: "Royal Netherlands Marechaussee", shortName: "KMar" },
  { name: "Ministry of Defence", shortName: "Defence" },
  { name: "National Coordinator for Security and Counterterrorism", shortName: "NCTV" },
  { name: "General Intelligence and Security Service", shortName: "AIVD" },
  { name: "Rijkswaterstaat", shortName: "RWS" },
  { name: "Schiphol Airport", shortName: "Schiphol" },
  { name: "Municipality of The Hague", shortName: "The Hague" },
  { name: "Municipality of Haarlemmermeer", shortName: "Haarlemmermeer" },
  { name: "Municipality of Rotterdam", shortName: "Rotterdam" },
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

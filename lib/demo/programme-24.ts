// Tuesday 24 June: the Public Forum and the Defence Industry Forum by day, then three dinners
// at once in the evening — the royal dinner for the leaders, the NATO-Ukraine Council for the
// foreign ministers and the North Atlantic Council for the defence ministers.
import { ItemKind, Visibility } from "@/lib/generated/prisma/enums";

import { DEMO_ALLIES, DEMO_PARTNERS } from "./delegations";
import {
  ALLIED_DEFENCE_MINISTERS,
  ALLIED_FOREIGN_MINISTERS,
  HOST_PRIME_MINISTER,
  SECRETARY_GENERAL,
  inSpace,
  type DemoItem,
} from "./items";
import { member } from "./members";
import { at } from "./time";

const PUBLIC_FORUM_ORGANISER = "NATO, the Netherlands, Atlantic Commission, HCSS and Clingendael";
const NSDIF_ORGANISER = "NATO and the Ministry of Defence with VNO-NCW and the Ministry of Foreign Affairs";

const publicForum: readonly DemoItem[] = [
  {
    key: "public-forum-1",
    kind: ItemKind.SIDE_EVENT,
    title: "NATO Public Forum — day 1",
    description: "Public debates on the Alliance's future with 600 visitors on site; every session is streamed online.",
    visibility: Visibility.PUBLIC,
    startsAt: at(24, "09:00"),
    endsAt: at(24, "18:00"),
    space: inSpace("world-forum", "forum-hall"),
    organiser: PUBLIC_FORUM_ORGANISER,
  },
  {
    key: "public-forum-1-opening",
    kind: ItemKind.SIDE_EVENT_SESSION,
    title: "Opening by the Secretary General",
    visibility: Visibility.PUBLIC,
    startsAt: at(24, "09:00"),
    endsAt: at(24, "09:30"),
    space: null,
    parent: "public-forum-1",
    members: [SECRETARY_GENERAL],
  },
  {
    key: "public-forum-1-keynote",
    kind: ItemKind.SIDE_EVENT_SESSION,
    title: "Keynote by the Prime Minister of the Netherlands",
    visibility: Visibility.PUBLIC,
    startsAt: at(24, "10:00"),
    endsAt: at(24, "10:30"),
    space: null,
    parent: "public-forum-1",
    members: [HOST_PRIME_MINISTER],
  },
  {
    key: "public-forum-1-panel",
    kind: ItemKind.SIDE_EVENT_SESSION,
    title: "Panel: deterrence and defence in a new era",
    visibility: Visibility.PUBLIC,
    startsAt: at(24, "11:00"),
    endsAt: at(24, "12:30"),
    space: null,
    parent: "public-forum-1",
  },
];

const industryForum: readonly DemoItem[] = [
  {
    key: "nsdif",
    kind: ItemKind.SIDE_EVENT,
    title: "NATO Summit Defence Industry Forum",
    description: "Governments and industry on a sustained scale-up of the transatlantic defence industry.",
    visibility: Visibility.PUBLIC,
    startsAt: at(24, "09:30"),
    endsAt: at(24, "17:00"),
    space: inSpace("world-forum", "expo-hall"),
    organiser: NSDIF_ORGANISER,
  },
  ...(
    [
      ["nsdif-sg", "Speech by the Secretary General", "10:00", "10:20", SECRETARY_GENERAL],
      ["nsdif-ec", "Speech by the President of the European Commission", "10:30", "10:50", member("EU", "head")],
      ["nsdif-ua", "Speech by the President of Ukraine", "11:00", "11:20", member("UA", "head")],
    ] as const
  ).map(
    ([key, title, start, end, speaker]): DemoItem => ({
      key,
      kind: ItemKind.SIDE_EVENT_SESSION,
      title,
      visibility: Visibility.PUBLIC,
      startsAt: at(24, start),
      endsAt: at(24, end),
      space: null,
      parent: "nsdif",
      members: [speaker],
    }),
  ),
];

const dinners: readonly DemoItem[] = [
  {
    key: "royal-dinner",
    kind: ItemKind.ROYAL_DINNER,
    title: "Royal dinner hosted by the King and Queen",
    description: "Dinner for the heads of state and government of the allies and the partners at the palace.",
    visibility: Visibility.ALL_DELEGATIONS,
    startsAt: at(24, "19:30"),
    endsAt: at(24, "22:30"),
    space: inSpace("huis-ten-bosch", "royal-dining-room"),
    organiser: "The Royal House",
    dressCode: "Black tie",
    staffNotes: "Arrival order by protocol; motorcades set down at the palace forecourt from 18:45.",
    // Everyone but NATO comes as a delegation (its principal attends); the EU's second
    // president and the Secretary General are invited by name.
    delegations: [...DEMO_ALLIES, ...DEMO_PARTNERS].map((d) => d.code),
    members: [member("EU", "council"), SECRETARY_GENERAL],
  },
  {
    key: "nuc-dinner",
    kind: ItemKind.WORKING_DINNER,
    title: "NATO-Ukraine Council working dinner",
    description: "Foreign ministers with the Foreign Minister of Ukraine and the EU High Representative on continued support to Ukraine.",
    visibility: Visibility.PARTICIPANTS,
    startsAt: at(24, "19:30"),
    endsAt: at(24, "22:00"),
    space: inSpace("world-forum", "ministers-dining-room"),
    organiser: "NATO",
    members: [...ALLIED_FOREIGN_MINISTERS, member("UA", "fm"), member("EU", "fm")],
  },
  {
    key: "nac-defence-dinner",
    kind: ItemKind.WORKING_DINNER,
    title: "North Atlantic Council working dinner of defence ministers",
    description: "Chaired by the Netherlands as host country. Topic: implementing the 2025 capability targets and sharing the burden.",
    visibility: Visibility.PARTICIPANTS,
    startsAt: at(24, "19:30"),
    endsAt: at(24, "22:00"),
    space: inSpace("world-forum", "council-dining-room"),
    organiser: "NATO",
    members: ALLIED_DEFENCE_MINISTERS,
  },
];

export const DEMO_ITEMS_24_JUNE: readonly DemoItem[] = [...publicForum, ...industryForum, ...dinners];

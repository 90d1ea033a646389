// Wednesday 25 June: the North Atlantic Council of heads of state and government, the press
// moments around it, the second Public Forum day and, in the evening, an unofficial side event.
import { ItemKind, Visibility } from "@/lib/generated/prisma/enums";

import {
  ALLIED_HEADS,
  DEPUTY_SECRETARY_GENERAL,
  HOST_PRIME_MINISTER,
  SECRETARY_GENERAL,
  inSpace,
  type DemoItem,
} from "./items";
import { member } from "./members";
import { at } from "./time";

const publicForum: readonly DemoItem[] = [
  {
    key: "public-forum-2",
    kind: ItemKind.SIDE_EVENT,
    title: "NATO Public Forum — day 2",
    description: "Second day of public debates, streamed online.",
    visibility: Visibility.PUBLIC,
    startsAt: at(25, "09:00"),
    endsAt: at(25, "17:30"),
    space: inSpace("world-forum", "forum-hall"),
    organiser: "NATO, the Netherlands, Atlantic Commission, HCSS and Clingendael",
  },
  {
    key: "public-forum-2-panel",
    kind: ItemKind.SIDE_EVENT_SESSION,
    title: "Panel: resilience and civil preparedness",
    visibility: Visibility.PUBLIC,
    startsAt: at(25, "10:00"),
    endsAt: at(25, "11:30"),
    space: null,
    parent: "public-forum-2",
  },
  {
    key: "public-forum-2-closing",
    kind: ItemKind.SIDE_EVENT_SESSION,
    title: "Closing by the Deputy Secretary General",
    visibility: Visibility.PUBLIC,
    startsAt: at(25, "17:00"),
    endsAt: at(25, "17:30"),
    space: null,
    parent: "public-forum-2",
    members: [DEPUTY_SECRETARY_GENERAL],
  },
];

const council: readonly DemoItem[] = [
  {
    key: "family-photo",
    kind: ItemKind.PRESS_MOMENT,
    title: "Family photo of the heads of state and government",
    visibility: Visibility.PUBLIC,
    startsAt: at(25, "09:30"),
    endsAt: at(25, "09:50"),
    space: inSpace("world-forum", "plenary-hall"),
    members: [...ALLIED_HEADS, SECRETARY_GENERAL],
  },
  {
    key: "nac-heads",
    kind: ItemKind.PLENARY,
    title: "North Atlantic Council — heads of state and government",
    description:
      "Opened by public statements of the Secretary General and the Prime Minister of the Netherlands as host, " +
      "followed by national interventions. The Hague Summit Declaration is adopted.",
    visibility: Visibility.PUBLIC,
    startsAt: at(25, "10:00"),
    endsAt: at(25, "13:00"),
    space: inSpace("world-forum", "plenary-hall"),
    organiser: "NATO",
    staffNotes: "Interventions limited to three minutes per ally; the declaration text is final as of 24 June 23:00.",
    members: [...ALLIED_HEADS, SECRETARY_GENERAL],
  },
  {
    key: "press-sg",
    kind: ItemKind.PRESS_MOMENT,
    title: "Press conference of the Secretary General",
    visibility: Visibility.PUBLIC,
    startsAt: at(25, "13:30"),
    endsAt: at(25, "14:15"),
    space: inSpace("world-forum", "press-centre"),
    organiser: "NATO",
    members: [SECRETARY_GENERAL],
  },
  {
    key: "press-nl",
    kind: ItemKind.PRESS_MOMENT,
    title: "Press conference of the Prime Minister of the Netherlands",
    visibility: Visibility.PUBLIC,
    startsAt: at(25, "14:30"),
    endsAt: at(25, "15:00"),
    space: inSpace("world-forum", "press-centre"),
    organiser: "Ministry of General Affairs",
    members: [HOST_PRIME_MINISTER],
  },
];

const sideEvents: readonly DemoItem[] = [
  {
    key: "captains-dinner",
    kind: ItemKind.SIDE_EVENT,
    title: "Defence Captains of Industry Dinner",
    description: "Unofficial side event for leaders of the defence industry.",
    // Not part of the summit programme: only host staff see it.
    visibility: Visibility.STAFF,
    startsAt: at(25, "19:00"),
    endsAt: at(25, "22:00"),
    space: inSpace("kurhaus", "kurzaal"),
    organiser: "VNO-NCW with the American Chamber of Commerce",
    members: [member("NL", "dm"), member("NL", "state-secretary-defence"), member("NL", "state-secretary-trade")],
  },
];

export const DEMO_ITEMS_25_JUNE: readonly DemoItem[] = [...publicForum, ...council, ...sideEvents];

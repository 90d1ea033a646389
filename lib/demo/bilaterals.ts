// The host's bilaterals during the summit (fact: with Ukraine, New Zealand, Canada, the United
// Kingdom and the United States) and the long US–Ukraine meeting, each as a confirmed programme
// item with the request that led to it; plus one open request for the planner to handle.
// NATO leaves bilaterals to the host and the delegations, so they fill the gaps around the
// fixed programme: the afternoon of 24 June and before and after the Council on 25 June.
import {
  BilateralLevel,
  BilateralStatus,
  ItemKind,
  Visibility,
} from "@/lib/generated/prisma/enums";

import { demoDelegation } from "./delegations";
import { inSpace, type DemoItem, type SpaceRef } from "./items";
import { member, type MemberRef } from "./members";
import { addMinutes, at } from "./time";
import type { DemoUserKey } from "./users";

export interface DemoBilateral {
  key: string;
  status: BilateralStatus;
  requester: string;
  /** Every delegation in the meeting, the requester included. */
  parties: readonly string[];
  level: BilateralLevel;
  durationMinutes: number;
  /** Summit-local days, "YYYY-MM-DD". */
  preferredDays: readonly string[];
  notes: string | null;
  createdBy: DemoUserKey;
  /** The confirmed programme item; null while the request is open. */
  item: DemoItem | null;
}

interface Confirmed {
  key: string;
  parties: readonly [string, string];
  requester: string;
  day: number;
  start: string;
  minutes: number;
  space: SpaceRef;
  members: readonly MemberRef[];
  staffNotes: string;
  description?: string;
  createdBy: DemoUserKey;
}

function confirmed(b: Confirmed): DemoBilateral {
  const [a, c] = b.parties.map((code) => demoDelegation(code).name);
  const startsAt = at(b.day, b.start);
  return {
    key: b.key,
    status: BilateralStatus.CONFIRMED,
    requester: b.requester,
    parties: b.parties,
    level: BilateralLevel.PRINCIPAL,
    durationMinutes: b.minutes,
    preferredDays: [`2025-06-${b.day}`],
    notes: null,
    createdBy: b.createdBy,
    item: {
      key: `bilateral-${b.key}`,
      kind: ItemKind.BILATERAL,
      title: `Bilateral: ${a} – ${c}`,
      description: b.description,
      visibility: Visibility.PARTICIPANTS,
      startsAt,
      endsAt: addMinutes(startsAt, b.minutes),
      space: b.space,
      staffNotes: b.staffNotes,
      members: b.members,
    },
  };
}

const ROOM_1 = inSpace("world-forum", "bilateral-room-1");
const ROOM_2 = inSpace("world-forum", "bilateral-room-2");
const NL_PM = member("NL", "head");

export const DEMO_BILATERALS: readonly DemoBilateral[] = [
  confirmed({
    key: "nl-nz", parties: ["NL", "NZ"], requester: "NZ", day: 24, start: "14:00", minutes: 30, space: ROOM_1,
    members: [NL_PM, member("NZ", "head")], createdBy: "planner",
    staffNotes: "Indo-Pacific partnership and the NZ contribution to Ukraine training; photo at the start only.",
  }),
  confirmed({
    key: "nl-ca", parties: ["NL", "CA"], requester: "CA", day: 24, start: "14:45", minutes: 30, space: ROOM_1,
    members: [NL_PM, member("CA", "head")], createdBy: "planner",
    staffNotes: "Follow-up on the Canada–EU security and defence partnership; no press.",
  }),
  confirmed({
    key: "nl-gb", parties: ["NL", "GB"], requester: "GB", day: 24, start: "15:30", minutes: 30, space: ROOM_1,
    members: [NL_PM, member("GB", "head")], createdBy: "planner",
    staffNotes: "North Sea infrastructure protection; UK sherpa joins if time allows.",
  }),
  confirmed({
    key: "nl-ua", parties: ["NL", "UA"], requester: "UA", day: 24, start: "17:00", minutes: 45,
    // At the palace, so the President of Ukraine stays on for the royal dinner without a transfer.
    space: inSpace("huis-ten-bosch", "garden-room"),
    members: [NL_PM, member("UA", "head"), member("UA", "interpreter")], createdBy: "liaison-ua",
    staffNotes: "Air defence deliveries and the reconstruction conference; UA interpreter present.",
  }),
  confirmed({
    key: "nl-us", parties: ["NL", "US"], requester: "NL", day: 25, start: "08:30", minutes: 45, space: ROOM_1,
    members: [NL_PM, member("NL", "fm"), member("NL", "dm"), member("US", "head"), member("US", "fm"), member("US", "dm")],
    createdBy: "planner",
    description: "The Prime Minister with the foreign and defence ministers meets the President of the United States and his secretaries.",
    staffNotes: "Ends 09:15 sharp: the President goes straight on to the family photo.",
  }),
  confirmed({
    key: "us-ua", parties: ["US", "UA"], requester: "UA", day: 25, start: "13:30", minutes: 75, space: ROOM_2,
    members: [member("US", "head"), member("US", "fm"), member("UA", "head"), member("UA", "fm"), member("UA", "interpreter")],
    createdBy: "liaison-ua",
    staffNotes: "Not a host meeting: room lent by the host. Keep Bilateral Room 3 free as overflow for the delegations.",
  }),
  {
    key: "pl-nl",
    status: BilateralStatus.REQUESTED,
    requester: "PL",
    parties: ["PL", "NL"],
    level: BilateralLevel.PRINCIPAL,
    durationMinutes: 30,
    preferredDays: ["2025-06-25"],
    notes: "The President of Poland asks for a short meeting on air defence of the eastern flank, after the Council if possible.",
    createdBy: "planner",
    item: null,
  },
];

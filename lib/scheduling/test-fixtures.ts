// Shared test data: a small slice of the NATO summit in The Hague (24–25 June 2025).
// Only imported by tests; times are built in the summit zone so they read like the programme.
import { zonedInstant } from "@/lib/time";

import { buildEngineContext } from "./context";
import type { Conflict, ConflictRule, SummitItem, SummitSnapshot } from "./types";

export const SUMMIT_TZ = "Europe/Amsterdam";
export const SUMMIT_DAY = "2025-06-25";

/** Instant of a summit-local wall-clock time. */
export function at(hhmm: string, day: string = SUMMIT_DAY): Date {
  return zonedInstant(day, hhmm, SUMMIT_TZ);
}

export function baseSnapshot(overrides: Partial<SummitSnapshot> = {}): SummitSnapshot {
  return {
    timeZone: SUMMIT_TZ,
    travelBufferMinutes: 10,
    venues: [
      { id: "wf", name: "World Forum" },
      { id: "htb", name: "Huis ten Bosch" },
      { id: "htd", name: "Huis ter Duin" },
    ],
    spaces: [
      { id: "plenary", name: "Plenary Hall", venueId: "wf", capacity: 100, opensMinute: 7 * 60, closesMinute: 23 * 60 },
      { id: "bilat1", name: "Bilateral Room 1", venueId: "wf", capacity: 3, opensMinute: null, closesMinute: null },
      { id: "dining", name: "Royal Dining Room", venueId: "htb", capacity: 60, opensMinute: 17 * 60, closesMinute: 1440 },
      { id: "htb-salon", name: "Orange Hall", venueId: "htb", capacity: 20, opensMinute: null, closesMinute: null },
      { id: "suite", name: "Huis ter Duin Suite", venueId: "htd", capacity: 10, opensMinute: null, closesMinute: null },
    ],
    // Only one direction on purpose: the engine must use it both ways. Huis ter Duin has none.
    travelTimes: [{ fromVenueId: "wf", toVenueId: "htb", minutes: 15 }],
    delegations: [
      { id: "nl", name: "Netherlands", arrivesAt: null, departsAt: null },
      { id: "us", name: "United States", arrivesAt: at("18:00", "2025-06-24"), departsAt: at("16:00", "2025-06-25") },
      { id: "ua", name: "Ukraine", arrivesAt: null, departsAt: null },
    ],
    members: [
      { id: "nl-pm", delegationId: "nl", title: "Prime Minister of the Netherlands", isPrincipal: true },
      { id: "nl-fm", delegationId: "nl", title: "Minister of Foreign Affairs of the Netherlands", isPrincipal: false },
      { id: "nl-dm", delegationId: "nl", title: "Minister of Defence of the Netherlands", isPrincipal: false },
      { id: "us-pres", delegationId: "us", title: "President of the United States", isPrincipal: true },
      { id: "us-sos", delegationId: "us", title: "US Secretary of State", isPrincipal: false },
      { id: "ua-pres", delegationId: "ua", title: "President of Ukraine", isPrincipal: true },
    ],
    items: [],
    ...overrides,
  };
}

export interface ItemSpec extends Partial<Omit<SummitItem, "startsAt" | "endsAt">> {
  id: string;
  from: string;
  to: string;
  day?: string;
  /** Day of `to` when it differs from `day` (items across midnight). */
  toDay?: string;
}

export function item(spec: ItemSpec): SummitItem {
  const { from, to, day = SUMMIT_DAY, toDay, ...rest } = spec;
  return {
    title: spec.id,
    kind: "PLENARY",
    status: "CONFIRMED",
    spaceId: null,
    delegationIds: [],
    memberIds: [],
    ...rest,
    startsAt: at(from, day),
    endsAt: at(to, toDay ?? day),
  };
}

/** Runs one rule on the base summit with the given items (and snapshot overrides). */
export function runRule(
  rule: ConflictRule,
  items: SummitItem[],
  overrides: Partial<SummitSnapshot> = {},
): Conflict[] {
  return rule(buildEngineContext(baseSnapshot({ ...overrides, items })));
}

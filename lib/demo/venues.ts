// Venues and their spaces. The World Forum is the summit's main venue; Huis ten Bosch hosts the
// royal dinner; the US delegation stays at Huis ter Duin in Noordwijk (one of the three key
// security locations). Capacities and opening hours are demo values.
import { VenueKind } from "@/lib/generated/prisma/enums";

export type VenueKey =
  | "world-forum"
  | "huis-ten-bosch"
  | "schiphol"
  | "rotterdam-airport"
  | "huis-ter-duin"
  | "des-indes"
  | "kurhaus"
  | "marriott"
  | "hilton";

export type AirportKey = Extract<VenueKey, "schiphol" | "rotterdam-airport">;
export type HotelKey = Extract<VenueKey, "huis-ter-duin" | "des-indes" | "kurhaus" | "marriott" | "hilton">;

export interface DemoSpace {
  key: string;
  name: string;
  capacity: number;
  securityZone: string | null;
  /** Minutes after local midnight; both null = always open. */
  opensMinute: number | null;
  closesMinute: number | null;
}

export interface DemoVenue {
  key: VenueKey;
  name: string;
  kind: VenueKind;
  address: string;
  spaces: readonly DemoSpace[];
}

const H = 60;

function space(key: string, name: string, capacity: number, securityZone: string | null, hours?: [number, number]): DemoSpace {
  return { key, name, capacity, securityZone, opensMinute: hours?.[0] ?? null, closesMinute: hours?.[1] ?? null };
}

// The conference centre is open from 07:00 to midnight on summit days.
const FORUM_HOURS: [number, number] = [7 * H, 24 * H];
const PALACE_HOURS: [number, number] = [8 * H, 24 * H];

const hotel = (key: HotelKey, name: string, address: string, zone: string, extra: readonly DemoSpace[] = []): DemoVenue => ({
  key,
  name,
  kind: VenueKind.HOTEL,
  address,
  spaces: [space("meeting-room", "Meeting Room", 30, zone), ...extra],
});

export const DEMO_VENUES: readonly DemoVenue[] = [
  {
    key: "world-forum",
    name: "World Forum",
    kind: VenueKind.CONFERENCE,
    address: "Churchillplein 10, The Hague",
    spaces: [
      space("plenary-hall", "Plenary Hall", 400, "red", FORUM_HOURS),
      space("bilateral-room-1", "Bilateral Room 1", 20, "red", FORUM_HOURS),
      space("bilateral-room-2", "Bilateral Room 2", 20, "red", FORUM_HOURS),
      space("bilateral-room-3", "Bilateral Room 3", 20, "red", FORUM_HOURS),
      space("bilateral-room-4", "Bilateral Room 4", 20, "red", FORUM_HOURS),
      space("ministers-dining-room", "Ministers' Dining Room", 120, "red", FORUM_HOURS),
      // A second dining room so the two ministerial dinners of 24 June can run side by side.
      space("council-dining-room", "Council Dining Room", 60, "red", FORUM_HOURS),
      // Press and public spaces lie in the outer ring: visitors and journalists reach them
      // without entering the red zone around the leaders.
      space("press-centre", "Press Centre", 300, "orange", FORUM_HOURS),
      space("forum-hall", "Forum Hall", 700, "orange", FORUM_HOURS),
      space("expo-hall", "Expo Hall", 800, "orange", FORUM_HOURS),
    ],
  },
  {
    key: "huis-ten-bosch",
    name: "Huis ten Bosch",
    kind: VenueKind.PALACE,
    address: "Haagse Bos, The Hague",
    spaces: [
      space("royal-dining-room", "Royal Dining Room", 120, "red", PALACE_HOURS),
      space("garden-room", "Garden Room", 40, "red", PALACE_HOURS),
    ],
  },
  {
    key: "schiphol",
    name: "Schiphol",
    kind: VenueKind.AIRPORT,
    address: "Schiphol-Oost, Haarlemmermeer",
    spaces: [space("vip-terminal", "VIP Terminal", 200, "orange")],
  },
  {
    key: "rotterdam-airport",
    name: "Rotterdam The Hague Airport",
    kind: VenueKind.AIRPORT,
    address: "Rotterdam Airportplein 60, Rotterdam",
    spaces: [space("vip-lounge", "VIP Lounge", 60, "orange")],
  },
  hotel("huis-ter-duin", "Huis ter Duin", "Koningin Astrid Boulevard 5, Noordwijk", "red"),
  hotel("des-indes", "Hotel Des Indes", "Lange Voorhout 54–56, The Hague", "orange"),
  hotel("kurhaus", "Kurhaus Scheveningen", "Gevers Deynootplein 30, Scheveningen", "orange", [
    space("kurzaal", "Kurzaal", 250, "orange"),
  ]),
  hotel("marriott", "Marriott The Hague", "Johan de Wittlaan 30, The Hague", "orange"),
  hotel("hilton", "Hilton The Hague", "Zeestraat 35, The Hague", "orange"),
];

// The words of the venue pages (the list, a venue's page, the travel times) and their forms, in
// English and Dutch. Part of the Dictionary (./types.ts) as `venues`. The forms are client
// components: their words are plain strings, "{name}" filled in by fillIn (./forms.ts).

type VenueKind = "CONFERENCE" | "PALACE" | "AIRPORT" | "HOTEL" | "OTHER";

export type VenueFormText = {
  venue: string;
  kind: string;
  address: string;
  save: string;
  add: string;
  saved: string;
  /** The new-venue form's name. */
  addLabel: string;
  /** "Edit {name}". */
  editLabel: string;
  kinds: Record<VenueKind, string>;
};

export type SpaceFormText = {
  space: string;
  capacity: string;
  securityZone: string;
  opens: string;
  closes: string;
  save: string;
  add: string;
  saved: string;
  addLabel: string;
  /** "Edit {name}". */
  editLabel: string;
};

export type TravelFormText = {
  label: string;
  corner: string;
  /** "Minutes from {from} to {to}". */
  cell: string;
  save: string;
  saving: string;
  saved: string;
};

export type VenuesText = {
  title: string;
  subtitle: (count: number, zone: string) => string;
  travelTimes: string;
  empty: string;
  emptyHint: string;
  columns: { venue: string; kind: string; address: string; spaces: string };
  newVenue: string;
  back: string;
  venueSubtitle: (spaces: number, zone: string) => string;
  details: string;
  spaces: string;
  noSpaces: string;
  newSpace: string;
  travelSubtitle: string;
  travelHeading: string;
  needTwo: string;
  venueForm: VenueFormText;
  spaceForm: SpaceFormText;
  travelForm: TravelFormText;
};

export const venuesEn: VenuesText = {
  title: "Venues",
  subtitle: (count, zone) => `${count} ${count === 1 ? "venue" : "venues"} · opening hours in ${zone}`,
  travelTimes: "Travel times",
  empty: "No venues yet",
  emptyHint: "Add the first venue below, then its spaces.",
  columns: { venue: "Venue", kind: "Kind", address: "Address", spaces: "Spaces" },
  newVenue: "New venue",
  back: "← All venues",
  venueSubtitle: (spaces, zone) => `${spaces} ${spaces === 1 ? "space" : "spaces"} · opening hours in ${zone}`,
  details: "Details",
  spaces: "Spaces",
  noSpaces: "No spaces yet.",
  newSpace: "New space",
  travelSubtitle: "Minutes by motorcade between venues; an empty cell means unknown",
  travelHeading: "Travel times (minutes by motorcade)",
  needTwo: "Add at least two venues.",
  venueForm: {
    venue: "Venue",
    kind: "Kind",
    address: "Address",
    save: "Save",
    add: "Add venue",
    saved: "Saved.",
    addLabel: "Add a venue",
    editLabel: "Edit {name}",
    kinds: { CONFERENCE: "conference", PALACE: "palace", AIRPORT: "airport", HOTEL: "hotel", OTHER: "other" },
  },
  spaceForm: {
    space: "Space",
    capacity: "Capacity",
    securityZone: "Security zone",
    opens: "Opens",
    closes: "Closes",
    save: "Save",
    add: "Add space",
    saved: "Saved.",
    addLabel: "Add a space",
    editLabel: "Edit {name}",
  },
  travelForm: {
    label: "Travel times",
    corner: "From \\ to",
    cell: "Minutes from {from} to {to}",
    save: "Save travel times",
    saving: "Saving…",
    saved: "Travel times saved.",
  },
};

export const venuesNl: VenuesText = {
  title: "Locaties",
  subtitle: (count, zone) => `${count} ${count === 1 ? "locatie" : "locaties"} · openingstijden in ${zone}`,
  travelTimes: "Reistijden",
  empty: "Nog geen locaties",
  emptyHint: "Voeg hieronder de eerste locatie toe, daarna haar ruimtes.",
  columns: { venue: "Locatie", kind: "Soort", address: "Adres", spaces: "Ruimtes" },
  newVenue: "Nieuwe locatie",
  back: "← Alle locaties",
  venueSubtitle: (spaces, zone) => `${spaces} ${spaces === 1 ? "ruimte" : "ruimtes"} · openingstijden in ${zone}`,
  details: "Gegevens",
  spaces: "Ruimtes",
  noSpaces: "Nog geen ruimtes.",
  newSpace: "Nieuwe ruimte",
  travelSubtitle: "Minuten per colonne tussen locaties; een lege cel betekent onbekend",
  travelHeading: "Reistijden (minuten per colonne)",
  needTwo: "Voeg ten minste twee locaties toe.",
  venueForm: {
    venue: "Locatie",
    kind: "Soort",
    address: "Adres",
    save: "Opslaan",
    add: "Locatie toevoegen",
    saved: "Opgeslagen.",
    addLabel: "Een locatie toevoegen",
    editLabel: "{name} bewerken",
    kinds: { CONFERENCE: "congrescentrum", PALACE: "paleis", AIRPORT: "luchthaven", HOTEL: "hotel", OTHER: "overig" },
  },
  spaceForm: {
    space: "Ruimte",
    capacity: "Capaciteit",
    securityZone: "Beveiligingszone",
    opens: "Open vanaf",
    closes: "Sluit om",
    save: "Opslaan",
    add: "Ruimte toevoegen",
    saved: "Opgeslagen.",
    addLabel: "Een ruimte toevoegen",
    editLabel: "{name} bewerken",
  },
  travelForm: {
    label: "Reistijden",
    corner: "Van \\ naar",
    cell: "Minuten van {from} naar {to}",
    save: "Reistijden opslaan",
    saving: "Bezig met opslaan…",
    saved: "Reistijden opgeslagen.",
  },
};

// The words of the arrivals pages (precedence, entrances, arrival sequences, re-plan, family
// photo) and of the arrival documents, in English and Dutch. Part of the Dictionary (./types.ts)
// as `arrivals`; kept side by side so the two languages are read and changed together.

export type ArrivalsText = {
  metaTitle: string;
  title: string;
  subtitle: string;
  precedence: {
    title: string;
    intro: string;
    key: string;
    keys: { ALPHABETICAL: string; TAKING_OFFICE: string; MANUAL: string };
    language: string;
    languages: { en: string; fr: string; nl: string };
    others: string;
    othersOptions: { AFTER_ALLIES: string; BEFORE_ALLIES: string; MANUAL: string };
    generate: string;
    notSet: string;
    setBy: (who: string, when: string) => string;
    columns: { position: string; delegation: string; principal: string; rank: string };
    ranks: { STATE: string; GOVERNMENT: string; unknown: string };
    moveUp: (name: string) => string;
    moveDown: (name: string) => string;
    dragHint: string;
    save: string;
    unsaved: string;
  };
  entrances: { title: string; none: string; name: string; venue: string; minGap: string; add: string; save: string };
  items: { title: string; none: string; item: string; when: string; sequence: string; parties: (n: number) => string; noSequence: string; open: string };
  sequence: {
    back: string;
    generateTitle: string;
    generate: string;
    regenerate: string;
    entrance: string;
    noEntrance: string;
    order: string;
    seniorLast: string;
    seniorFirst: string;
    interval: string;
    groupGap: string;
    greeting: string;
    press: string;
    window: string;
    greeter: string;
    escort: string;
    escortNone: string;
    empty: string;
    columns: { position: string; time: string; party: string; principal: string; departs: string; from: string; greeter: string; entrance: string };
    moveUp: (name: string) => string;
    moveDown: (name: string) => string;
    timeOf: (name: string) => string;
    setTime: string;
    conflicts: string;
    noConflicts: string;
    saved: string;
    working: string;
    downloads: string;
    photo: string;
  };
  replan: { title: string; intro: string; preview: string; none: string; apply: string; overrun: (names: string) => string; change: (party: string, from: string, to: string, fromPos: number, toPos: number) => string };
  documents: { listTitle: (item: string) => string; photoTitle: (item: string) => string; host: string; row: (n: number) => string; motorcadesTitle: string; generated: (when: string) => string };
  own: {
    title: string;
    leaves: (time: string, place: string) => string;
    arrives: (time: string, entrance: string) => string;
    /** Before the arrival line of an item in an itinerary. */
    label: string;
  };
};

export const arrivalsEn: ArrivalsText = {
  metaTitle: "Arrivals",
  title: "Arrivals in protocol order",
  subtitle: "Precedence, entrances and the arrival of each party, with its motorcade.",
  precedence: {
    title: "Order of precedence",
    intro: "Heads of state before heads of government, then by the key chosen. Edit the order with the buttons or by dragging.",
    key: "Within a rank, order by",
    keys: { ALPHABETICAL: "Name (alphabetical)", TAKING_OFFICE: "Date of taking office", MANUAL: "By hand (keep the current order)" },
    language: "Names in",
    languages: { en: "English", fr: "French", nl: "Dutch" },
    others: "Partners and organisations",
    othersOptions: { AFTER_ALLIES: "After the allies", BEFORE_ALLIES: "Before the allies", MANUAL: "Among the allies, placed by hand" },
    generate: "Generate the order",
    notSet: "No order saved yet: this is a proposal by name.",
    setBy: (who, when) => `Set by ${who}, ${when}`,
    columns: { position: "No.", delegation: "Delegation", principal: "Principal", rank: "Rank" },
    ranks: { STATE: "Head of state", GOVERNMENT: "Head of government", unknown: "Not known" },
    moveUp: (name) => `Move ${name} up`,
    moveDown: (name) => `Move ${name} down`,
    dragHint: "Drag a row, or use the arrows.",
    save: "Save this order",
    unsaved: "The order has changed: save it.",
  },
  entrances: { title: "Entrances", none: "No entrances yet.", name: "Name", venue: "Venue", minGap: "Minimum gap (minutes)", add: "Add entrance", save: "Save" },
  items: { title: "Items with arrivals", none: "No items with participants yet.", item: "Item", when: "When", sequence: "Arrivals", parties: (n) => `${n} ${n === 1 ? "party" : "parties"}`, noSequence: "None yet", open: "Open" },
  sequence: {
    back: "All arrivals",
    generateTitle: "Generate from precedence",
    generate: "Generate arrivals",
    regenerate: "Generate again",
    entrance: "Entrance",
    noEntrance: "Add an entrance at this venue first.",
    order: "Order",
    seniorLast: "Most senior arrives last",
    seniorFirst: "Most senior arrives first",
    interval: "Interval (minutes)",
    groupGap: "Extra gap between ranks (minutes)",
    greeting: "Greeting (minutes)",
    press: "Press moment (minutes)",
    window: "Arrivals open (minutes before the start)",
    greeter: "Greeted by",
    escort: "Escort",
    escortNone: "No escort task",
    empty: "No arrivals yet: generate them from the order of precedence.",
    columns: { position: "No.", time: "Arrives", party: "Party", principal: "Principal", departs: "Motorcade leaves", from: "From", greeter: "Greeter", entrance: "Entrance" },
    moveUp: (name) => `Move ${name} earlier`,
    moveDown: (name) => `Move ${name} later`,
    timeOf: (name) => `Arrival time of ${name}`,
    setTime: "Set",
    conflicts: "Problems with these arrivals",
    noConflicts: "No problems found.",
    saved: "Saved.",
    working: "Saving…",
    downloads: "Arrival list",
    photo: "Family photo",
  },
  replan: {
    title: "Re-plan after a delay",
    intro: "When a principal runs late (a late landing, an overrunning meeting), re-sequence the remaining arrivals, keeping the order where possible.",
    preview: "Show what would move",
    none: "Nothing needs to move.",
    apply: "Apply these changes",
    overrun: (names) => `Cannot be in before the start: ${names}. Change the item or the order by hand.`,
    change: (party, from, to, fromPos, toPos) => `${party}: ${from} → ${to} (place ${fromPos} → ${toPos})`,
  },
  documents: {
    listTitle: (item) => `Arrival list — ${item}`,
    photoTitle: (item) => `Family photo — ${item}`,
    host: "Host",
    row: (n) => `Row ${n}`,
    motorcadesTitle: "Motorcade schedule",
    generated: (when) => `Made ${when}`,
  },
  own: {
    title: "Arrivals",
    leaves: (time, place) => `Motorcade leaves ${place} at ${time}`,
    arrives: (time, entrance) => `Arrives at ${entrance} at ${time}`,
    label: "Arrival in protocol order",
  },
};

export const arrivalsNl: ArrivalsText = {
  metaTitle: "Aankomsten",
  title: "Aankomsten in protocolvolgorde",
  subtitle: "Rangorde, ingangen en de aankomst van elke partij, met haar colonne.",
  precedence: {
    title: "Rangorde",
    intro: "Staatshoofden vóór regeringsleiders, daarna volgens de gekozen sleutel. Wijzig de volgorde met de knoppen of door te slepen.",
    key: "Binnen een rang ordenen op",
    keys: { ALPHABETICAL: "Naam (alfabetisch)", TAKING_OFFICE: "Datum van aantreden", MANUAL: "Met de hand (huidige volgorde houden)" },
    language: "Namen in het",
    languages: { en: "Engels", fr: "Frans", nl: "Nederlands" },
    others: "Partners en organisaties",
    othersOptions: { AFTER_ALLIES: "Na de bondgenoten", BEFORE_ALLIES: "Vóór de bondgenoten", MANUAL: "Tussen de bondgenoten, met de hand geplaatst" },
    generate: "Volgorde maken",
    notSet: "Nog geen volgorde opgeslagen: dit is een voorstel op naam.",
    setBy: (who, when) => `Vastgesteld door ${who}, ${when}`,
    columns: { position: "Nr.", delegation: "Delegatie", principal: "Hoofd", rank: "Rang" },
    ranks: { STATE: "Staatshoofd", GOVERNMENT: "Regeringsleider", unknown: "Onbekend" },
    moveUp: (name) => `${name} omhoog`,
    moveDown: (name) => `${name} omlaag`,
    dragHint: "Sleep een rij, of gebruik de pijlen.",
    save: "Deze volgorde opslaan",
    unsaved: "De volgorde is gewijzigd: sla haar op.",
  },
  entrances: { title: "Ingangen", none: "Nog geen ingangen.", name: "Naam", venue: "Locatie", minGap: "Minimale tussentijd (minuten)", add: "Ingang toevoegen", save: "Opslaan" },
  items: { title: "Onderdelen met aankomsten", none: "Nog geen onderdelen met deelnemers.", item: "Onderdeel", when: "Wanneer", sequence: "Aankomsten", parties: (n) => `${n} ${n === 1 ? "partij" : "partijen"}`, noSequence: "Nog geen", open: "Openen" },
  sequence: {
    back: "Alle aankomsten",
    generateTitle: "Maken uit de rangorde",
    generate: "Aankomsten maken",
    regenerate: "Opnieuw maken",
    entrance: "Ingang",
    noEntrance: "Voeg eerst een ingang op deze locatie toe.",
    order: "Volgorde",
    seniorLast: "Hoogste in rang komt als laatste",
    seniorFirst: "Hoogste in rang komt als eerste",
    interval: "Tussentijd (minuten)",
    groupGap: "Extra tussentijd tussen rangen (minuten)",
    greeting: "Begroeting (minuten)",
    press: "Persmoment (minuten)",
    window: "Aankomsten vanaf (minuten vóór het begin)",
    greeter: "Begroet door",
    escort: "Escorte",
    escortNone: "Geen escortetaak",
    empty: "Nog geen aankomsten: maak ze uit de rangorde.",
    columns: { position: "Nr.", time: "Aankomst", party: "Partij", principal: "Hoofd", departs: "Colonne vertrekt", from: "Van", greeter: "Ontvanger", entrance: "Ingang" },
    moveUp: (name) => `${name} eerder`,
    moveDown: (name) => `${name} later`,
    timeOf: (name) => `Aankomsttijd van ${name}`,
    setTime: "Instellen",
    conflicts: "Problemen met deze aankomsten",
    noConflicts: "Geen problemen gevonden.",
    saved: "Opgeslagen.",
    working: "Bezig met opslaan…",
    downloads: "Aankomstlijst",
    photo: "Familiefoto",
  },
  replan: {
    title: "Herplannen na vertraging",
    intro: "Loopt een hoofd uit (late landing, uitlopend gesprek), zet dan de overige aankomsten opnieuw, zo veel mogelijk in dezelfde volgorde.",
    preview: "Laat zien wat verschuift",
    none: "Er hoeft niets te verschuiven.",
    apply: "Deze wijzigingen doorvoeren",
    overrun: (names) => `Niet binnen vóór het begin: ${names}. Wijzig het onderdeel of de volgorde met de hand.`,
    change: (party, from, to, fromPos, toPos) => `${party}: ${from} → ${to} (plaats ${fromPos} → ${toPos})`,
  },
  documents: {
    listTitle: (item) => `Aankomstlijst — ${item}`,
    photoTitle: (item) => `Familiefoto — ${item}`,
    host: "Gastheer",
    row: (n) => `Rij ${n}`,
    motorcadesTitle: "Colonneschema",
    generated: (when) => `Gemaakt ${when}`,
  },
  own: {
    title: "Aankomsten",
    leaves: (time, place) => `Colonne vertrekt om ${time} van ${place}`,
    arrives: (time, entrance) => `Aankomst bij ${entrance} om ${time}`,
    label: "Aankomst in protocolvolgorde",
  },
};

// The words of the start pages (app/page.tsx) and the main navigation (components/app-nav.tsx),
// in English and Dutch. Part of the Dictionary (./types.ts) as `start`; kept here, side by side,
// so the two languages are read and changed together.

/** The navigation's groups, by the job they serve. */
export type NavGroupKey = "plan" | "delegations" | "operations" | "downloads" | "admin";
/** Every page the navigation links to. */
export type NavLinkKey =
  | "start"
  | "programme"
  | "timeline"
  | "conflicts"
  | "itinerary"
  | "delegations"
  | "venues"
  | "bilaterals"
  | "tasks"
  | "movements"
  | "arrivals"
  | "ops"
  | "live"
  | "coverage"
  | "import"
  | "exports"
  | "summits"
  | "agencies"
  | "users"
  | "calendar";

export type NavText = {
  /** The navigation landmark's name. */
  label: string;
  /** The phone menu button. */
  menu: string;
  groups: Record<NavGroupKey, string>;
  links: Record<NavLinkKey, string>;
};

/** The sign-in form's words: plain strings, as it is a client component. */
export type SignInFormText = {
  email: string;
  password: string;
  submit: string;
  submitting: string;
  wrongCredentials: string;
  locked: string;
};

/** The sign-in page. */
export type SignInText = {
  product: string;
  /** "For NATO Summit The Hague 2025": names the summit, and only its name, before anyone signs in. */
  forSummit: (summit: string) => string;
  heading: string;
  form: SignInFormText;
};

export type StartText = {
  title: string;
  subtitle: (summit: string, zone: string) => string;
  /** Where today stands against the summit's days ("Tue 24 Jun 2025" as the caller words it). */
  moment: {
    before: (firstDay: string) => string;
    during: (today: string) => string;
    after: (firstDay: string) => string;
  };
  planner: {
    conflicts: string;
    noConflicts: string;
    conflictsOn: (day: string, n: number) => string;
    noDay: (n: number) => string;
    accepted: (n: number) => string;
    allConflicts: string;
    coverage: string;
    noGaps: string;
    gapsOn: (day: string, n: number) => string;
    coverageMatrix: string;
    delegations: string;
    noDelegations: string;
    agencies: string;
    noAgencies: string;
    changes: (n: number) => string;
    bilaterals: string;
    noBilaterals: string;
    requestedOn: (when: string) => string;
    next: string;
    firstItems: string;
    nothingNext: string;
    programme: string;
    administration: string;
  };
  liaison: {
    noDelegation: string;
    nextFor: (who: string) => string;
    firstFor: (who: string) => string;
    nothingNext: string;
    itinerary: string;
    changes: string;
    changesCount: (n: number) => string;
    allAcknowledged: string;
    review: string;
    bilaterals: string;
    noBilaterals: string;
    awaitingAnswer: string;
    withParties: (names: string) => string;
    proposedFor: (when: string) => string;
    requestNew: string;
  };
  agency: {
    noAgency: string;
    next: string;
    firstTasks: string;
    nothingNext: string;
    allTasks: string;
    changes: string;
    changesCount: (n: number) => string;
    allAcknowledged: string;
    review: string;
  };
  nav: NavText;
  signIn: SignInText;
};

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const startEn: StartText = {
  title: "Start",
  subtitle: (summit, zone) => `${summit} · times in ${zone}`,
  moment: {
    before: (firstDay) => `The summit has not begun: its first day is ${firstDay}. Shown from its start.`,
    during: (today) => `Today, ${today}.`,
    after: (firstDay) => `The summit is over. Shown from its first day, ${firstDay}.`,
  },
  planner: {
    conflicts: "Hard conflicts",
    noConflicts: "No hard conflicts.",
    conflictsOn: (day, n) => `${day}: ${plural(n, "hard conflict", "hard conflicts")}`,
    noDay: (n) => `Without a time: ${plural(n, "hard conflict", "hard conflicts")}`,
    accepted: (n) => `${n} accepted`,
    allConflicts: "All conflicts",
    coverage: "Coverage gaps",
    noGaps: "Every required agency task is assigned.",
    gapsOn: (day, n) => `${day}: ${plural(n, "gap", "gaps")}`,
    coverageMatrix: "Coverage matrix",
    delegations: "Delegations with unacknowledged changes",
    noDelegations: "Every delegation has acknowledged the latest changes.",
    agencies: "Agencies with unacknowledged changes",
    noAgencies: "Every agency has acknowledged the changes to its tasks.",
    changes: (n) => plural(n, "change", "changes"),
    bilaterals: "Bilaterals waiting for a decision",
    noBilaterals: "No bilateral request waits for the planners.",
    requestedOn: (when) => `requested ${when}`,
    next: "Next in the programme",
    firstItems: "First items of the programme",
    nothingNext: "Nothing more is planned.",
    programme: "Day programme",
    administration: "Administration",
  },
  liaison: {
    noDelegation: "You are not assigned to a delegation of this summit. Ask an administrator.",
    nextFor: (who) => `Next for the ${who}`,
    firstFor: (who) => `First for the ${who}`,
    nothingNext: "No commitment planned.",
    itinerary: "Open the itinerary",
    changes: "Changes to acknowledge",
    changesCount: (n) => plural(n, "unacknowledged change", "unacknowledged changes"),
    allAcknowledged: "You have acknowledged every change.",
    review: "Review and acknowledge",
    bilaterals: "Open bilateral requests",
    noBilaterals: "No open bilateral request.",
    awaitingAnswer: "Your answer is needed",
    withParties: (names) => `With ${names}`,
    proposedFor: (when) => `proposed for ${when}`,
    requestNew: "Request a bilateral",
  },
  agency: {
    noAgency: "Your account is not linked to an agency of this summit. Ask an administrator.",
    next: "Your next tasks",
    firstTasks: "Your first tasks",
    nothingNext: "No tasks ahead.",
    allTasks: "All tasks",
    changes: "Changes to acknowledge",
    changesCount: (n) => plural(n, "unacknowledged change", "unacknowledged changes"),
    allAcknowledged: "You have acknowledged every change to your tasks.",
    review: "Review and acknowledge",
  },
  nav: {
    label: "Main",
    menu: "Menu",
    groups: { plan: "Plan", delegations: "Delegations", operations: "Operations", downloads: "Data", admin: "Admin" },
    links: {
      start: "Start",
      programme: "Programme",
      timeline: "Timeline",
      conflicts: "Conflicts",
      itinerary: "Itinerary",
      delegations: "Delegations",
      venues: "Venues",
      bilaterals: "Bilaterals",
      tasks: "Agency tasks",
      movements: "Movements",
      arrivals: "Arrivals",
      ops: "Operations board",
      live: "On the day",
      coverage: "Coverage",
      import: "Import",
      exports: "Downloads",
      summits: "Summits",
      agencies: "Agencies",
      users: "Users",
      calendar: "Calendar feed",
    },
  },
  signIn: {
    product: "Summit logistics",
    forSummit: (summit) => `For ${summit}`,
    heading: "Sign in",
    form: {
      email: "E-mail",
      password: "Password",
      submit: "Sign in",
      submitting: "Signing in…",
      wrongCredentials: "The e-mail address or password is not correct.",
      locked: "Too many failed attempts from this network. Sign-in to this account from here is paused for 15 minutes.",
    },
  },
};

export const startNl: StartText = {
  title: "Start",
  subtitle: (summit, zone) => `${summit} · tijden in ${zone}`,
  moment: {
    before: (firstDay) => `De top is nog niet begonnen: de eerste dag is ${firstDay}. Getoond vanaf het begin.`,
    during: (today) => `Vandaag, ${today}.`,
    after: (firstDay) => `De top is voorbij. Getoond vanaf de eerste dag, ${firstDay}.`,
  },
  planner: {
    conflicts: "Harde conflicten",
    noConflicts: "Geen harde conflicten.",
    conflictsOn: (day, n) => `${day}: ${plural(n, "hard conflict", "harde conflicten")}`,
    noDay: (n) => `Zonder tijd: ${plural(n, "hard conflict", "harde conflicten")}`,
    accepted: (n) => `${n} geaccepteerd`,
    allConflicts: "Alle conflicten",
    coverage: "Gaten in de dekking",
    noGaps: "Elke vereiste taak van een dienst is toegewezen.",
    gapsOn: (day, n) => `${day}: ${plural(n, "gat", "gaten")}`,
    coverageMatrix: "Dekkingsoverzicht",
    delegations: "Delegaties met onbevestigde wijzigingen",
    noDelegations: "Alle delegaties hebben de laatste wijzigingen bevestigd.",
    agencies: "Diensten met onbevestigde wijzigingen",
    noAgencies: "Alle diensten hebben de wijzigingen in hun taken bevestigd.",
    changes: (n) => plural(n, "wijziging", "wijzigingen"),
    bilaterals: "Bilaterale gesprekken die op een besluit wachten",
    noBilaterals: "Geen verzoek om een bilateraal gesprek wacht op de planners.",
    requestedOn: (when) => `aangevraagd ${when}`,
    next: "Volgende in het programma",
    firstItems: "Eerste onderdelen van het programma",
    nothingNext: "Er is niets meer gepland.",
    programme: "Dagprogramma",
    administration: "Beheer",
  },
  liaison: {
    noDelegation: "U bent niet aan een delegatie van deze top toegewezen. Vraag het een beheerder.",
    nextFor: (who) => `Volgende voor: ${who}`,
    firstFor: (who) => `Eerste voor: ${who}`,
    nothingNext: "Geen afspraak gepland.",
    itinerary: "Reisschema openen",
    changes: "Te bevestigen wijzigingen",
    changesCount: (n) => plural(n, "onbevestigde wijziging", "onbevestigde wijzigingen"),
    allAcknowledged: "U hebt alle wijzigingen bevestigd.",
    review: "Bekijken en bevestigen",
    bilaterals: "Openstaande verzoeken om een bilateraal gesprek",
    noBilaterals: "Geen openstaand verzoek.",
    awaitingAnswer: "Uw antwoord is nodig",
    withParties: (names) => `Met ${names}`,
    proposedFor: (when) => `voorgesteld voor ${when}`,
    requestNew: "Bilateraal gesprek aanvragen",
  },
  agency: {
    noAgency: "Uw account is niet aan een dienst van deze top gekoppeld. Vraag het een beheerder.",
    next: "Uw volgende taken",
    firstTasks: "Uw eerste taken",
    nothingNext: "Geen taken meer.",
    allTasks: "Alle taken",
    changes: "Te bevestigen wijzigingen",
    changesCount: (n) => plural(n, "onbevestigde wijziging", "onbevestigde wijzigingen"),
    allAcknowledged: "U hebt alle wijzigingen in uw taken bevestigd.",
    review: "Bekijken en bevestigen",
  },
  nav: {
    label: "Hoofdmenu",
    menu: "Menu",
    groups: { plan: "Plannen", delegations: "Delegaties", operations: "Uitvoering", downloads: "Gegevens", admin: "Beheer" },
    links: {
      start: "Start",
      programme: "Programma",
      timeline: "Tijdlijn",
      conflicts: "Conflicten",
      itinerary: "Reisschema",
      delegations: "Delegaties",
      venues: "Locaties",
      bilaterals: "Bilaterale gesprekken",
      tasks: "Taken van diensten",
      movements: "Verplaatsingen",
      arrivals: "Aankomsten",
      ops: "Operatiebord",
      live: "Op de dag",
      coverage: "Dekking",
      import: "Importeren",
      exports: "Downloaden",
      summits: "Toppen",
      agencies: "Diensten",
      users: "Gebruikers",
      calendar: "Agenda-abonnement",
    },
  },
  signIn: {
    product: "Logistiek van de top",
    forSummit: (summit) => `Voor ${summit}`,
    heading: "Inloggen",
    form: {
      email: "E-mailadres",
      password: "Wachtwoord",
      submit: "Inloggen",
      submitting: "Bezig met inloggen…",
      wrongCredentials: "Het e-mailadres of het wachtwoord is niet juist.",
      locked: "Te veel mislukte pogingen vanaf dit netwerk. Inloggen op dit account is vanaf hier 15 minuten onderbroken.",
    },
  },
};

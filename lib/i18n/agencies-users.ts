// The words of the administrators' agency, user and assignment pages and of the sign-in refusal
// for a deactivated agency, in English and Dutch. They are part of the Dictionary (./types.ts) as
// `admin`; kept here, side by side, so the two languages are read and changed together.
//
// `messages` are the refusals of the shared zod schemas and the domain functions. Those speak
// English (the form validates with the same schema before sending); a page hands its form
// `translations(...)` of them, and the form shows the reader's language for what it knows.
import type { AgencyKind, Role } from "@/lib/generated/prisma/enums";

/** Plain strings only: handed as they are to client forms. */
export type AgencyFormText = {
  name: string;
  shortName: string;
  shortNameHint: string;
  kind: string;
  create: string;
  save: string;
  saving: string;
  saved: string;
};

/** The activate/deactivate buttons of one agency (plain strings, for a client component). */
export type AgencyStatusText = {
  deactivate: string;
  deactivateConfirm: string;
  reactivate: string;
  reactivateConfirm: string;
  working: string;
};

/** The user form (plain strings, for a client component). */
export type UserFormText = {
  email: string;
  emailIs: string;
  name: string;
  password: string;
  passwordHint: string;
  role: string;
  summit: string;
  summitHint: string;
  delegations: string;
  noDelegations: string;
  agency: string;
  noAgencies: string;
  choose: string;
  deactivated: string;
  archived: string;
  active: string;
  create: string;
  save: string;
  saving: string;
  saved: string;
};

export type ResetPasswordText = { password: string; submit: string; done: string };

export type AdminText = {
  agencyKind: Record<AgencyKind, string>;
  role: Record<Role, string>;
  agencies: {
    metaTitle: string;
    title: string;
    /** "NATO Summit 2025 · 10 agencies" */
    subtitle: (summit: string, n: number) => string;
    newAgency: string;
    newTitle: string;
    editTitle: string;
    assignments: string;
    noSummit: string;
    noAgencies: string;
    columns: { name: string; shortName: string; kind: string; status: string; users: string; tasks: string; coordinators: string };
    active: string;
    deactivated: string;
    /** "Deactivated since Tue 24 Jun 2025 14:05" */
    deactivatedSince: (when: string) => string;
    /** "Summit: NATO Summit 2025" */
    ofSummit: (summit: string) => string;
    form: AgencyFormText;
    status: {
      heading: string;
      active: string;
      deactivated: (when: string) => string;
      buttons: AgencyStatusText;
    };
    coordinatorsHeading: string;
    noCoordinators: string;
    /** "3 tasks, 2 users" for the edit page. */
    history: (tasks: number, users: number) => string;
    messages: {
      nameRequired: string;
      nameTooLong: string;
      shortNameRequired: string;
      shortNameTooLong: string;
      kindRequired: string;
      exists: string;
      nameTaken: string;
      shortNameTaken: string;
      /** A task given to a deactivated agency (lib/tasks/mutations.ts). */
      noNewTasks: string;
    };
  };
  users: {
    metaTitle: string;
    title: string;
    count: (n: number) => string;
    newUser: string;
    newTitle: string;
    editTitle: string;
    assignments: string;
    columns: { name: string; email: string; role: string; scope: string; status: string };
    active: string;
    deactivated: string;
    mustChangePassword: string;
    /** A user's assignment with its summit: "Belgium, Ukraine · NATO Summit 2025". */
    scopeIn: (scope: string, summit: string) => string;
    form: UserFormText;
    scopeHeading: string;
    resetHeading: string;
    resetHint: string;
    reset: ResetPasswordText;
    messages: {
      roleRequired: string;
      emailInvalid: string;
      emailTooLong: string;
      emailTaken: string;
      nameRequired: string;
      nameTooLong: string;
      passwordTooShort: string;
      passwordTooLong: string;
      liaisonNeedsDelegation: string;
      coordinatorNeedsAgency: string;
      summitRequired: string;
      unknownSummit: string;
      unknownDelegation: string;
      unknownAgency: string;
      delegationsOfSeveralSummits: string;
      delegationOfOtherSummit: string;
      agencyOfOtherSummit: string;
      agencyDeactivated: string;
      notYourself: string;
      askAnotherAdmin: string;
    };
  };
  assignments: {
    metaTitle: string;
    title: string;
    subtitle: (summit: string) => string;
    noSummit: string;
    delegationsHeading: string;
    agenciesHeading: string;
    delegation: string;
    liaisons: string;
    agency: string;
    coordinators: string;
    nobody: string;
    /** After the name of an account that cannot sign in. */
    inactive: string;
  };
  /** The gate's answers a form may show (lib/auth/gate.ts). */
  gate: { checkFields: string; signedOut: string; notAvailable: string; unexpected: string };
  signIn: { agencyDeactivated: string };
};

export const adminEn: AdminText = {
  agencyKind: {
    POLICE: "Police",
    MILITARY: "Military",
    SECURITY: "Security",
    INTELLIGENCE: "Intelligence",
    ROADS: "Roads",
    AIRPORT: "Airport",
    MUNICIPALITY: "Municipality",
    MEDICAL: "Medical",
    OTHER: "Other",
  },
  role: { ADMIN: "Admin", PLANNER: "Planner", LIAISON: "Liaison officer", AGENCY: "Agency coordinator", VIEWER: "Viewer" },
  agencies: {
    metaTitle: "Agencies",
    title: "Agencies",
    subtitle: (summit, n) => `${summit} · ${n} ${n === 1 ? "agency" : "agencies"}`,
    newAgency: "New agency",
    newTitle: "New agency",
    editTitle: "Edit agency",
    assignments: "Who is assigned where",
    noSummit: "No summit yet",
    noAgencies: "This summit has no agencies yet.",
    columns: { name: "Name", shortName: "Short name", kind: "Kind", status: "Status", users: "Users", tasks: "Tasks", coordinators: "Coordinators" },
    active: "Active",
    deactivated: "Deactivated",
    deactivatedSince: (when) => `Deactivated since ${when}`,
    ofSummit: (summit) => `Summit: ${summit}`,
    form: {
      name: "Name",
      shortName: "Short name",
      shortNameHint: "Used in lists and exports, e.g. Police.",
      kind: "Kind",
      create: "Create agency",
      save: "Save changes",
      saving: "Saving…",
      saved: "Saved.",
    },
    status: {
      heading: "Status",
      active: "Active: the agency gets tasks and its coordinators can sign in.",
      deactivated: (when) => `Deactivated since ${when}: it gets no new tasks and its coordinators cannot sign in. Its tasks and history stay.`,
      buttons: {
        deactivate: "Deactivate agency",
        deactivateConfirm: "Deactivate this agency? It gets no new tasks and its coordinators are signed out and cannot sign in.",
        reactivate: "Reactivate agency",
        reactivateConfirm: "Reactivate this agency? Its coordinators can sign in again.",
        working: "Saving…",
      },
    },
    coordinatorsHeading: "Coordinators",
    noCoordinators: "No coordinator is assigned to this agency.",
    history: (tasks, users) => `${tasks} ${tasks === 1 ? "task" : "tasks"}, ${users} ${users === 1 ? "user" : "users"}`,
    messages: {
      nameRequired: "Enter a name.",
      nameTooLong: "Use at most 120 characters.",
      shortNameRequired: "Enter a short name.",
      shortNameTooLong: "Use at most 40 characters.",
      kindRequired: "Choose a kind.",
      exists: "This summit has such an agency already.",
      nameTaken: "Another agency of this summit has this name.",
      shortNameTaken: "Another agency of this summit has this short name.",
      noNewTasks: "This agency is deactivated: it takes no new tasks.",
    },
  },
  users: {
    metaTitle: "Users",
    title: "Users",
    count: (n) => `${n} ${n === 1 ? "account" : "accounts"}`,
    newUser: "New user",
    newTitle: "New user",
    editTitle: "Edit user",
    assignments: "Who is assigned where",
    columns: { name: "Name", email: "E-mail", role: "Role", scope: "Assignment", status: "Status" },
    active: "Active",
    deactivated: "Deactivated",
    mustChangePassword: "must change password",
    scopeIn: (scope, summit) => `${scope} · ${summit}`,
    form: {
      email: "E-mail",
      emailIs: "E-mail:",
      name: "Name",
      password: "Initial password",
      passwordHint: "At least 12 characters.",
      role: "Role",
      summit: "Summit",
      summitHint: "A liaison officer or agency coordinator works for one summit.",
      delegations: "Delegations",
      noDelegations: "This summit has no delegations yet.",
      agency: "Agency",
      noAgencies: "This summit has no active agencies.",
      choose: "Choose…",
      deactivated: "(deactivated)",
      archived: "(archived)",
      active: "Active (can sign in)",
      create: "Create user",
      save: "Save changes",
      saving: "Saving…",
      saved: "Saved.",
    },
    scopeHeading: "Role, assignment and status",
    resetHeading: "Reset password",
    resetHint: "Set a temporary password. The user must choose a new one when they next sign in.",
    reset: {
      password: "Temporary password",
      submit: "Reset password",
      done: "Password reset. Give the temporary password to the user by a safe channel.",
    },
    messages: {
      roleRequired: "Choose a role.",
      emailInvalid: "Enter a valid e-mail address.",
      emailTooLong: "That e-mail address is too long.",
      emailTaken: "A user with this e-mail address exists.",
      nameRequired: "Enter a name.",
      nameTooLong: "Use at most 120 characters.",
      passwordTooShort: "Use at least 12 characters.",
      passwordTooLong: "Use at most 200 characters.",
      liaisonNeedsDelegation: "A liaison needs at least one delegation.",
      coordinatorNeedsAgency: "An agency coordinator needs an agency.",
      summitRequired: "Choose the summit.",
      unknownSummit: "Unknown summit.",
      unknownDelegation: "Unknown delegation.",
      unknownAgency: "Unknown agency.",
      delegationsOfSeveralSummits: "These delegations belong to different summits: a liaison officer works for one summit.",
      delegationOfOtherSummit: "Choose delegations of the chosen summit.",
      agencyOfOtherSummit: "This agency belongs to another summit than the one chosen.",
      agencyDeactivated: "This agency is deactivated: reactivate it first, or choose another.",
      notYourself: "You cannot deactivate yourself or remove your own admin role.",
      askAnotherAdmin: "Ask another admin.",
    },
  },
  assignments: {
    metaTitle: "Who is assigned where",
    title: "Who is assigned where",
    subtitle: (summit) => summit,
    noSummit: "No summit yet",
    delegationsHeading: "Liaison officers per delegation",
    agenciesHeading: "Coordinators per agency",
    delegation: "Delegation",
    liaisons: "Liaison officers",
    agency: "Agency",
    coordinators: "Coordinators",
    nobody: "Nobody assigned",
    inactive: "(cannot sign in)",
  },
  gate: {
    checkFields: "Check the highlighted fields.",
    signedOut: "Your session has ended. Sign in again.",
    notAvailable: "Not found.",
    unexpected: "Something went wrong. Nothing was saved; try again.",
  },
  signIn: {
    agencyDeactivated: "Your agency has been deactivated for this summit, so you cannot sign in. Ask the summit's administrators.",
  },
};

export const adminNl: AdminText = {
  agencyKind: {
    POLICE: "Politie",
    MILITARY: "Krijgsmacht",
    SECURITY: "Veiligheid",
    INTELLIGENCE: "Inlichtingen",
    ROADS: "Wegen",
    AIRPORT: "Luchthaven",
    MUNICIPALITY: "Gemeente",
    MEDICAL: "Geneeskundig",
    OTHER: "Overig",
  },
  role: { ADMIN: "Beheerder", PLANNER: "Planner", LIAISON: "Verbindingsofficier", AGENCY: "Coördinator van een dienst", VIEWER: "Lezer" },
  agencies: {
    metaTitle: "Diensten",
    title: "Diensten",
    subtitle: (summit, n) => `${summit} · ${n} ${n === 1 ? "dienst" : "diensten"}`,
    newAgency: "Nieuwe dienst",
    newTitle: "Nieuwe dienst",
    editTitle: "Dienst bewerken",
    assignments: "Wie is waar ingedeeld",
    noSummit: "Nog geen top",
    noAgencies: "Deze top heeft nog geen diensten.",
    columns: { name: "Naam", shortName: "Korte naam", kind: "Soort", status: "Status", users: "Gebruikers", tasks: "Taken", coordinators: "Coördinatoren" },
    active: "Actief",
    deactivated: "Gedeactiveerd",
    deactivatedSince: (when) => `Gedeactiveerd sinds ${when}`,
    ofSummit: (summit) => `Top: ${summit}`,
    form: {
      name: "Naam",
      shortName: "Korte naam",
      shortNameHint: "Gebruikt in lijsten en exports, bijvoorbeeld Politie.",
      kind: "Soort",
      create: "Dienst aanmaken",
      save: "Wijzigingen opslaan",
      saving: "Bezig met opslaan…",
      saved: "Opgeslagen.",
    },
    status: {
      heading: "Status",
      active: "Actief: de dienst krijgt taken en de coördinatoren kunnen inloggen.",
      deactivated: (when) => `Gedeactiveerd sinds ${when}: de dienst krijgt geen nieuwe taken en de coördinatoren kunnen niet inloggen. De taken en de geschiedenis blijven bewaard.`,
      buttons: {
        deactivate: "Dienst deactiveren",
        deactivateConfirm: "Deze dienst deactiveren? De dienst krijgt geen nieuwe taken en de coördinatoren worden uitgelogd en kunnen niet meer inloggen.",
        reactivate: "Dienst weer activeren",
        reactivateConfirm: "Deze dienst weer activeren? De coördinatoren kunnen dan weer inloggen.",
        working: "Bezig met opslaan…",
      },
    },
    coordinatorsHeading: "Coördinatoren",
    noCoordinators: "Er is geen coördinator aan deze dienst toegewezen.",
    history: (tasks, users) => `${tasks} ${tasks === 1 ? "taak" : "taken"}, ${users} ${users === 1 ? "gebruiker" : "gebruikers"}`,
    messages: {
      nameRequired: "Vul een naam in.",
      nameTooLong: "Gebruik hoogstens 120 tekens.",
      shortNameRequired: "Vul een korte naam in.",
      shortNameTooLong: "Gebruik hoogstens 40 tekens.",
      kindRequired: "Kies een soort.",
      exists: "Deze top heeft zo'n dienst al.",
      nameTaken: "Een andere dienst van deze top heeft deze naam.",
      shortNameTaken: "Een andere dienst van deze top heeft deze korte naam.",
      noNewTasks: "Deze dienst is gedeactiveerd: de dienst krijgt geen nieuwe taken.",
    },
  },
  users: {
    metaTitle: "Gebruikers",
    title: "Gebruikers",
    count: (n) => `${n} ${n === 1 ? "account" : "accounts"}`,
    newUser: "Nieuwe gebruiker",
    newTitle: "Nieuwe gebruiker",
    editTitle: "Gebruiker bewerken",
    assignments: "Wie is waar ingedeeld",
    columns: { name: "Naam", email: "E-mail", role: "Rol", scope: "Indeling", status: "Status" },
    active: "Actief",
    deactivated: "Gedeactiveerd",
    mustChangePassword: "moet het wachtwoord wijzigen",
    scopeIn: (scope, summit) => `${scope} · ${summit}`,
    form: {
      email: "E-mail",
      emailIs: "E-mail:",
      name: "Naam",
      password: "Eerste wachtwoord",
      passwordHint: "Minstens 12 tekens.",
      role: "Rol",
      summit: "Top",
      summitHint: "Een verbindingsofficier of coördinator van een dienst werkt voor één top.",
      delegations: "Delegaties",
      noDelegations: "Deze top heeft nog geen delegaties.",
      agency: "Dienst",
      noAgencies: "Deze top heeft geen actieve diensten.",
      choose: "Kies…",
      deactivated: "(gedeactiveerd)",
      archived: "(gearchiveerd)",
      active: "Actief (kan inloggen)",
      create: "Gebruiker aanmaken",
      save: "Wijzigingen opslaan",
      saving: "Bezig met opslaan…",
      saved: "Opgeslagen.",
    },
    scopeHeading: "Rol, indeling en status",
    resetHeading: "Wachtwoord opnieuw instellen",
    resetHint: "Stel een tijdelijk wachtwoord in. De gebruiker moet bij de volgende keer inloggen een nieuw wachtwoord kiezen.",
    reset: {
      password: "Tijdelijk wachtwoord",
      submit: "Wachtwoord opnieuw instellen",
      done: "Het wachtwoord is opnieuw ingesteld. Geef het tijdelijke wachtwoord langs een veilige weg aan de gebruiker.",
    },
    messages: {
      roleRequired: "Kies een rol.",
      emailInvalid: "Vul een geldig e-mailadres in.",
      emailTooLong: "Dat e-mailadres is te lang.",
      emailTaken: "Er is al een gebruiker met dit e-mailadres.",
      nameRequired: "Vul een naam in.",
      nameTooLong: "Gebruik hoogstens 120 tekens.",
      passwordTooShort: "Gebruik minstens 12 tekens.",
      passwordTooLong: "Gebruik hoogstens 200 tekens.",
      liaisonNeedsDelegation: "Een verbindingsofficier heeft minstens één delegatie nodig.",
      coordinatorNeedsAgency: "Een coördinator van een dienst heeft een dienst nodig.",
      summitRequired: "Kies de top.",
      unknownSummit: "Onbekende top.",
      unknownDelegation: "Onbekende delegatie.",
      unknownAgency: "Onbekende dienst.",
      delegationsOfSeveralSummits: "Deze delegaties horen bij verschillende toppen: een verbindingsofficier werkt voor één top.",
      delegationOfOtherSummit: "Kies delegaties van de gekozen top.",
      agencyOfOtherSummit: "Deze dienst hoort bij een andere top dan de gekozen top.",
      agencyDeactivated: "Deze dienst is gedeactiveerd: activeer de dienst eerst weer, of kies een andere.",
      notYourself: "U kunt uzelf niet deactiveren en uw eigen beheerdersrol niet intrekken.",
      askAnotherAdmin: "Vraag het een andere beheerder.",
    },
  },
  assignments: {
    metaTitle: "Wie is waar ingedeeld",
    title: "Wie is waar ingedeeld",
    subtitle: (summit) => summit,
    noSummit: "Nog geen top",
    delegationsHeading: "Verbindingsofficieren per delegatie",
    agenciesHeading: "Coördinatoren per dienst",
    delegation: "Delegatie",
    liaisons: "Verbindingsofficieren",
    agency: "Dienst",
    coordinators: "Coördinatoren",
    nobody: "Niemand ingedeeld",
    inactive: "(kan niet inloggen)",
  },
  gate: {
    checkFields: "Controleer de gemarkeerde velden.",
    signedOut: "Uw sessie is beëindigd. Log opnieuw in.",
    notAvailable: "Niet gevonden.",
    unexpected: "Er ging iets mis. Er is niets opgeslagen; probeer het opnieuw.",
  },
  signIn: {
    agencyDeactivated: "Uw dienst is voor deze top gedeactiveerd; daarom kunt u niet inloggen. Vraag het de beheerders van de top.",
  },
};

/**
 * English sentence → the same sentence in the reader's language, for the messages a form may be
 * shown (English keys, as the schemas and domain functions word them).
 */
export function translations<T extends Record<string, string>>(english: T, localized: T): Record<string, string> {
  return Object.fromEntries(Object.entries(english).map(([key, sentence]) => [sentence, localized[key as keyof T]]));
}

/** Every refusal an agency or user form may show, English → the language of `t`. */
export function formMessages(t: AdminText): Record<string, string> {
  return {
    ...translations(adminEn.gate, t.gate),
    ...translations(adminEn.agencies.messages, t.agencies.messages),
    ...translations(adminEn.users.messages, t.users.messages),
  };
}

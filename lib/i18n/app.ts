// The words every page shares: the header's language switch, the skip link, the error and
// not-found pages, in English and Dutch. Part of the Dictionary (./types.ts) as `app`.

export type AppText = {
  name: string;
  skipLink: string;
  /** The header's language switch (a navigation landmark). */
  language: string;
  error: {
    title: string;
    body: string;
    databaseTitle: string;
    /** After lib/errors.ts's sentence that the database cannot be reached. */
    databaseBody: string;
    tryAgain: string;
  };
  notFound: { title: string; body: string; back: string };
};

export const appEn: AppText = {
  name: "Summit logistics",
  skipLink: "Skip to content",
  language: "Language",
  error: {
    title: "Something went wrong",
    body: "The page could not be loaded. Nothing was changed.",
    databaseTitle: "The database cannot be reached",
    databaseBody: "The database cannot be reached; nothing was saved. Try again in a minute.",
    tryAgain: "Try again",
  },
  notFound: {
    title: "Not found",
    body: "This page does not exist or is not available to you.",
    back: "Back to your start page",
  },
};

export const appNl: AppText = {
  name: "Logistiek topconferentie",
  skipLink: "Naar de inhoud",
  language: "Taal",
  error: {
    title: "Er ging iets mis",
    body: "De pagina kon niet worden geladen. Er is niets gewijzigd.",
    databaseTitle: "De database is niet bereikbaar",
    databaseBody: "De database is niet bereikbaar; er is niets opgeslagen. Probeer het over een minuut opnieuw.",
    tryAgain: "Opnieuw proberen",
  },
  notFound: {
    title: "Niet gevonden",
    body: "Deze pagina bestaat niet of is niet voor u beschikbaar.",
    back: "Terug naar uw startpagina",
  },
};

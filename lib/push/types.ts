// A pushed event says only that something the reader may see changed, and roughly where (topics),
// so a page knows whether to re-read through its own scoped queries. It never carries content.

/** The kinds of page a change may concern; "*" asks every page to re-read (a resync). */
export const TOPICS = ["programme", "itinerary", "tasks", "conflicts", "bilaterals", "ops", "*"] as const;
export type Topic = (typeof TOPICS)[number];

export type LiveEvent = { topics: Topic[] };

/** A programme item's scope as the visibility rule reads it (couldSee in lib/programme/policy.ts). */
export type ItemScopeView = {
  status?: string;
  visibility?: string;
  delegationIds: readonly string[];
  agencyIds: readonly string[];
};

/**
 * Who may learn of one change, resolved once per change per instance; each open stream is then
 * judged against it in memory (policy.ts mayHear). Staff hear every change of their summit.
 */
export type Audience = {
  summitId: string | null;
  topics: Topic[];
  /** Everyone signed in to the summit (a change to the summit itself). */
  everyone: boolean;
  /** The item as it was and as it is: a reader who could see either side hears of it. */
  items: ItemScopeView[];
  /** Liaisons of these delegations hear of it. */
  delegationIds: ReadonlySet<string>;
  /** Coordinators of these agencies hear of it. */
  agencyIds: ReadonlySet<string>;
};

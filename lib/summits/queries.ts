import { cache } from "react";
import type { Actor } from "@/lib/auth/actor";
import type { DbOrTx } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { daysBetween, isoDayOfDateColumn, type IsoDay } from "@/lib/time";
import { summitBinding } from "./policy";

export type SummitSummary = {
  id: string;
  slug: string;
  name: string;
  host: string;
  timeZone: string;
  days: IsoDay[];
  travelBufferMinutes: number;
  /** ISO 639-1 codes of the summit's working languages. */
  languages: string[];
  archived: boolean;
};

/** The parts of an actor that decide their summit (boundSummits, when given, saves reading it). */
export type SummitReader = Pick<Actor, "userId" | "role" | "delegationIds" | "agencyId" | "boundSummits">;

const summarySelect = {
  id: true,
  slug: true,
  name: true,
  host: true,
  timeZone: true,
  startDate: true,
  endDate: true,
  travelBufferMinutes: true,
  languages: true,
  archivedAt: true,
} as const;

type SummaryRow = { startDate: Date; endDate: Date; archivedAt: Date | null } & Omit<SummitSummary, "days" | "archived">;

/** The columns of summarySelect, from a whole summit row. */
function pickSummary(row: SummaryRow): SummaryRow {
  const { id, slug, name, host, timeZone, startDate, endDate, travelBufferMinutes, languages, archivedAt } = row;
  return { id, slug, name, host, timeZone, startDate, endDate, travelBufferMinutes, languages, archivedAt };
}

function toSummary({ startDate, endDate, archivedAt, ...rest }: SummaryRow): SummitSummary {
  return { ...rest, archived: archivedAt !== null, days: daysBetween(isoDayOfDateColumn(startDate), isoDayOfDateColumn(endDate)) };
}

// Live summits first, then the most recent: the order in which a binding or a default is taken.
const LIVE_AND_RECENT = [{ archivedAt: { sort: "asc", nulls: "first" } }, { startDate: "desc" }, { id: "asc" }] as const;

/** LIVE_AND_RECENT in JavaScript, for summits already read (Actor.boundSummits). */
function liveAndRecent(a: SummaryRow, b: SummaryRow): number {
  // Archived ascending, live (null) first.
  const archived = (s: SummaryRow) => s.archivedAt?.getTime() ?? -Infinity;
  if (archived(a) !== archived(b)) return archived(a) < archived(b) ? -1 : 1;
  if (a.startDate.getTime() !== b.startDate.getTime()) return b.startDate.getTime() - a.startDate.getTime();
  // The last tie, two summits starting the same day, by id: bytewise, which for cuid()s (lowercase
  // letters and digits) is the database's order too.
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The installation's default for staff who have not chosen: SUMMIT_SLUG's summit when it names a
 * live one, otherwise the most recent summit that is not archived; null when there is none.
 */
async function defaultSummit(db: DbOrTx) {
  return defaultAmong(await db.summit.findMany({ where: { archivedAt: null }, orderBy: [...LIVE_AND_RECENT], select: summarySelect }));
}

/** The default (see defaultSummit) among summits in LIVE_AND_RECENT order: the one rule both reads apply. */
function defaultAmong(summits: readonly SummaryRow[]): SummaryRow | null {
  const slug = process.env.SUMMIT_SLUG;
  const live = summits.filter((s) => s.archivedAt === null);
  return (slug ? live.find((s) => s.slug === slug) : undefined) ?? live[0] ?? null;
}

/** Every summit, live ones first, each marked whether it is the user's stored choice. */
type MarkedSummit = { summary: SummaryRow; chosen: boolean };

/**
 * What a member of staff's pages read of the summits, once per request and in one statement:
 * every summit (the header's switcher lists them all) with the user's stored choice marked, from
 * which their current summit is taken (chosenOrDefault). Keyed by plain values, as summitOf.
 */
const staffSummits = cache(async (db: DbOrTx, userId: string): Promise<MarkedSummit[]> => {
  const rows = await db.summit.findMany({
    orderBy: [...LIVE_AND_RECENT],
    select: { ...summarySelect, currentFor: { where: { id: userId }, select: { id: true } } },
  });
  return rows.map(({ currentFor, ...summary }) => ({ summary, chosen: currentFor.length > 0 }));
});

/**
 * A member of staff's summit: the stored choice while it exists (deleting a summit clears it; an
 * archived one stays chosen), else the installation's default as defaultSummit takes it.
 */
function chosenOrDefault(summits: readonly MarkedSummit[]): SummaryRow | null {
  return summits.find((s) => s.chosen)?.summary ?? defaultAmong(summits.map((s) => s.summary));
}

/**
 * The default summit's name, for the sign-in page: read before anyone signs in, so only the name
 * leaves this function. Null when there is no live summit.
 */
export async function defaultSummitName(db: DbOrTx): Promise<string | null> {
  return (await defaultSummit(db))?.name ?? null;
}

// Keyed by plain values, so every caller in one request shares the read whichever actor object it holds.
const summitOf = cache(async (db: DbOrTx, role: Role, userId: string, agencyId: string | null, delegationKey: string): Promise<SummitSummary | null> => {
  let row: SummaryRow | null = null;
  switch (summitBinding({ role })) {
    case "agency":
      row = agencyId ? await db.summit.findFirst({ where: { agencies: { some: { id: agencyId } } }, select: summarySelect }) : null;
      break;
    case "delegations": {
      // A liaison of delegations in two summits works on the live, most recent one.
      const delegationIds = delegationKey ? delegationKey.split(" ") : [];
      row = delegationIds.length
        ? await db.summit.findFirst({ where: { delegations: { some: { id: { in: delegationIds } } } }, orderBy: [...LIVE_AND_RECENT], select: summarySelect })
        : null;
      break;
    }
    case "choice":
      row = chosenOrDefault(await staffSummits(db, userId));
      break;
    case "none":
      row = null;
  }
  return row ? toSummary(row) : null;
});

/**
 * The summit the actor works on: an agency coordinator their agency's, a liaison their delegations',
 * staff the one they chose in the switcher (or the installation's default). Null when there is
 * none (pages show an empty state) and for no actor. Everything a page, action, export or feed
 * shows is scoped to this summit: pages pass the session's actor, the calendar feed its token's.
 * Read once per request (React's cache is per request, and a no-op outside rendering).
 */
export async function getCurrentSummit(db: DbOrTx, actor: SummitReader | null): Promise<SummitSummary | null> {
  if (!actor) return null;
  const binding = summitBinding(actor);
  // A liaison's or coordinator's summits came with the actor's own read: chosen as summitOf would.
  if (actor.boundSummits && (binding === "delegations" || binding === "agency")) {
    const row = [...actor.boundSummits].sort(liveAndRecent)[0];
    return row ? toSummary(pickSummary(row)) : null;
  }
  return summitOf(db, actor.role, actor.userId, actor.agencyId, [...actor.delegationIds].sort().join(" "));
}

export type SummitListing = {
  id: string;
  slug: string;
  name: string;
  host: string;
  timeZone: string;
  firstDay: IsoDay;
  lastDay: IsoDay;
  archivedAt: Date | null;
};

const listingSelect = { id: true, slug: true, name: true, host: true, timeZone: true, startDate: true, endDate: true, archivedAt: true } as const;

const toListing = ({ startDate, endDate, ...rest }: { startDate: Date; endDate: Date } & Omit<SummitListing, "firstDay" | "lastDay">): SummitListing => ({
  ...rest,
  firstDay: isoDayOfDateColumn(startDate),
  lastDay: isoDayOfDateColumn(endDate),
});

/** Every summit of the installation, live ones first, each group most recent first. */
export async function listSummits(db: DbOrTx): Promise<SummitListing[]> {
  const rows = await db.summit.findMany({ orderBy: [...LIVE_AND_RECENT], select: listingSelect });
  return rows.map(toListing);
}

/**
 * The summits a member of staff may switch to (listSummits' rows), for the header: the same read
 * as their current summit's (staffSummits), so the header and the page share one statement.
 * Empty for an actor who does not choose (mayChooseSummit).
 */
export async function listSummitsToChoose(db: DbOrTx, actor: SummitReader): Promise<SummitListing[]> {
  if (summitBinding(actor) !== "choice") return [];
  return (await staffSummits(db, actor.userId)).map(({ summary: { id, slug, name, host, timeZone, startDate, endDate, archivedAt } }) =>
    toListing({ id, slug, name, host, timeZone, startDate, endDate, archivedAt }),
  );
}

export type EditableSummit = SummitListing & { travelBufferMinutes: number; languages: string[] };

/** One summit as the edit form shows it; null when there is no such summit. */
export async function getSummitForEdit(db: DbOrTx, id: string): Promise<EditableSummit | null> {
  const row = await db.summit.findUnique({ where: { id }, select: { ...listingSelect, travelBufferMinutes: true, languages: true } });
  if (!row) return null;
  const { travelBufferMinutes, languages, ...listing } = row;
  return { ...toListing(listing), travelBufferMinutes, languages };
}

/** Whom to ask on an installation without a summit for this actor: the active administrators. */
export async function listAdministrators(db: DbOrTx): Promise<{ name: string; email: string }[]> {
  return db.user.findMany({ where: { role: "ADMIN", active: true }, orderBy: [{ name: "asc" }, { email: "asc" }], select: { name: true, email: true } });
}

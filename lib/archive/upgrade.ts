// Reading older archives. When the format changes, CURRENT_FORMAT_VERSION goes up and an upgrade
// from the previous version is added here: an archive of version n is read by applying the steps
// n → n+1 → … → current to its content, then validating it as the current version. The digest is
// checked before (it covers the content as its writer wrote it).
import { ArchiveError, CURRENT_FORMAT_VERSION } from "./format";

/** Turns the content of one format version into the content of the next. */
export type Upgrade = (content: Record<string, unknown>) => Record<string, unknown>;

/** The tables version 2 added: arrivals in protocol order, which a version-1 file did not carry. */
export const ARRIVAL_TABLES = ["precedences", "precedenceEntries", "entrances", "arrivalSequences", "arrivalSlots"] as const;

/** UPGRADES[n] upgrades version n to n + 1. Version 1 is the first. */
export const UPGRADES: Readonly<Record<number, Upgrade>> = {
  // Version 2 carries arrivals in protocol order; a version-1 summit has none in its file (its
  // motorcades are there as transfers): set the precedence and entrances again after import.
  1: (content) => ({ ...Object.fromEntries(ARRIVAL_TABLES.map((table) => [table, []])), ...content }),
};

/** Refuses a version newer than this code reads, naming it. */
export function assertReadableVersion(version: number): void {
  if (version > CURRENT_FORMAT_VERSION) {
    throw new ArchiveError(
      `The archive has format version ${version}; this installation reads format version ${CURRENT_FORMAT_VERSION} and older. ` +
        "Update the application to import it.",
    );
  }
}

/** The content brought from `version` to the current version, one step at a time. */
export function upgradeContent(
  version: number,
  content: Record<string, unknown>,
  upgrades: Readonly<Record<number, Upgrade>> = UPGRADES,
): Record<string, unknown> {
  assertReadableVersion(version);
  let upgraded = content;
  for (let from = version; from < CURRENT_FORMAT_VERSION; from++) {
    const step = upgrades[from];
    if (!step) {
      throw new ArchiveError(
        `The archive has format version ${version}, which this installation cannot read: there is no upgrade from version ${from} to ${from + 1}.`,
      );
    }
    upgraded = step(upgraded);
  }
  return upgraded;
}

// How big a generated summit is at a given scale factor.
//
// 1× is The Hague demo (lib/demo). 100× is the size issue 4 asks the conflict engine to handle:
// 10,000 items, 5,000 members and 50,000 participations. Every table grows as demo × factor^e,
// with e chosen per table so that both ends hold; 10× is the geometric middle. Movements and
// tasks grow linearly. The growth exponents in the report use the real row counts, not the factor.

export interface ScaleCounts {
  delegations: number;
  members: number;
  items: number;
  participations: number;
  movements: number;
  tasks: number;
  venues: number;
  spaces: number;
  agencies: number;
}

type Table = keyof ScaleCounts;

/** The demo's row counts (1×) and the target at 100×. */
const ENDS: Record<Table, readonly [number, number]> = {
  delegations: [39, 1_560],
  members: [130, 5_000],
  items: [25, 10_000],
  participations: [203, 50_000],
  movements: [186, 18_600],
  tasks: [528, 52_800],
  venues: [9, 90],
  spaces: [20, 900],
  agencies: [6, 6],
};

export function countsFor(factor: number): ScaleCounts {
  const counts = {} as ScaleCounts;
  for (const table of Object.keys(ENDS) as Table[]) {
    const [one, hundred] = ENDS[table];
    const exponent = Math.log(hundred / one) / Math.log(100);
    counts[table] = Math.max(1, Math.round(one * factor ** exponent));
  }
  // Every delegation needs a principal.
  counts.members = Math.max(counts.members, counts.delegations);
  return counts;
}

export function scaleLabel(factor: number): string {
  return `${factor}×`;
}

/** Rows the conflict engine reads: the n of the growth exponents (movements occupy people too). */
export function engineRows(c: ScaleCounts): number {
  return c.items + c.participations + c.members + c.delegations + c.spaces + c.movements;
}

export function totalRows(c: ScaleCounts): number {
  const travel = c.venues * (c.venues - 1);
  return Object.values(c).reduce((a, b) => a + b, 0) + travel;
}

/**
 * Rough peak memory of one scale, from measured runs: the generated rows, the snapshot and the
 * Prisma client's buffers in this process (about 3 KB per row at 100×), plus, when the database
 * is embedded, PGlite's WebAssembly heap and its result buffers (about 9 KB per row more).
 */
export function estimatedBytes(c: ScaleCounts, embedded: boolean): number {
  return totalRows(c) * (embedded ? 12_000 : 3_000) + (embedded ? 700 : 300) * 1024 * 1024;
}

/** PGlite's own WebAssembly heap: about 1 KB per row on top of its start-up size. */
export function embeddedHeapBytes(c: ScaleCounts): number {
  return totalRows(c) * 1_000 + 450 * 1024 * 1024;
}

/** PGlite runs in 32-bit WebAssembly; keep well below its 4 GB address space. */
export const EMBEDDED_MAX_BYTES = 2 * 1024 ** 3;

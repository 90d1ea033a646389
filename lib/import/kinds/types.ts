// What every kind of import provides: a plan computed from the file's rows and the database (read
// only), and the writes that carry it out inside the apply transaction.
import type { Actor } from "@/lib/auth/actor";
import type { DbOrTx, Tx } from "@/lib/db";
import type { IsoDay } from "@/lib/time";
import type { SourceRow } from "../layout";
import type { Plan } from "../plan";

export type ImportSummit = { id: string; timeZone: string; days: readonly IsoDay[] };

export type KindPlan<W> = Plan & { writes: W[] };

export type Importer<W> = {
  plan(db: DbOrTx, summit: ImportSummit, rows: readonly SourceRow[], options: { removals: boolean }): Promise<KindPlan<W>>;
  /** Write a plan without errors; `remove` holds the ids of removals the planner confirmed. */
  apply(tx: Tx, actor: Actor, summit: ImportSummit, plan: KindPlan<W>, remove: readonly string[]): Promise<void>;
};

/** Case and spacing do not make two keys differ ("nl" is "NL", "Hotel  Des Indes" is "Hotel Des Indes"). */
export const keyOf = (...parts: (string | null | undefined)[]) => parts.map((p) => (p ?? "").trim().replace(/\s+/g, " ").toLowerCase()).join("|");

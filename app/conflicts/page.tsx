import type { Metadata } from "next";
import { ConflictCards } from "@/components/conflicts/conflict-cards";
import { ConflictFilters } from "@/components/conflicts/conflict-filters";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { conflictFiltersSchema } from "@/lib/conflicts/filters";
import { CONFLICT_TYPE_LABEL } from "@/lib/conflicts/labels";
import { conflictTriage } from "@/lib/conflicts/triage";
import { getDb } from "@/lib/db";
import { dayOptions } from "@/lib/programme/day-labels";
import { CONFLICT_TYPES } from "@/lib/scheduling";
import { getCurrentSummit } from "@/lib/summits/queries";
import { NoSummit } from "@/components/summits/no-summit";

export const metadata: Metadata = { title: "Conflicts" };

export default async function ConflictsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor("conflicts.read");
  const db = getDb();
  const summit = await getCurrentSummit(db, actor);
  if (!summit) return <NoSummit actor={actor} />;
  const filters = conflictFiltersSchema.parse(await searchParams);
  const { snapshot, total, rows } = await conflictTriage(db, summit, filters, {
    tasks: can(actor, "tasks.edit"),
    movements: can(actor, "movements.edit"),
    bilaterals: can(actor, "bilateral.manage"),
    timeline: can(actor, "programme.edit"),
  });
  const hard = rows.filter((r) => r.severity === "hard").length;
  const accepted = rows.filter((r) => r.override).length;
  const byName = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label);

  return (
    <>
      <PageHeader
        title="Conflicts"
        subtitle={
          `${rows.length} of ${total} shown · ${hard} hard${accepted ? ` (${accepted} accepted)` : ""}, ` +
          `${rows.length - hard} ${rows.length - hard === 1 ? "warning" : "warnings"} · hard first, then by time · times in ${summit.timeZone}`
        }
      />
      <ConflictFilters
        days={dayOptions(summit.days, summit.timeZone).map((d) => ({ value: d.day, label: d.label }))}
        delegations={snapshot.delegations.map((d) => ({ value: d.id, label: d.name })).sort(byName)}
        venues={snapshot.venues.map((v) => ({ value: v.id, label: v.name })).sort(byName)}
        kinds={CONFLICT_TYPES.map((t) => ({ value: t, label: CONFLICT_TYPE_LABEL[t] ?? t }))}
        current={filters}
      />
      {rows.length === 0 ? (
        <EmptyState title={total ? "No conflict matches these filters" : "No conflicts"}>
          {total ? "Change or clear the filters to see the others." : "Nothing in the programme clashes."}
        </EmptyState>
      ) : (
        <ConflictCards conflicts={rows} timeZone={summit.timeZone} />
      )}
    </>
  );
}

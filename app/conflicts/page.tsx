import type { Metadata } from "next";
import { ConflictFilters } from "@/components/conflicts/conflict-filters";
import { ConflictList } from "@/components/conflicts/conflict-list";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { conflictFiltersSchema, filterConflicts } from "@/lib/conflicts/filters";
import { summitConflictReport } from "@/lib/conflicts/queries";
import { getDb } from "@/lib/db";
import { dayOptions } from "@/lib/programme/day-labels";
import { getCurrentSummit } from "@/lib/summits/queries";

export const metadata: Metadata = { title: "Conflicts" };

export default async function ConflictsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireActor("conflicts.read");
  const db = getDb();
  const summit = await getCurrentSummit(db);
  if (!summit) return <EmptyState title="No summit yet">Create a summit first.</EmptyState>;
  const filters = conflictFiltersSchema.parse(await searchParams);
  const { snapshot, conflicts } = await summitConflictReport(db, summit.id);
  const rows = filterConflicts(snapshot, conflicts, filters);
  const hard = rows.filter((r) => r.severity === "hard").length;
  const byName = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label);

  return (
    <>
      <PageHeader
        title="Conflicts"
        subtitle={`${rows.length} of ${conflicts.length} shown · ${hard} hard, ${rows.length - hard} warnings · times in ${summit.timeZone}`}
      />
      <ConflictFilters
        days={dayOptions(summit.days, summit.timeZone).map((d) => ({ value: d.day, label: d.label }))}
        venues={snapshot.venues.map((v) => ({ value: v.id, label: v.name })).sort(byName)}
        delegations={snapshot.delegations.map((d) => ({ value: d.id, label: d.name })).sort(byName)}
        current={filters}
      />
      {rows.length === 0 ? (
        <EmptyState title={conflicts.length ? "No conflicts match these filters" : "No conflicts"}>
          {conflicts.length ? "Clear the filters to see all conflicts." : "Nothing in the programme clashes."}
        </EmptyState>
      ) : (
        <ConflictList conflicts={rows} timeZone={summit.timeZone} />
      )}
    </>
  );
}

import type { Metadata } from "next";
import { ConflictCards } from "@/components/conflicts/conflict-cards";
import { ConflictFilters } from "@/components/conflicts/conflict-filters";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { conflictFiltersSchema } from "@/lib/conflicts/filters";
import { conflictTriage } from "@/lib/conflicts/triage";
import { getDb } from "@/lib/db";
import { dictionary, formatIsoDay } from "@/lib/i18n";
import { readerLang } from "@/lib/i18n/reader-lang";
import { CONFLICT_TYPES } from "@/lib/scheduling";
import { getCurrentSummit } from "@/lib/summits/queries";
import { NoSummit } from "@/components/summits/no-summit";
import { LiveRefresh } from "@/components/live/live-refresh";

export async function generateMetadata(): Promise<Metadata> {
  return { title: dictionary(await readerLang()).planning.conflicts.title };
}

export default async function ConflictsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor("conflicts.read");
  const db = getDb();
  const query = await searchParams;
  const lang = await readerLang(query.lang);
  const t = dictionary(lang).planning.conflicts;
  const summit = await getCurrentSummit(db, actor);
  if (!summit) return <NoSummit actor={actor} lang={lang} />;
  const filters = conflictFiltersSchema.parse(query);
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
      <LiveRefresh topics={["conflicts"]} />
      <PageHeader
        title={t.title}
        subtitle={t.subtitle(rows.length, total, hard, accepted, rows.length - hard, summit.timeZone)}
      />
      <ConflictFilters
        days={summit.days.map((day) => ({ value: day, label: formatIsoDay(day, lang) }))}
        delegations={snapshot.delegations.map((d) => ({ value: d.id, label: d.name })).sort(byName)}
        venues={snapshot.venues.map((v) => ({ value: v.id, label: v.name })).sort(byName)}
        kinds={CONFLICT_TYPES.map((type) => ({ value: type, label: (t.kind as Record<string, string | undefined>)[type] ?? type }))}
        current={filters}
        t={t}
      />
      {rows.length === 0 ? (
        <EmptyState title={total ? t.noMatch : t.none}>
          {total ? t.noMatchHint : t.noneHint}
        </EmptyState>
      ) : (
        <ConflictCards conflicts={rows} timeZone={summit.timeZone} lang={lang} />
      )}
    </>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Toolbar } from "@/components/tasks/toolbar";
import { CoverageMatrix, CoverageSummary } from "@/components/coverage/coverage-matrix";
import { DaySwitcher } from "@/components/ui/day-switcher";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { getCoverageMatrix } from "@/lib/coverage/queries";
import { getDb } from "@/lib/db";
import { dictionary, formatIsoDay } from "@/lib/i18n";
import { readerLang } from "@/lib/i18n/reader-lang";
import { movementDays } from "@/lib/movements/queries";
import { getCurrentSummit } from "@/lib/summits/queries";
import { isIsoDay } from "@/lib/time";

export async function generateMetadata(): Promise<Metadata> {
  return { title: dictionary(await readerLang()).planning.coverage.matrix };
}

export default async function CoverageDayPage({ params, searchParams }: {
  params: Promise<{ day: string }>;
  searchParams: Promise<{ gaps?: string | string[]; lang?: string | string[] }>;
}) {
  const { day } = await params;
  const query = await searchParams;
  const gapsOnly = query.gaps === "1";
  const lang = await readerLang(query.lang);
  const all = dictionary(lang);
  const t = all.planning.coverage;
  const actor = await requireActor("tasks.edit");
  const db = getDb();
  const summit = await getCurrentSummit(db, actor);
  if (!summit || !isIsoDay(day)) notFound();
  const days = await movementDays(db, summit);
  if (!days.includes(day)) notFound();

  const matrix = await getCoverageMatrix(db, actor, summit, day);
  const shown = gapsOnly ? { ...matrix, rows: matrix.rows.filter((r) => r.gaps.length > 0) } : matrix;
  const dayLabel = (d: string) => formatIsoDay(d, lang);
  const gapsQuery = gapsOnly ? "?gaps=1" : "";

  return (
    <>
      <PageHeader title={t.title(dayLabel(day))} subtitle={t.subtitle(summit.timeZone)}>
        <DaySwitcher days={days} current={day} href={(d) => `/coverage/${d}${gapsQuery}`} labels={Object.fromEntries(days.map((d) => [d, dayLabel(d)]))} label={all.planning.summitDays} />
      </PageHeader>
      <Toolbar>
        {gapsOnly ? <Link href={`/coverage/${day}`}>{t.showAll}</Link> : <Link href={`/coverage/${day}?gaps=1`}>{t.gapsOnly}</Link>}
        <Link href="/coverage/rules">{t.rulesLink}</Link>
        <Link href={`/tasks/${day}`}>{t.agencyTasks}</Link>
        <Link href={`/movements/${day}`}>{t.movements}</Link>
      </Toolbar>
      <CoverageSummary matrix={matrix} t={t} />
      {shown.rows.length === 0 ? (
        <EmptyState title={gapsOnly ? t.noGaps : t.nothingRequired}>
          {gapsOnly ? t.noGapsHint(dayLabel(day)) : t.nothingRequiredHint(dayLabel(day))}
        </EmptyState>
      ) : (
        <section className="card" aria-label={t.matrix}>
          <CoverageMatrix matrix={shown} day={day} timeZone={summit.timeZone} lang={lang} />
        </section>
      )}
    </>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Toolbar } from "@/components/agency/toolbar";
import { CoverageMatrix, CoverageSummary } from "@/components/coverage/coverage-matrix";
import { DaySwitcher } from "@/components/ui/day-switcher";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { getCoverageMatrix } from "@/lib/coverage/queries";
import { getDb } from "@/lib/db";
import { movementDays } from "@/lib/movements/queries";
import { getCurrentSummit } from "@/lib/summits/queries";
import { formatDay, isIsoDay, zonedInstant } from "@/lib/time";

export const metadata: Metadata = { title: "Coverage" };

export default async function CoverageDayPage({ params, searchParams }: {
  params: Promise<{ day: string }>;
  searchParams: Promise<{ gaps?: string | string[] }>;
}) {
  const { day } = await params;
  const gapsOnly = (await searchParams).gaps === "1";
  const actor = await requireActor("tasks.edit");
  const db = getDb();
  const summit = await getCurrentSummit(db, actor);
  if (!summit || !isIsoDay(day)) notFound();
  const days = await movementDays(db, summit);
  if (!days.includes(day)) notFound();

  const matrix = await getCoverageMatrix(db, actor, summit, day);
  const shown = gapsOnly ? { ...matrix, rows: matrix.rows.filter((r) => r.gaps.length > 0) } : matrix;
  const dayLabel = (d: string) => formatDay(zonedInstant(d, "12:00", summit.timeZone), summit.timeZone);
  const query = gapsOnly ? "?gaps=1" : "";

  return (
    <>
      <PageHeader title={`Coverage · ${dayLabel(day)}`} subtitle={`Required agency tasks by the coverage rules · times in ${summit.timeZone}`}>
        <DaySwitcher days={days} current={day} href={(d) => `/coverage/${d}${query}`} labels={Object.fromEntries(days.map((d) => [d, dayLabel(d)]))} />
      </PageHeader>
      <Toolbar>
        {gapsOnly ? <Link href={`/coverage/${day}`}>Show everything</Link> : <Link href={`/coverage/${day}?gaps=1`}>Show gaps only</Link>}
        <Link href="/coverage/rules">Coverage rules</Link>
        <Link href={`/tasks/${day}`}>Agency tasks</Link>
        <Link href={`/movements/${day}`}>Movements</Link>
      </Toolbar>
      <CoverageSummary matrix={matrix} />
      {shown.rows.length === 0 ? (
        <EmptyState title={gapsOnly ? "No gaps" : "Nothing required"}>
          {gapsOnly ? `Every required task on ${dayLabel(day)} is assigned for the whole time it covers.` : `No coverage rule applies to anything on ${dayLabel(day)}.`}
        </EmptyState>
      ) : (
        <section className="card" aria-label="Coverage matrix">
          <CoverageMatrix matrix={shown} day={day} timeZone={summit.timeZone} />
        </section>
      )}
    </>
  );
}

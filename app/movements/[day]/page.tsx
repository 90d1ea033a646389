import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DelegationFilter } from "@/components/tasks/delegation-filter";
import { MovementTable } from "@/components/movements/movement-table";
import { Toolbar } from "@/components/tasks/toolbar";
import { DaySwitcher } from "@/components/ui/day-switcher";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { dictionary, formatIsoDay } from "@/lib/i18n";
import { readerLang } from "@/lib/i18n/reader-lang";
import { listMovements, movementDays, movementFormOptions } from "@/lib/movements/queries";
import { getCurrentSummit } from "@/lib/summits/queries";
import { isIsoDay } from "@/lib/time";

export async function generateMetadata(): Promise<Metadata> {
  return { title: dictionary(await readerLang()).planning.movements.list };
}

export default async function MovementsDayPage({ params, searchParams }: {
  params: Promise<{ day: string }>;
  searchParams: Promise<{ delegation?: string | string[]; lang?: string | string[] }>;
}) {
  const { day } = await params;
  const { delegation, lang: langQuery } = await searchParams;
  const lang = await readerLang(langQuery);
  const all = dictionary(lang);
  const t = all.planning.movements;
  const actor = await requireActor("movements.edit");
  const db = getDb();
  const summit = await getCurrentSummit(db, actor);
  if (!summit || !isIsoDay(day)) notFound();
  const days = await movementDays(db, summit);
  if (!days.includes(day)) notFound();

  const { delegations } = await movementFormOptions(db, summit.id);
  const chosen = typeof delegation === "string" ? delegations.find((d) => d.id === delegation) ?? null : null;
  const movements = await listMovements(db, actor, summit, { day, delegationId: chosen?.id ?? null });
  const dayLabel = (d: string) => formatIsoDay(d, lang);
  const query = chosen ? `?delegation=${encodeURIComponent(chosen.id)}` : "";

  return (
    <>
      <PageHeader title={t.title(dayLabel(day))} subtitle={`${chosen?.name ?? t.allDelegations} · ${all.planning.timesIn(summit.timeZone)}`}>
        <DaySwitcher days={days} current={day} href={(d) => `/movements/${d}${query}`} labels={Object.fromEntries(days.map((d) => [d, dayLabel(d)]))} label={all.planning.summitDays} />
      </PageHeader>
      <Toolbar>
        <DelegationFilter delegations={delegations} current={chosen?.id ?? ""} t={all.planning.delegationFilter} />
        <Link className="button" href="/movements/items/new">{t.newMovement}</Link>
        <Link href={`/movements/proposals${chosen ? `?delegation=${encodeURIComponent(chosen.id)}` : ""}`}>{t.proposeTransfers}</Link>
        <Link href={`/coverage/${day}`}>{t.coverageMatrix}</Link>
      </Toolbar>
      {movements.length === 0 ? (
        <EmptyState title={t.empty}>{t.emptyHint(chosen?.name ?? null, dayLabel(day))}</EmptyState>
      ) : (
        <section className="card" aria-label={t.list}>
          <MovementTable movements={movements} timeZone={summit.timeZone} lang={lang} />
        </section>
      )}
    </>
  );
}

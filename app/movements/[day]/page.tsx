import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DelegationFilter } from "@/components/agency/delegation-filter";
import { MovementTable } from "@/components/agency/movement-table";
import { Toolbar } from "@/components/agency/toolbar";
import { DaySwitcher } from "@/components/ui/day-switcher";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { listMovements, movementDays, movementFormOptions } from "@/lib/movements/queries";
import { getCurrentSummit } from "@/lib/summits/queries";
import { formatDay, isIsoDay, zonedInstant } from "@/lib/time";

export const metadata: Metadata = { title: "Movements" };

export default async function MovementsDayPage({ params, searchParams }: {
  params: Promise<{ day: string }>;
  searchParams: Promise<{ delegation?: string | string[] }>;
}) {
  const { day } = await params;
  const { delegation } = await searchParams;
  const actor = await requireActor("movements.edit");
  const db = getDb();
  const summit = await getCurrentSummit(db, actor);
  if (!summit || !isIsoDay(day)) notFound();
  const days = await movementDays(db, summit);
  if (!days.includes(day)) notFound();

  const { delegations } = await movementFormOptions(db, summit.id);
  const chosen = typeof delegation === "string" ? delegations.find((d) => d.id === delegation) ?? null : null;
  const movements = await listMovements(db, actor, summit, { day, delegationId: chosen?.id ?? null });
  const dayLabel = (d: string) => formatDay(zonedInstant(d, "12:00", summit.timeZone), summit.timeZone);
  const query = chosen ? `?delegation=${encodeURIComponent(chosen.id)}` : "";

  return (
    <>
      <PageHeader title={`Movements · ${dayLabel(day)}`} subtitle={`${chosen?.name ?? "All delegations"} · times in ${summit.timeZone}`}>
        <DaySwitcher days={days} current={day} href={(d) => `/movements/${d}${query}`} labels={Object.fromEntries(days.map((d) => [d, dayLabel(d)]))} />
      </PageHeader>
      <Toolbar>
        <DelegationFilter delegations={delegations} current={chosen?.id ?? ""} />
        <Link className="button" href="/movements/new">New movement</Link>
        <Link href={`/movements/proposals${chosen ? `?delegation=${encodeURIComponent(chosen.id)}` : ""}`}>Propose transfers</Link>
        <Link href={`/coverage/${day}`}>Coverage matrix</Link>
      </Toolbar>
      {movements.length === 0 ? (
        <EmptyState title="No movements on this day">{`No arrivals, departures or transfers${chosen ? ` of ${chosen.name}` : ""} on ${dayLabel(day)}.`}</EmptyState>
      ) : (
        <section className="card" aria-label="Movements">
          <MovementTable movements={movements} timeZone={summit.timeZone} />
        </section>
      )}
    </>
  );
}

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DaySwitcher } from "@/components/ui/day-switcher";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { DayProgrammeTable } from "@/components/day-programme-table";
import Link from "next/link";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { conflictMarkers } from "@/lib/conflicts/filters";
import { conflictsOfDay } from "@/lib/conflicts/queries";
import { getDb } from "@/lib/db";
import { getDayProgramme } from "@/lib/programme/queries";
import { getCurrentSummit } from "@/lib/summits/queries";
import { dayBounds, formatDay, isIsoDay, zonedInstant } from "@/lib/time";

export const metadata: Metadata = { title: "Day programme" };

export default async function DayProgrammePage({ params }: { params: Promise<{ day: string }> }) {
  const { day } = await params;
  const actor = await requireActor("programme.read");
  const db = getDb();
  const summit = await getCurrentSummit(db, actor);
  if (!summit || !isIsoDay(day) || !summit.days.includes(day)) notFound();

  const editable = can(actor, "programme.edit");
  const [groups, conflicts] = await Promise.all([
    getDayProgramme(db, actor, summit, day),
    can(actor, "conflicts.read") ? conflictsOfDay(db, summit.id, dayBounds(day, summit.timeZone)) : [],
  ]);
  const conflictCounts = Object.fromEntries([...conflictMarkers(conflicts)].map(([id, m]) => [id, m.count]));
  const dayLabel = (d: string) => formatDay(zonedInstant(d, "12:00", summit.timeZone), summit.timeZone);
  const labels = Object.fromEntries(summit.days.map((d) => [d, dayLabel(d)]));

  return (
    <>
      <PageHeader title={`Programme · ${dayLabel(day)}`} subtitle={`Times in ${summit.timeZone}`}>
        <DaySwitcher days={summit.days} current={day} href={(d) => `/programme/${d}`} labels={labels} />
        {editable ? (
          <div className="actions no-print">
            <Link className="button" href={`/programme/items/new?day=${day}`}>New item</Link>
            <Link href={`/timeline/${day}`}>Timeline</Link>
          </div>
        ) : null}
      </PageHeader>
      {groups.length === 0 ? (
        <EmptyState title="Nothing on this day">No programme items you may see are planned for {dayLabel(day)}.</EmptyState>
      ) : (
        groups.map((group) => (
          <section className="card" key={group.venue?.id ?? "none"} aria-labelledby={`venue-${group.venue?.id ?? "none"}`}>
            <h2 id={`venue-${group.venue?.id ?? "none"}`}>{group.venue?.name ?? "No venue set"}</h2>
            <DayProgrammeTable items={group.items} timeZone={summit.timeZone} editable={editable} conflictCounts={conflictCounts} />
          </section>
        ))
      )}
    </>
  );
}

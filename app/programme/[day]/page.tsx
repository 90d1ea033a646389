import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DaySwitcher } from "@/components/ui/day-switcher";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Turns } from "@/components/ui/turns";
import { DayProgrammeTable } from "@/components/day-programme-table";
import cards from "@/components/itinerary/cards.module.css";
import { LiveRefresh } from "@/components/live/live-refresh";
import Link from "next/link";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { conflictMarkers } from "@/lib/conflicts/filters";
import { conflictsOfDay } from "@/lib/conflicts/queries";
import { getDb } from "@/lib/db";
import { dictionary, formatIsoDay } from "@/lib/i18n";
import { readerLang } from "@/lib/i18n/reader-lang";
import { getDayProgramme } from "@/lib/programme/queries";
import { getCurrentSummit } from "@/lib/summits/queries";
import { dayBounds, isIsoDay } from "@/lib/time";

export async function generateMetadata(): Promise<Metadata> {
  return { title: dictionary(await readerLang()).doc.programme };
}

export default async function DayProgrammePage({ params, searchParams }: { params: Promise<{ day: string }>; searchParams: Promise<{ lang?: string | string[] }> }) {
  const { day } = await params;
  const lang = await readerLang((await searchParams).lang);
  const all = dictionary(lang);
  const t = all.planning.programme;
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
  const dayLabel = (d: string) => formatIsoDay(d, lang);
  const labels = Object.fromEntries(summit.days.map((d) => [d, dayLabel(d)]));
  // The day's rows, over all its venues, render over several turns of the event loop.
  const turns = new Turns();

  return (
    <>
      <LiveRefresh topics={["programme"]} />
      <PageHeader title={t.title(dayLabel(day))} subtitle={all.planning.timesIn(summit.timeZone)}>
        <DaySwitcher days={summit.days} current={day} href={(d) => `/programme/${d}`} labels={labels} label={all.planning.summitDays} />
        {editable ? (
          <div className="actions no-print">
            <Link className="button" href={`/programme/items/new?day=${day}`}>{t.newItem}</Link>
            <Link href={`/timeline/${day}`}>{t.timeline}</Link>
          </div>
        ) : null}
      </PageHeader>
      {groups.length === 0 ? (
        <EmptyState title={t.empty}>{t.emptyHint(dayLabel(day))}</EmptyState>
      ) : (
        groups.map((group) => (
          <section className="card" key={group.venue?.id ?? "none"} aria-labelledby={`venue-${group.venue?.id ?? "none"}`}>
            <h2 id={`venue-${group.venue?.id ?? "none"}`}>{group.venue?.name ?? t.noVenue}</h2>
            {/* Cards on a phone (cards.module.css): the public programme without sideways scrolling. */}
            <div className={cards.cards}>
              <DayProgrammeTable items={group.items} timeZone={summit.timeZone} editable={editable} conflictCounts={conflictCounts} lang={lang} turns={turns} />
            </div>
          </section>
        ))
      )}
    </>
  );
}

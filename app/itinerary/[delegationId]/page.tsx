import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ChangesPanel, changeTypeLabel } from "@/components/itinerary/changes-panel";
import { changeParts } from "@/lib/itinerary/change-rules";
import { EntryTable } from "@/components/itinerary/entry-table";
import { ExportLinks } from "@/components/itinerary/export-links";
import styles from "@/components/itinerary/itinerary.module.css";
import { MemberPicker } from "@/components/itinerary/member-picker";
import { PrintButton } from "@/components/itinerary/print-button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { LiveRefresh } from "@/components/live/live-refresh";
import { dictionary, formatIsoDay, formatMoment } from "@/lib/i18n";
import { readerLang } from "@/lib/i18n/reader-lang";
import { groupByDay } from "@/lib/itinerary/present";
import { OpenBilaterals } from "./open-bilaterals";
import { loadItineraryPage } from "./load";

type Props = { params: Promise<{ delegationId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const memberOf = (value: string | string[] | undefined) => (typeof value === "string" && value ? value : null);

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ delegationId }, query] = await Promise.all([params, searchParams]);
  const data = await loadItineraryPage(delegationId, memberOf(query.member));
  if (!data) return { title: "Not found" };
  const t = dictionary(await readerLang(query.lang));
  return { title: `${t.page.itinerary} · ${data.itinerary.member?.title ?? data.itinerary.delegation.name}` };
}

export default async function ItineraryPage({ params, searchParams }: Props) {
  const [{ delegationId }, query] = await Promise.all([params, searchParams]);
  const memberId = memberOf(query.member);
  const data = await loadItineraryPage(delegationId, memberId);
  if (!data) notFound();
  const { actor, itinerary, changes } = data;
  const { delegation, summit, member } = itinerary;
  const lang = await readerLang(query.lang);
  const t = dictionary(lang);
  const zone = summit.timeZone;
  const home = delegation.homeTimeZone && delegation.homeTimeZone !== zone ? delegation.homeTimeZone : null;
  const path = `/itinerary/${delegation.id}`;
  const exportBase = `/exports/itinerary/${delegation.id}`;
  const days = groupByDay(itinerary.entries, zone);
  const hasArrivals = itinerary.entries.some((e) => e.source === "item" && e.arrivals?.length);
  // Rows changed since the last acknowledgement are marked until it is acknowledged.
  const changed = new Map(changes.changes.flatMap(changeParts).filter((c) => c.type !== "removed").map((c) => [c.itemId, changeTypeLabel(c.type, t)]));

  return (
    <>
      <LiveRefresh topics={["itinerary"]} mark={{ label: t.live.updated, timeZone: zone, lang }} />
      <PageHeader
        title={`${t.page.itinerary} · ${member ? member.title : delegation.name}`}
        subtitle={[t.doc.timesIn(zone), home ? t.doc.homeTimeIn(home) : null].filter(Boolean).join(" · ")}
      />

      <div className={styles.toolbar}>
        <MemberPicker action={path} people={itinerary.people} current={member?.id ?? null} lang={lang} t={t} />
        <ExportLinks base={exportBase} query={{ member: memberId }} lang={lang} label={t.page.exports} />
        {hasArrivals ? (
          // The delegation's own arrivals alone, for its motorcade's crew: /exports/arrivals/own names no other party.
          <div className={styles.links}>
            <span className={styles.label}>{t.arrivals.own.title}</span>
            <a href={`/exports/arrivals/own/${delegation.id}?${new URLSearchParams({ format: "ics", lang })}`} download>iCalendar</a>
            <a href={`/exports/arrivals/own/${delegation.id}?${new URLSearchParams({ format: "csv", lang })}`} download>CSV</a>
          </div>
        ) : null}
        <PrintButton label={t.page.printHint} />
      </div>

      <ChangesPanel
        data={changes}
        delegationId={delegation.id}
        timeZone={zone}
        lang={lang}
        t={t}
        canAcknowledge={actor.delegationIds.includes(delegation.id)}
        person={member ? { title: member.title, wholeHref: `${path}?${new URLSearchParams({ lang }).toString()}` } : null}
      />

      <section className="card" aria-label={delegation.name}>
        <dl className={styles.facts}>
          {delegation.hotel ? (<div><dt>{t.page.hotel}</dt><dd>{delegation.hotel}</dd></div>) : null}
          {delegation.arrivesAt ? (<div><dt>{t.page.arrival}</dt><dd>{formatMoment(delegation.arrivesAt, zone, lang)}</dd></div>) : null}
          {delegation.departsAt ? (<div><dt>{t.page.departure}</dt><dd>{formatMoment(delegation.departsAt, zone, lang)}</dd></div>) : null}
        </dl>
      </section>

      {days.length === 0 ? <EmptyState title={t.doc.nothing} /> : null}
      {days.map(({ day, entries }) => (
        <section key={day} className={`card ${styles.day}`} aria-labelledby={`day-${day}`}>
          <div className={styles.dayHeading}>
            <h2 id={`day-${day}`}>{formatIsoDay(day, lang)}</h2>
            {summit.days.includes(day) ? <ExportLinks base={exportBase} query={{ member: memberId, day }} lang={lang} /> : null}
          </div>
          <EntryTable entries={entries} timeZone={zone} homeTimeZone={home} t={t} showAttendees changed={changed} />
        </section>
      ))}

      {itinerary.openBilaterals.length > 0 ? <OpenBilaterals items={itinerary.openBilaterals} timeZone={zone} lang={lang} t={t} /> : null}
    </>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ReplanPanel } from "@/components/arrivals/replan-panel";
import { SequenceForm } from "@/components/arrivals/sequence-form";
import { SequenceList } from "@/components/arrivals/sequence-list";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { getSequenceOfItem, listAgencies, listArrivalItems, listEntrances, sequenceConflicts } from "@/lib/arrivals/queries";
import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { dictionary, formatMoment } from "@/lib/i18n";
import { readerLang } from "@/lib/i18n/reader-lang";
import { asTemplates } from "@/lib/i18n/templates";
import { getCurrentSummit } from "@/lib/summits/queries";
import { formatTime } from "@/lib/time";

type Params = { itemId: string };
type Search = { lang?: string };

export async function generateMetadata({ searchParams }: { searchParams: Promise<Search> }): Promise<Metadata> {
  return { title: dictionary(await readerLang((await searchParams).lang)).arrivals.metaTitle };
}

export default async function ArrivalSequencePage({ params, searchParams }: { params: Promise<Params>; searchParams: Promise<Search> }) {
  const actor = await requireActor("arrivals.manage");
  const lang = await readerLang((await searchParams).lang);
  const w = dictionary(lang).arrivals;
  const db = getDb();
  const summit = await getCurrentSummit(db, actor);
  if (!summit) notFound();
  const { itemId } = await params;
  const item = (await listArrivalItems(db, actor, summit.id)).find((i) => i.id === itemId);
  if (!item) notFound();
  const view = await getSequenceOfItem(db, actor, summit.id, itemId);
  const entrances = await listEntrances(db, actor, summit.id);
  const agencies = await listAgencies(db, actor, summit.id);
  const conflicts = view ? await sequenceConflicts(db, actor, summit.id, view) : [];
  const tz = summit.timeZone;
  const defaults = {
    entranceId: view?.entrance.id ?? entrances[0]?.id ?? "",
    seniorLast: view?.seniorLast ?? true,
    intervalMinutes: view?.intervalMinutes ?? 3,
    groupGapMinutes: view?.groupGapMinutes ?? 0,
    greetingMinutes: view?.greetingMinutes ?? 1,
    pressMinutes: view?.pressMinutes ?? 1,
    windowMinutes: view?.windowMinutes ?? 120,
    greeter: view?.greeter ?? summit.host,
    escortAgencyId: view?.escortAgencyId ?? null,
  };
  return (
    <>
      <PageHeader title={item.title} subtitle={formatMoment(item.startsAt, tz, lang)}>
        <div className="actions">
          <Link href="/arrivals">{w.sequence.back}</Link>
          {view ? (
            <>
              <a href={`/exports/arrivals/${itemId}/list?format=pdf&lang=${lang}`}>{w.sequence.downloads} (PDF)</a>
              <a href={`/exports/arrivals/${itemId}/list?format=xlsx&lang=${lang}`}>{w.sequence.downloads} (XLSX)</a>
              <a href={`/exports/arrivals/${itemId}/photo?lang=${lang}`}>{w.sequence.photo} (PDF)</a>
            </>
          ) : null}
        </div>
      </PageHeader>
      <SequenceForm
        itemId={itemId}
        defaults={defaults}
        exists={view !== null}
        entrances={entrances.map((e) => ({ id: e.id, label: `${e.name} — ${e.venue.name}` }))}
        agencies={agencies.map((a) => ({ id: a.id, name: a.name }))}
        text={asTemplates(w.sequence)}
      />
      {view === null ? <EmptyState title={w.sequence.empty} /> : (
        <>
          <section className="card" aria-labelledby="conflicts-title">
            <h2 id="conflicts-title">{w.sequence.conflicts}</h2>
            {conflicts.length === 0 ? <p className="muted">{w.sequence.noConflicts}</p> : (
              <ul data-testid="arrival-conflicts">{conflicts.map((c) => <li key={c.id}>{c.message}</li>)}</ul>
            )}
          </section>
          <SequenceList
            sequenceId={view.id}
            version={view.version}
            greeter={view.greeter}
            text={asTemplates(w.sequence)}
            rows={view.rows.map((r) => ({
              delegationId: r.delegationId,
              code: r.code,
              party: r.party,
              principal: r.principal,
              time: formatTime(r.arrivesAt, tz),
              departs: r.departsAt ? formatTime(r.departsAt, tz) : null,
              from: r.fromPlace,
            }))}
          />
          <ReplanPanel sequenceId={view.id} version={view.version} timeZone={tz} locale={lang === "nl" ? "nl-NL" : "en-GB"} text={asTemplates(w.replan)} />
        </>
      )}
    </>
  );
}

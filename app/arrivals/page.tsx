import type { Metadata } from "next";
import Link from "next/link";
import { EntranceForm } from "@/components/arrivals/entrance-form";
import { PrecedenceEditor } from "@/components/arrivals/precedence-editor";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { getPrecedence, listArrivalItems, listEntrances, listVenues } from "@/lib/arrivals/queries";
import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { dictionary, formatMoment } from "@/lib/i18n";
import { readerLang } from "@/lib/i18n/reader-lang";
import { asTemplates } from "@/lib/i18n/templates";
import { getCurrentSummit } from "@/lib/summits/queries";

type Search = { lang?: string };

export async function generateMetadata({ searchParams }: { searchParams: Promise<Search> }): Promise<Metadata> {
  return { title: dictionary(await readerLang((await searchParams).lang)).arrivals.metaTitle };
}

export default async function ArrivalsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requireActor("arrivals.manage");
  const lang = await readerLang((await searchParams).lang);
  const w = dictionary(lang).arrivals;
  const db = getDb();
  const summit = await getCurrentSummit(db, actor);
  if (!summit) return <EmptyState title={w.items.none} />;
  const [precedence, entrances, venues, items] = [
    await getPrecedence(db, actor, summit.id),
    await listEntrances(db, actor, summit.id),
    await listVenues(db, actor, summit.id),
    await listArrivalItems(db, actor, summit.id),
  ];
  const setLine = precedence.setAt && precedence.setByName ? w.precedence.setBy(precedence.setByName, formatMoment(precedence.setAt, summit.timeZone, lang)) : null;
  return (
    <>
      <PageHeader title={w.title} subtitle={w.subtitle} />
      <section className="card" aria-labelledby="items-title">
        <h2 id="items-title">{w.items.title}</h2>
        {items.length === 0 ? <EmptyState title={w.items.none} /> : (
          <div className="table-scroll">
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">{w.items.item}</th>
                  <th scope="col">{w.items.when}</th>
                  <th scope="col">{w.items.sequence}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((item) => (
                  <tr key={item.id}>
                    <td><Link href={`/arrivals/${item.id}`}>{item.title}</Link></td>
                    <td>{formatMoment(item.startsAt, summit.timeZone, lang)}</td>
                    <td>{item.arrivalSequence ? w.items.parties(item.arrivalSequence._count.slots) : <span className="muted">{w.items.noSequence}</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <PrecedenceEditor view={precedence} text={asTemplates(w.precedence)} setLine={setLine} />
      <section className="card" aria-labelledby="entrances-title">
        <h2 id="entrances-title">{w.entrances.title}</h2>
        {entrances.length === 0 ? <p className="muted">{w.entrances.none}</p> : null}
        {entrances.map((e) => (
          <EntranceForm key={e.id} venues={venues} entrance={{ id: e.id, venueId: e.venue.id, name: e.name, minGapMinutes: e.minGapMinutes, version: e.version }} text={w.entrances} />
        ))}
        <EntranceForm venues={venues} text={w.entrances} />
      </section>
    </>
  );
}

import type { Metadata } from "next";
import { ExportLinks } from "@/components/itinerary/export-links";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { dictionary, formatIsoDay } from "@/lib/i18n";
import { readerLang } from "@/lib/i18n/reader-lang";
import { listProgrammeVenues } from "@/lib/itinerary/programme";
import { getCurrentSummit } from "@/lib/summits/queries";
import { NoSummit } from "@/components/summits/no-summit";

export async function generateMetadata(): Promise<Metadata> {
  return { title: dictionary(await readerLang()).page.exports };
}

/** Every day-programme export the reader may take: whole summit, per day, per venue. */
export default async function ExportsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor("exports.read");
  const lang = await readerLang((await searchParams).lang);
  const t = dictionary(lang);
  const db = getDb();
  const summit = await getCurrentSummit(db, actor);
  if (!summit) return <NoSummit actor={actor} lang={lang} />;
  const venues = await listProgrammeVenues(db, actor);
  const base = "/exports/programme";
  return (
    <>
      <PageHeader title={`${t.page.exports}: ${t.doc.programme}`} subtitle={t.page.exportsHint} />
      <section className="card" aria-labelledby="whole-programme">
        <h2 id="whole-programme">{t.doc.programme}</h2>
        <ExportLinks base={base} query={{}} lang={lang} label={t.doc.allDays} />
        {summit.days.map((day) => (
          <ExportLinks key={day} base={base} query={{ day }} lang={lang} label={formatIsoDay(day, lang)} />
        ))}
      </section>
      {venues.length > 0 ? (
        <section className="card" aria-labelledby="per-venue">
          <h2 id="per-venue">{t.columns.venue}</h2>
          <table className="data">
            <tbody>
              {venues.map((venue) => (
                <tr key={venue.id}>
                  <th scope="row">{venue.name}</th>
                  <td>
                    <ExportLinks base={base} query={{ venue: venue.id }} lang={lang} label={t.doc.allDays} />
                  </td>
                  {summit.days.map((day) => (
                    <td key={day}>
                      <ExportLinks base={base} query={{ venue: venue.id, day }} lang={lang} label={formatIsoDay(day, lang)} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
    </>
  );
}

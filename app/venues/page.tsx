import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { VenueForm } from "@/components/venues/venue-form";
import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { dictionary } from "@/lib/i18n";
import { readerLang } from "@/lib/i18n/reader-lang";
import { getCurrentSummit } from "@/lib/summits/queries";
import { listVenues } from "@/lib/venues/queries";
import { NoSummit } from "@/components/summits/no-summit";

export async function generateMetadata(): Promise<Metadata> {
  return { title: dictionary(await readerLang()).venues.title };
}

/** The summit's venues at a glance; each one's spaces and forms are on its own page. */
export default async function VenuesPage() {
  const actor = await requireActor("programme.edit");
  const db = getDb();
  const summit = await getCurrentSummit(db, actor);
  const lang = await readerLang();
  const t = dictionary(lang).venues;
  if (!summit) return <NoSummit actor={actor} lang={lang} />;
  const venues = await listVenues(db, summit.id);
  return (
    <>
      <PageHeader title={t.title} subtitle={t.subtitle(venues.length, summit.timeZone)}>
        <div className="actions">
          <Link href="/venues/travel">{t.travelTimes}</Link>
        </div>
      </PageHeader>
      {venues.length === 0 ? (
        <EmptyState title={t.empty}>{t.emptyHint}</EmptyState>
      ) : (
        <section className="card" aria-labelledby="venues-heading">
          <h2 id="venues-heading">{t.title}</h2>
          <div className="table-scroll">
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">{t.columns.venue}</th>
                  <th scope="col">{t.columns.kind}</th>
                  <th scope="col">{t.columns.address}</th>
                  <th scope="col">{t.columns.spaces}</th>
                </tr>
              </thead>
              <tbody>
                {venues.map((venue) => (
                  <tr key={venue.id}>
                    <td>
                      <Link href={`/venues/${venue.id}`}>{venue.name}</Link>
                    </td>
                    <td>{t.venueForm.kinds[venue.kind]}</td>
                    <td>{venue.address ?? <span className="muted">—</span>}</td>
                    <td>{venue.spaces.length}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
      <section className="card" aria-labelledby="new-venue-heading">
        <h2 id="new-venue-heading">{t.newVenue}</h2>
        <VenueForm text={t.venueForm} />
      </section>
    </>
  );
}

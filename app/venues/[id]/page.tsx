import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { SpaceForm } from "@/components/venues/space-form";
import { VenueForm } from "@/components/venues/venue-form";
import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { dictionary } from "@/lib/i18n";
import { readerLang } from "@/lib/i18n/reader-lang";
import { getCurrentSummit } from "@/lib/summits/queries";
import { listVenues, minutesToHhmm } from "@/lib/venues/queries";

type Props = { params: Promise<{ id: string }> };

/** The venue of the actor's summit, or null (another summit's venue does not exist here). */
async function load(id: string) {
  const actor = await requireActor("programme.edit");
  const db = getDb();
  const summit = await getCurrentSummit(db, actor);
  if (!summit) return null;
  const venue = (await listVenues(db, summit.id)).find((v) => v.id === id);
  return venue ? { summit, venue } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const data = await load((await params).id);
  const t = dictionary(await readerLang());
  return { title: data ? `${data.venue.name} · ${t.venues.title}` : t.app.notFound.title };
}

export default async function VenuePage({ params }: Props) {
  const data = await load((await params).id);
  if (!data) notFound();
  const { summit, venue } = data;
  const t = dictionary(await readerLang()).venues;
  return (
    <>
      <p className="no-print">
        <Link href="/venues">{t.back}</Link>
      </p>
      <PageHeader title={venue.name} subtitle={t.venueSubtitle(venue.spaces.length, summit.timeZone)}>
        <div className="actions">
          <Link href="/venues/travel">{t.travelTimes}</Link>
        </div>
      </PageHeader>
      <section className="card" aria-labelledby="venue-details">
        <h2 id="venue-details">{t.details}</h2>
        <VenueForm venue={venue} text={t.venueForm} />
      </section>
      <section className="card" aria-labelledby="venue-spaces">
        <h2 id="venue-spaces">{t.spaces}</h2>
        {venue.spaces.length === 0 ? <p className="muted">{t.noSpaces}</p> : null}
        {venue.spaces.map((space) => (
          <SpaceForm
            key={space.id}
            venueId={venue.id}
            space={{ id: space.id, name: space.name, capacity: space.capacity, securityZone: space.securityZone, opens: minutesToHhmm(space.opensMinute), closes: minutesToHhmm(space.closesMinute) }}
            text={t.spaceForm}
          />
        ))}
        <h3>{t.newSpace}</h3>
        <SpaceForm venueId={venue.id} text={t.spaceForm} />
      </section>
    </>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { SpaceForm } from "@/components/venues/space-form";
import { VenueForm } from "@/components/venues/venue-form";
import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
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
  return { title: data ? `${data.venue.name} · Venues` : "Not found" };
}

export default async function VenuePage({ params }: Props) {
  const data = await load((await params).id);
  if (!data) notFound();
  const { summit, venue } = data;
  return (
    <>
      <p className="no-print">
        <Link href="/venues">← All venues</Link>
      </p>
      <PageHeader title={venue.name} subtitle={`${venue.spaces.length} ${venue.spaces.length === 1 ? "space" : "spaces"} · opening hours in ${summit.timeZone}`}>
        <div className="actions">
          <Link href="/venues/travel">Travel times</Link>
        </div>
      </PageHeader>
      <section className="card" aria-labelledby="venue-details">
        <h2 id="venue-details">Details</h2>
        <VenueForm venue={venue} />
      </section>
      <section className="card" aria-labelledby="venue-spaces">
        <h2 id="venue-spaces">Spaces</h2>
        {venue.spaces.length === 0 ? <p className="muted">No spaces yet.</p> : null}
        {venue.spaces.map((space) => (
          <SpaceForm
            key={space.id}
            venueId={venue.id}
            space={{ id: space.id, name: space.name, capacity: space.capacity, securityZone: space.securityZone, opens: minutesToHhmm(space.opensMinute), closes: minutesToHhmm(space.closesMinute) }}
          />
        ))}
        <h3>New space</h3>
        <SpaceForm venueId={venue.id} />
      </section>
    </>
  );
}

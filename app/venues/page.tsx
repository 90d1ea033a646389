import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { SpaceForm } from "@/components/venues/space-form";
import { TravelMatrixForm } from "@/components/venues/travel-matrix-form";
import { VenueForm } from "@/components/venues/venue-form";
import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { getCurrentSummit } from "@/lib/summits/queries";
import { getTravelMatrix, listVenues, minutesToHhmm } from "@/lib/venues/queries";
import { NoSummit } from "@/components/summits/no-summit";

export const metadata: Metadata = { title: "Venues" };

export default async function VenuesPage() {
  const actor = await requireActor("programme.edit");
  const db = getDb();
  const summit = await getCurrentSummit(db, actor);
  if (!summit) return <NoSummit actor={actor} />;
  const [venues, travel] = await Promise.all([listVenues(db, summit.id), getTravelMatrix(db, summit.id)]);
  const minutes = Object.fromEntries(travel.map((t) => [`${t.fromVenueId}>${t.toVenueId}`, t.minutes]));
  return (
    <>
      <PageHeader title="Venues, spaces and travel times" subtitle={`Opening hours in ${summit.timeZone}`} />
      {venues.map((venue) => (
        <section className="card" key={venue.id} aria-labelledby={`venue-${venue.id}`}>
          <h2 id={`venue-${venue.id}`}>{venue.name}</h2>
          <VenueForm venue={venue} />
          <h3>Spaces</h3>
          {venue.spaces.length === 0 ? <p className="muted">No spaces yet.</p> : null}
          {venue.spaces.map((space) => (
            <SpaceForm
              key={space.id}
              venueId={venue.id}
              space={{ id: space.id, name: space.name, capacity: space.capacity, securityZone: space.securityZone, opens: minutesToHhmm(space.opensMinute), closes: minutesToHhmm(space.closesMinute) }}
            />
          ))}
          <SpaceForm venueId={venue.id} />
        </section>
      ))}
      <section className="card">
        <h2>New venue</h2>
        <VenueForm />
      </section>
      <section className="card">
        <h2>Travel times (minutes by motorcade)</h2>
        {venues.length < 2 ? <p className="muted">Add at least two venues.</p> : <TravelMatrixForm venues={venues.map(({ id, name }) => ({ id, name }))} minutes={minutes} />}
      </section>
    </>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { VenueForm } from "@/components/venues/venue-form";
import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { getCurrentSummit } from "@/lib/summits/queries";
import { listVenues } from "@/lib/venues/queries";
import { NoSummit } from "@/components/summits/no-summit";

export const metadata: Metadata = { title: "Venues" };

/** The summit's venues at a glance; each one's spaces and forms are on its own page. */
export default async function VenuesPage() {
  const actor = await requireActor("programme.edit");
  const db = getDb();
  const summit = await getCurrentSummit(db, actor);
  if (!summit) return <NoSummit actor={actor} />;
  const venues = await listVenues(db, summit.id);
  return (
    <>
      <PageHeader title="Venues" subtitle={`${venues.length} ${venues.length === 1 ? "venue" : "venues"} · opening hours in ${summit.timeZone}`}>
        <div className="actions">
          <Link href="/venues/travel">Travel times</Link>
        </div>
      </PageHeader>
      {venues.length === 0 ? (
        <EmptyState title="No venues yet">Add the first venue below, then its spaces.</EmptyState>
      ) : (
        <section className="card" aria-labelledby="venues-heading">
          <h2 id="venues-heading">Venues</h2>
          <div className="table-scroll">
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">Venue</th>
                  <th scope="col">Kind</th>
                  <th scope="col">Address</th>
                  <th scope="col">Spaces</th>
                </tr>
              </thead>
              <tbody>
                {venues.map((venue) => (
                  <tr key={venue.id}>
                    <td>
                      <Link href={`/venues/${venue.id}`}>{venue.name}</Link>
                    </td>
                    <td>{venue.kind.toLowerCase()}</td>
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
        <h2 id="new-venue-heading">New venue</h2>
        <VenueForm />
      </section>
    </>
  );
}

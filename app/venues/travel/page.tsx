import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { TravelMatrixForm } from "@/components/venues/travel-matrix-form";
import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { getCurrentSummit } from "@/lib/summits/queries";
import { getTravelMatrix, listVenues } from "@/lib/venues/queries";
import { NoSummit } from "@/components/summits/no-summit";

export const metadata: Metadata = { title: "Travel times" };

/** Motorcade minutes between every pair of the summit's venues, used by the conflict checks. */
export default async function TravelTimesPage() {
  const actor = await requireActor("programme.edit");
  const db = getDb();
  const summit = await getCurrentSummit(db, actor);
  if (!summit) return <NoSummit actor={actor} />;
  const [venues, travel] = await Promise.all([listVenues(db, summit.id), getTravelMatrix(db, summit.id)]);
  const minutes = Object.fromEntries(travel.map((t) => [`${t.fromVenueId}>${t.toVenueId}`, t.minutes]));
  return (
    <>
      <p className="no-print">
        <Link href="/venues">← All venues</Link>
      </p>
      <PageHeader title="Travel times" subtitle="Minutes by motorcade between venues; an empty cell means unknown" />
      <section className="card" aria-labelledby="travel-heading">
        <h2 id="travel-heading">Travel times (minutes by motorcade)</h2>
        {venues.length < 2 ? <p className="muted">Add at least two venues.</p> : <TravelMatrixForm venues={venues.map(({ id, name }) => ({ id, name }))} minutes={minutes} />}
      </section>
    </>
  );
}

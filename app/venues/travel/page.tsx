import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { TravelMatrixForm } from "@/components/venues/travel-matrix-form";
import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { dictionary } from "@/lib/i18n";
import { readerLang } from "@/lib/i18n/reader-lang";
import { getCurrentSummit } from "@/lib/summits/queries";
import { getTravelMatrix, listVenues } from "@/lib/venues/queries";
import { NoSummit } from "@/components/summits/no-summit";

export async function generateMetadata(): Promise<Metadata> {
  return { title: dictionary(await readerLang()).venues.travelTimes };
}

/** Motorcade minutes between every pair of the summit's venues, used by the conflict checks. */
export default async function TravelTimesPage() {
  const actor = await requireActor("programme.edit");
  const db = getDb();
  const summit = await getCurrentSummit(db, actor);
  const lang = await readerLang();
  const t = dictionary(lang).venues;
  if (!summit) return <NoSummit actor={actor} lang={lang} />;
  const [venues, travel] = await Promise.all([listVenues(db, summit.id), getTravelMatrix(db, summit.id)]);
  const minutes = Object.fromEntries(travel.map((t) => [`${t.fromVenueId}>${t.toVenueId}`, t.minutes]));
  return (
    <>
      <p className="no-print">
        <Link href="/venues">{t.back}</Link>
      </p>
      <PageHeader title={t.travelTimes} subtitle={t.travelSubtitle} />
      <section className="card" aria-labelledby="travel-heading">
        <h2 id="travel-heading">{t.travelHeading}</h2>
        {venues.length < 2 ? <p className="muted">{t.needTwo}</p> : <TravelMatrixForm venues={venues.map(({ id, name }) => ({ id, name }))} minutes={minutes} text={t.travelForm} />}
      </section>
    </>
  );
}

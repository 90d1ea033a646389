import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import styles from "@/components/itinerary/itinerary.module.css";
import { PendingAcknowledgements } from "@/components/itinerary/pending-acknowledgements";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { isStaff } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { dictionary, parseLang } from "@/lib/i18n";
import { readerLang } from "@/lib/i18n/reader-lang";
import { getChangesSinceAck, listPendingAcknowledgements } from "@/lib/itinerary/changes";
import { listItineraryDelegations } from "@/lib/itinerary/scope";
import { getCurrentSummit } from "@/lib/summits/queries";
import { NoSummit } from "@/components/summits/no-summit";

export const metadata: Metadata = { title: "Itinerary" };

export default async function ItineraryIndex({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor("itinerary.read");
  const query = (await searchParams).lang;
  const lang = await readerLang(query);
  const t = dictionary(lang);
  // A language chosen in the URL travels on in links; one remembered in the cookie needs no help.
  const suffix = parseLang(query) ? `?lang=${lang}` : "";
  const db = getDb();
  const summit = await getCurrentSummit(db, actor);
  if (!summit) return <NoSummit actor={actor} lang={lang} />;
  const delegations = await listItineraryDelegations(db, actor, summit.id);
  const staff = isStaff(actor);
  // A liaison with one delegation goes straight to its itinerary.
  if (!staff && delegations.length === 1) redirect(`/itinerary/${delegations[0].id}${suffix}`);
  const pending = staff ? await listPendingAcknowledgements(db, actor) : [];
  // A liaison with several delegations sees which of them have unacknowledged changes.
  const unacknowledged = new Map(
    staff ? [] : await Promise.all(delegations.map(async (d) => [d.id, (await getChangesSinceAck(db, actor, d.id)).changes.length] as const)),
  );

  return (
    <>
      <PageHeader title={t.page.itinerary} subtitle={t.page.chooseDelegation} />
      {staff ? <PendingAcknowledgements pending={pending} timeZone={summit.timeZone} lang={lang} t={t} /> : null}
      {delegations.length === 0 ? (
        <EmptyState title={t.page.noDelegations} />
      ) : (
        <section className="card" aria-labelledby="delegations-heading">
          <h2 id="delegations-heading">{t.page.delegations}</h2>
          <ul className={styles.delegationList}>
            {delegations.map((d) => (
              <li key={d.id}>
                <Link href={`/itinerary/${d.id}${suffix}`}>{d.name}</Link> <span className="muted">{d.code}</span>
                {unacknowledged.get(d.id) ? <span className={styles.marker}>{t.changes.count(unacknowledged.get(d.id)!)}</span> : null}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

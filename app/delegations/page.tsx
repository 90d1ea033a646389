import type { Metadata } from "next";
import Link from "next/link";
import { DelegationForm } from "@/components/delegations/delegation-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { dictionary, formatMoment, formDayOptions } from "@/lib/i18n";
import { readerLang } from "@/lib/i18n/reader-lang";
import { listDelegations } from "@/lib/delegations/queries";
import { getCurrentSummit } from "@/lib/summits/queries";
import { listVenues } from "@/lib/venues/queries";
import { NoSummit } from "@/components/summits/no-summit";

export async function generateMetadata(): Promise<Metadata> {
  return { title: dictionary(await readerLang()).planning.delegations.title };
}

export default async function DelegationsPage() {
  const actor = await requireActor("programme.edit");
  const lang = await readerLang();
  const all = dictionary(lang);
  const t = all.planning;
  const db = getDb();
  const summit = await getCurrentSummit(db, actor);
  if (!summit) return <NoSummit actor={actor} lang={lang} />;
  const [delegations, venues] = await Promise.all([listDelegations(db, summit.id), listVenues(db, summit.id)]);
  const when = (d: Date | null) => (d ? formatMoment(d, summit.timeZone, lang) : "—");
  return (
    <>
      <PageHeader title={t.delegations.title} subtitle={t.delegations.subtitle(delegations.length, summit.timeZone)} />
      <table className="data">
        <thead>
          <tr><th scope="col">{t.delegations.delegation}</th><th scope="col">{t.delegations.kind}</th><th scope="col">{t.delegations.members}</th><th scope="col">{t.delegations.hotel}</th><th scope="col">{t.delegations.arrives}</th><th scope="col">{t.delegations.departs}</th></tr>
        </thead>
        <tbody>
          {delegations.map((d) => (
            <tr key={d.id}>
              <td><Link href={`/delegations/${d.id}`}>{d.name}</Link> <span className="muted">{d.code}</span></td>
              <td>{t.delegationKind[d.kind]}</td>
              <td>{d._count.members}</td>
              <td>{d.hotel?.name ?? "—"}</td>
              <td className="time">{when(d.arrivesAt)}</td>
              <td className="time">{when(d.departsAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <section className="card" style={{ marginTop: 16 }}>
        <h2>{t.delegations.newDelegation}</h2>
        <DelegationForm
          hotels={venues.filter((v) => v.kind === "HOTEL")}
          timeZone={summit.timeZone}
          days={formDayOptions(summit.days, lang)}
          text={all.forms}
          words={{ common: all.editors.common, delegation: all.editors.delegation, kinds: t.delegationKind }}
        />
      </section>
    </>
  );
}

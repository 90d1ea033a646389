import type { Metadata } from "next";
import Link from "next/link";
import { AddProposalsButton } from "@/components/tasks/add-proposals-button";
import { DelegationFilter } from "@/components/tasks/delegation-filter";
import { Toolbar } from "@/components/tasks/toolbar";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { dictionary, formatInstantDay } from "@/lib/i18n";
import { readerLang } from "@/lib/i18n/reader-lang";
import { movementFormOptions, transferPlanningData } from "@/lib/movements/queries";
import { getCurrentSummit } from "@/lib/summits/queries";
import { formatTime } from "@/lib/time";
import { notFound } from "next/navigation";

export async function generateMetadata(): Promise<Metadata> {
  return { title: dictionary(await readerLang()).planning.movements.proposals.title };
}

export default async function ProposalsPage({ searchParams }: { searchParams: Promise<{ delegation?: string | string[]; lang?: string | string[] }> }) {
  const { delegation, lang: langQuery } = await searchParams;
  const lang = await readerLang(langQuery);
  const all = dictionary(lang);
  const t = all.planning.movements.proposals;
  const actor = await requireActor("movements.edit");
  const db = getDb();
  const summit = await getCurrentSummit(db, actor);
  if (!summit) notFound();
  const { delegations, venues } = await movementFormOptions(db, summit.id);
  const chosen = typeof delegation === "string" ? delegations.find((d) => d.id === delegation) ?? null : null;
  const plan = chosen ? await transferPlanningData(db, summit, chosen.id) : null;
  const venueName = new Map(venues.map((v) => [v.id, v.name]));
  const tz = summit.timeZone;

  return (
    <>
      <PageHeader
        title={t.title}
        subtitle={t.subtitle}
      />
      <Toolbar>
        <DelegationFilter delegations={delegations} current={chosen?.id ?? ""} t={all.planning.delegationFilter} />
        <Link href={`/movements/${summit.days[0]}`}>{t.allMovements}</Link>
      </Toolbar>
      {!plan ? (
        <EmptyState title={t.choose}>{t.chooseHint}</EmptyState>
      ) : plan.proposals.length === 0 ? (
        <EmptyState title={t.nothing}>{t.nothingHint(plan.delegation.name)}</EmptyState>
      ) : (
        <section className="card" aria-labelledby="proposals-heading">
          <h2 id="proposals-heading">{plan.delegation.name}</h2>
          <table className="data">
            <thead>
              <tr>
                <th scope="col">{t.day}</th>
                <th scope="col">{t.leaves}</th>
                <th scope="col">{t.route}</th>
                <th scope="col">{t.why}</th>
              </tr>
            </thead>
            <tbody>
              {plan.proposals.map((p) => (
                <tr key={`${p.fromVenueId}-${p.toVenueId}-${p.startsAt.toISOString()}`}>
                  <td>{formatInstantDay(p.startsAt, tz, lang)}</td>
                  <td className="time">{formatTime(p.startsAt, tz)}–{formatTime(p.endsAt, tz)}</td>
                  <td>
                    {venueName.get(p.fromVenueId)} → {venueName.get(p.toVenueId)}
                    {!p.travelTimeKnown ? <div className="form-error">{t.noTravelTime}</div> : null}
                  </td>
                  <td>
                    {p.fromItemId ? t.after(plan.items.get(p.fromItemId) ?? "") : t.from(venueName.get(p.fromVenueId) ?? "")}
                    {" · "}
                    {p.toItemId ? t.for(plan.items.get(p.toItemId) ?? "") : t.to(venueName.get(p.toVenueId) ?? "")}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="muted">{t.eachAdded(plan.partySize)}</p>
          <AddProposalsButton delegationId={plan.delegation.id} count={plan.proposals.length} lang={lang} />
        </section>
      )}
    </>
  );
}

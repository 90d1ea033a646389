import type { Metadata } from "next";
import Link from "next/link";
import { AddProposalsButton } from "@/components/agency/add-proposals-button";
import { DelegationFilter } from "@/components/agency/delegation-filter";
import { Toolbar } from "@/components/agency/toolbar";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { movementFormOptions, transferPlanningData } from "@/lib/movements/queries";
import { getCurrentSummit } from "@/lib/summits/queries";
import { formatDay, formatTime } from "@/lib/time";
import { notFound } from "next/navigation";

export const metadata: Metadata = { title: "Proposed transfers" };

export default async function ProposalsPage({ searchParams }: { searchParams: Promise<{ delegation?: string | string[] }> }) {
  const { delegation } = await searchParams;
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
        title="Proposed transfers"
        subtitle="Where consecutive items of a delegation's principal are at different places, and from the hotel (the airport on the day it lands) and back (the airport on the day it leaves)."
      />
      <Toolbar>
        <DelegationFilter delegations={delegations} current={chosen?.id ?? ""} />
        <Link href={`/movements/${summit.days[0]}`}>All movements</Link>
      </Toolbar>
      {!plan ? (
        <EmptyState title="Choose a delegation">Its principal&apos;s confirmed programme is read to propose the transfers it needs.</EmptyState>
      ) : plan.proposals.length === 0 ? (
        <EmptyState title="Nothing to add">{`Every transfer ${plan.delegation.name}'s programme needs is already planned.`}</EmptyState>
      ) : (
        <section className="card" aria-labelledby="proposals-heading">
          <h2 id="proposals-heading">{plan.delegation.name}</h2>
          <table className="data">
            <thead>
              <tr>
                <th scope="col">Day</th>
                <th scope="col">Leaves</th>
                <th scope="col">Route</th>
                <th scope="col">Why</th>
              </tr>
            </thead>
            <tbody>
              {plan.proposals.map((p) => (
                <tr key={`${p.fromVenueId}-${p.toVenueId}-${p.startsAt.toISOString()}`}>
                  <td>{formatDay(p.startsAt, tz)}</td>
                  <td className="time">{formatTime(p.startsAt, tz)}–{formatTime(p.endsAt, tz)}</td>
                  <td>
                    {venueName.get(p.fromVenueId)} → {venueName.get(p.toVenueId)}
                    {!p.travelTimeKnown ? <div className="form-error">No travel time recorded between these places: add one under Venues before adding this transfer.</div> : null}
                  </td>
                  <td>
                    {p.fromItemId ? `After ${plan.items.get(p.fromItemId)}` : `From ${venueName.get(p.fromVenueId)}`}
                    {" · "}
                    {p.toItemId ? `for ${plan.items.get(p.toItemId)}` : `to ${venueName.get(p.toVenueId)}`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="muted">{`Each is added as a transfer of ${plan.partySize} people; edit them afterwards on the movements page.`}</p>
          <AddProposalsButton delegationId={plan.delegation.id} count={plan.proposals.length} />
        </section>
      )}
    </>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BilateralActions } from "@/components/bilaterals/bilateral-actions";
import styles from "@/components/bilaterals/bilaterals.module.css";
import { HistoryList } from "@/components/bilaterals/history-list";
import { ImpossibleNote } from "@/components/bilaterals/impossible-note";
import { SlotFinder } from "@/components/bilaterals/slot-finder";
import { slotText } from "@/components/bilaterals/slot-text";
import { BilateralStatusBadge } from "@/components/bilaterals/status-badge";
import { dayOptions } from "@/components/bilaterals/summit-days";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { BILATERAL_LEVEL_LABEL, PARTY_RESPONSE_LABEL } from "@/lib/bilaterals/labels";
import { impossibleProposals } from "@/lib/bilaterals/finder";
import { bilateralActionsFor, mayManageBilaterals } from "@/lib/bilaterals/policy";
import { getBilateral, venueOptions, type BilateralDetail } from "@/lib/bilaterals/queries";
import { getDb } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { dictionary } from "@/lib/i18n";
import type { BilateralFormText } from "@/lib/i18n/forms";
import { readerLang } from "@/lib/i18n/reader-lang";
import { getCurrentSummit } from "@/lib/summits/queries";
import { formatDay, isoDayOf, zonedInstant } from "@/lib/time";

// Deliberately generic: the title must not name the delegations of a request one may not see.
export const metadata: Metadata = { title: "Bilateral request" };

async function load(id: string) {
  const actor = await requireActor("bilateral.request");
  const db = getDb();
  try {
    return { actor, db, request: await getBilateral(db, actor, id) };
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

type Impossible = { problems: readonly string[]; text: BilateralFormText; showReasons: boolean } | null;

function Details({ request, timeZone, impossible }: { request: BilateralDetail; timeZone: string; impossible: Impossible }) {
  const day = (d: string) => formatDay(zonedInstant(d, "12:00", timeZone), timeZone);
  return (
    <dl className={styles.details}>
      <dt>Status</dt>
      <dd>
        <BilateralStatusBadge status={request.status} />
        {impossible ? <ImpossibleNote id={request.id} problems={impossible.problems} text={impossible.text} showReasons={impossible.showReasons} /> : null}
      </dd>
      <dt>Requested by</dt>
      <dd>{request.requester.name}</dd>
      <dt>Level</dt>
      <dd>{BILATERAL_LEVEL_LABEL[request.level]}, {request.durationMinutes} min</dd>
      <dt>Preferred days</dt>
      <dd>{request.preferredDays.length ? request.preferredDays.map(day).join(", ") : "Any summit day"}</dd>
      <dt>Notes</dt>
      <dd>{request.notes ?? <span className="muted">None</span>}</dd>
      <dt>Slot</dt>
      <dd>
        {request.proposal
          ? `${slotText(request.proposal.startsAt, request.proposal.endsAt, timeZone)}, ${request.proposal.spaceName}, ${request.proposal.venueName}`
          : <span className="muted">Not yet proposed</span>}
        {request.itemId && request.proposal ? (
          <div>
            <Link href={`/programme/${isoDayOf(request.proposal.startsAt, timeZone)}`}>In the programme</Link>
          </div>
        ) : null}
      </dd>
    </dl>
  );
}

export default async function BilateralPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { actor, db, request } = await load(id);
  const summit = await getCurrentSummit(db, actor);
  if (!summit || summit.id !== request.summitId) notFound();
  const allowed = bilateralActionsFor(actor, { ...request, requesterDelegationId: request.requester.id });
  const venues = allowed.propose ? await venueOptions(db, summit.id) : [];
  const text = dictionary(await readerLang(undefined)).forms.bilaterals;
  const problems = (await impossibleProposals(db, [request])).get(request.id);
  const impossible = problems ? { problems, text, showReasons: mayManageBilaterals(actor) } : null;

  return (
    <>
      <PageHeader title={`Bilateral: ${request.parties.map((p) => p.name).join(" – ")}`} subtitle={`Times in ${summit.timeZone}`}>
        <Link className="no-print" href="/bilaterals">All bilaterals</Link>
      </PageHeader>
      <section className="card" aria-labelledby="request-heading">
        <h2 id="request-heading">Request</h2>
        <Details request={request} timeZone={summit.timeZone} impossible={impossible} />
      </section>
      <section className="card" aria-labelledby="answers-heading">
        <h2 id="answers-heading">Delegations</h2>
        <table className="data">
          <thead>
            <tr>
              <th scope="col">Delegation</th>
              <th scope="col">Answer to the proposed slot</th>
            </tr>
          </thead>
          <tbody>
            {request.parties.map((p) => (
              <tr key={p.delegationId}>
                <td>{p.name}</td>
                <td>{PARTY_RESPONSE_LABEL[p.response]}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <BilateralActions id={request.id} version={request.version} allowed={allowed} partyNames={Object.fromEntries(request.parties.map((p) => [p.delegationId, p.name]))} text={text} />
      </section>
      {allowed.propose ? (
        <section className="card no-print" aria-labelledby="finder-heading">
          <h2 id="finder-heading">{request.proposal ? "Propose another slot" : "Find a slot"}</h2>
          <SlotFinder requestId={request.id} version={request.version} days={dayOptions(summit.days, summit.timeZone)} venues={venues} timeZone={summit.timeZone} text={text} />
        </section>
      ) : null}
      <section className="card" aria-labelledby="history-heading">
        <h2 id="history-heading">History</h2>
        <HistoryList entries={request.history} timeZone={summit.timeZone} />
      </section>
    </>
  );
}

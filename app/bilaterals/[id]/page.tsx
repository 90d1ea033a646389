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
import { impossibleProposals } from "@/lib/bilaterals/finder";
import { bilateralActionsFor, mayManageBilaterals } from "@/lib/bilaterals/policy";
import { getBilateral, venueOptions, type BilateralDetail } from "@/lib/bilaterals/queries";
import { getDb } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { dictionary, formatIsoDay, type Lang } from "@/lib/i18n";
import type { BilateralsText } from "@/lib/i18n/bilaterals";
import type { Phrase } from "@/lib/i18n/conflict-phrases";
import { fillIn, type BilateralFormText } from "@/lib/i18n/forms";
import { readerLang } from "@/lib/i18n/reader-lang";
import { getCurrentSummit } from "@/lib/summits/queries";
import { isoDayOf } from "@/lib/time";

// Deliberately generic: the title must not name the delegations of a request one may not see.
export async function generateMetadata(): Promise<Metadata> {
  return { title: dictionary(await readerLang()).bilaterals.detail.metaTitle };
}

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

type Impossible = { problems: readonly Phrase[]; text: BilateralFormText; showReasons: boolean } | null;

function Details({ request, timeZone, impossible, words, lang }: { request: BilateralDetail; timeZone: string; impossible: Impossible; words: BilateralsText; lang: Lang }) {
  const day = (d: string) => formatIsoDay(d, lang);
  const t = words.detail;
  return (
    <dl className={styles.details}>
      <dt>{t.status}</dt>
      <dd>
        <BilateralStatusBadge status={request.status} words={words} />
        {impossible ? <ImpossibleNote id={request.id} problems={impossible.problems} text={impossible.text} showReasons={impossible.showReasons} lang={lang} /> : null}
      </dd>
      <dt>{t.requestedBy}</dt>
      <dd>{request.requester.name}</dd>
      <dt>{t.level}</dt>
      <dd>{words.level[request.level]}, {fillIn(words.minutes, { n: request.durationMinutes })}</dd>
      <dt>{t.preferredDays}</dt>
      <dd>{request.preferredDays.length ? request.preferredDays.map(day).join(", ") : t.anyDay}</dd>
      <dt>{t.notes}</dt>
      <dd>{request.notes ?? <span className="muted">{t.none}</span>}</dd>
      <dt>{t.slot}</dt>
      <dd>
        {request.proposal
          ? `${slotText(request.proposal.startsAt, request.proposal.endsAt, timeZone, lang)}, ${request.proposal.spaceName}, ${request.proposal.venueName}`
          : <span className="muted">{words.table.notProposed}</span>}
        {request.itemId && request.proposal ? (
          <div>
            <Link href={`/programme/${isoDayOf(request.proposal.startsAt, timeZone)}`}>{t.inProgramme}</Link>
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
  const lang = await readerLang();
  const all = dictionary(lang);
  const text = all.forms.bilaterals;
  const words = all.bilaterals;
  const t = words.detail;
  const problems = (await impossibleProposals(db, [request])).get(request.id);
  const impossible = problems ? { problems, text, showReasons: mayManageBilaterals(actor) } : null;

  return (
    <>
      <PageHeader title={fillIn(t.title, { names: request.parties.map((p) => p.name).join(" – ") })} subtitle={all.planning.timesIn(summit.timeZone)}>
        <Link className="no-print" href="/bilaterals">{t.all}</Link>
      </PageHeader>
      <section className="card" aria-labelledby="request-heading">
        <h2 id="request-heading">{t.request}</h2>
        <Details request={request} timeZone={summit.timeZone} impossible={impossible} words={words} lang={lang} />
      </section>
      <section className="card" aria-labelledby="answers-heading">
        <h2 id="answers-heading">{t.delegations}</h2>
        <table className="data">
          <thead>
            <tr>
              <th scope="col">{t.delegation}</th>
              <th scope="col">{t.answer}</th>
            </tr>
          </thead>
          <tbody>
            {request.parties.map((p) => (
              <tr key={p.delegationId}>
                <td>{p.name}</td>
                <td>{words.response[p.response]}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <BilateralActions id={request.id} version={request.version} allowed={allowed} partyNames={Object.fromEntries(request.parties.map((p) => [p.delegationId, p.name]))} text={text} words={words.actions} />
      </section>
      {allowed.propose ? (
        <section className="card no-print" aria-labelledby="finder-heading">
          <h2 id="finder-heading">{request.proposal ? t.proposeAnother : t.findSlot}</h2>
          <SlotFinder requestId={request.id} version={request.version} days={dayOptions(summit.days, lang)} venues={venues} timeZone={summit.timeZone} text={text} words={words.finder} />
        </section>
      ) : null}
      <section className="card" aria-labelledby="history-heading">
        <h2 id="history-heading">{t.history}</h2>
        <HistoryList entries={request.history} timeZone={summit.timeZone} lang={lang} none={t.noHistory} />
      </section>
    </>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { BilateralTable } from "@/components/bilaterals/bilateral-table";
import { SlotFinder } from "@/components/bilaterals/slot-finder";
import { dayOptions } from "@/components/bilaterals/summit-days";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { groupByDelegation, groupByStatus } from "@/lib/bilaterals/board";
import { impossibleProposals } from "@/lib/bilaterals/finder";
import { allowedEvents } from "@/lib/bilaterals/lifecycle";
import { mayManageBilaterals } from "@/lib/bilaterals/policy";
import { listBilaterals, venueOptions, type BilateralSummary } from "@/lib/bilaterals/queries";
import { getDb } from "@/lib/db";
import { dictionary } from "@/lib/i18n";
import { readerLang } from "@/lib/i18n/reader-lang";
import { getCurrentSummit } from "@/lib/summits/queries";
import { NoSummit } from "@/components/summits/no-summit";

export async function generateMetadata(): Promise<Metadata> {
  return { title: dictionary(await readerLang()).bilaterals.board.metaTitle };
}

export default async function BilateralsPage({ searchParams }: { searchParams: Promise<{ view?: string }> }) {
  const actor = await requireActor("bilateral.request");
  const db = getDb();
  const summit = await getCurrentSummit(db, actor);
  const lang = await readerLang();
  const all = dictionary(lang);
  if (!summit) return <NoSummit actor={actor} lang={lang} />;
  const requests = await listBilaterals(db, actor, summit.id);
  const manager = mayManageBilaterals(actor);
  const byDelegation = (await searchParams).view === "delegation";
  const text = all.forms.bilaterals;
  const words = all.bilaterals;
  const t = words.board;
  // Read with the board: a proposal that became impossible is shown so now, not when Confirm fails.
  const problems = await impossibleProposals(db, requests);

  const header = (
    <PageHeader title={manager ? t.managerTitle : t.ownTitle} subtitle={all.planning.timesIn(summit.timeZone)}>
      <div className="actions no-print">
        {manager ? (
          <nav className="actions" aria-label={t.groupBy}>
            <Link href="/bilaterals" aria-current={byDelegation ? undefined : "page"}>{t.byStatus}</Link>
            <Link href="/bilaterals?view=delegation" aria-current={byDelegation ? "page" : undefined}>{t.byDelegation}</Link>
          </nav>
        ) : null}
        <Link className="button" href="/bilaterals/new">{t.request}</Link>
      </div>
    </PageHeader>
  );
  if (requests.length === 0) {
    return (
      <>
        {header}
        <EmptyState title={t.none}>{manager ? t.noneManager : t.noneOwn}</EmptyState>
      </>
    );
  }

  if (!manager) {
    return (
      <>
        {header}
        <section className="card" aria-label={t.requests}>
          <BilateralTable requests={requests} timeZone={summit.timeZone} problems={problems} text={text} words={words} lang={lang} />
        </section>
      </>
    );
  }

  const days = dayOptions(summit.days, lang);
  const venues = await venueOptions(db, summit.id);
  const finder = (r: BilateralSummary) =>
    allowedEvents(r.status).includes("propose") ? (
      <details>
        <summary>{t.findSlot}</summary>
        <SlotFinder requestId={r.id} version={r.version} days={days} venues={venues} timeZone={summit.timeZone} text={text} words={words.finder} />
      </details>
    ) : null;
  const groups = byDelegation
    ? groupByDelegation(requests).map((g) => ({ key: g.delegation.id, title: g.delegation.name, requests: g.requests }))
    : groupByStatus(requests).map((g) => ({ key: g.status, title: words.status[g.status], requests: g.requests }));

  return (
    <>
      {header}
      {groups.map((group) => (
        <section className="card" key={group.key} aria-labelledby={`group-${group.key}`}>
          <h2 id={`group-${group.key}`}>
            {group.title} <span className="muted">({group.requests.length})</span>
          </h2>
          <BilateralTable requests={group.requests} timeZone={summit.timeZone} extra={finder} problems={problems} text={text} words={words} lang={lang} showReasons />
        </section>
      ))}
    </>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ProposalReview } from "@/components/live/proposal-review";
import { PageHeader } from "@/components/ui/page-header";
import { NoSummit } from "@/components/summits/no-summit";
import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { dictionary, formatMoment } from "@/lib/i18n";
import { readerLang } from "@/lib/i18n/reader-lang";
import { repairsForChange } from "@/lib/live/queries";
import { getCurrentSummit } from "@/lib/summits/queries";
import { formatTime } from "@/lib/time";

type Props = { params: Promise<{ changeId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return { title: dictionary(await readerLang((await searchParams).lang)).ops.repair.metaTitle };
}

/** The hard conflicts an applied change left and the smallest repairs, each reviewed as a proposal. */
export default async function RepairPage({ params, searchParams }: Props) {
  const actor = await requireActor("live.manage");
  const db = getDb();
  const summit = await getCurrentSummit(db, actor);
  if (!summit) return <NoSummit actor={actor} />;
  const lang = await readerLang((await searchParams).lang);
  const t = dictionary(lang).ops;
  const view = await repairsForChange(db, actor, summit, (await params).changeId).catch((e) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  const tz = summit.timeZone;
  return (
    <>
      <PageHeader title={t.repair.title} subtitle={t.repair.change(view.change.actorName, formatMoment(view.change.at, tz, lang), view.change.reason)}>
        <Link className="button button--secondary" href="/ops">{t.board.title}</Link>
      </PageHeader>
      {view.conflicts.length === 0 ? <p>{t.repair.nothingLeft}</p> : (
        <section className="card" aria-labelledby="repair-conflicts">
          <h2 id="repair-conflicts">{t.board.conflictsTitle}</h2>
          <ul>{view.conflicts.map((c) => <li key={c.id}>{c.message}</li>)}</ul>
        </section>
      )}
      {view.conflicts.length > 0 && view.suggestions.length === 0 ? <p>{t.form.repairsNone}</p> : null}
      {view.suggestions.map((s, i) => (
        <section key={i} className="card" aria-labelledby={`repair-${i}`}>
          <h2 id={`repair-${i}`}>
            {s.moves.map((m) => `${t.form.repairKind[m.kind]}: ${m.title} → ${formatTime(m.startsAt, tz)}`).join("; ")} ({t.form.disturbs(s.disturbs.delegations, s.disturbs.agencies)})
          </h2>
          <ProposalReview
            lang={lang}
            timeZone={tz}
            subject={null}
            subjectTitle=""
            initialSource={{
              kind: "repair",
              moves: s.moves.map((m) =>
                m.entity === "ProgrammeItem"
                  ? { entity: "ProgrammeItem" as const, id: m.id, startsAt: m.startsAt, endsAt: m.endsAt!, spaceId: m.spaceId }
                  : { entity: "Movement" as const, id: m.id, startsAt: m.startsAt, endsAt: m.endsAt },
              ),
            }}
          />
        </section>
      ))}
    </>
  );
}

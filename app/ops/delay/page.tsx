import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ProposalReview } from "@/components/live/proposal-review";
import { PageHeader } from "@/components/ui/page-header";
import { NoSummit } from "@/components/summits/no-summit";
import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { dictionary } from "@/lib/i18n";
import { readerLang } from "@/lib/i18n/reader-lang";
import { getLiveItem, getLiveMovement } from "@/lib/live/queries";
import { NotFoundError } from "@/lib/errors";
import { getCurrentSummit } from "@/lib/summits/queries";

type Search = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ searchParams }: { searchParams: Search }): Promise<Metadata> {
  return { title: dictionary(await readerLang((await searchParams).lang)).ops.form.declareTitle };
}

/** Declare a delay on an item or a movement, review its cascade, apply it (planners). */
export default async function DelayPage({ searchParams }: { searchParams: Search }) {
  const actor = await requireActor("live.manage");
  const db = getDb();
  const summit = await getCurrentSummit(db, actor);
  if (!summit) return <NoSummit actor={actor} />;
  const query = await searchParams;
  const lang = await readerLang(query.lang);
  const t = dictionary(lang).ops;
  const id = typeof query.id === "string" ? query.id : "";
  const kind = query.subject === "movement" ? "movement" : "item";
  const title = await (kind === "item" ? getLiveItem(db, actor, summit, id).then((i) => i.title) : getLiveMovement(db, actor, summit, id).then((m) => `${m.delegation}${m.from || m.to ? `: ${m.from ?? "…"} → ${m.to ?? "…"}` : ""}`)).catch((e) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  return (
    <>
      <PageHeader title={t.form.declareTitle} subtitle={`${title} · ${summit.timeZone}`}>
        <Link className="button button--secondary" href="/ops">{t.board.title}</Link>
      </PageHeader>
      <ProposalReview lang={lang} timeZone={summit.timeZone} subject={{ kind, id }} subjectTitle={title} />
    </>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { ItemStatusForm } from "@/components/live/item-status-form";
import { PageHeader } from "@/components/ui/page-header";
import { NoSummit } from "@/components/summits/no-summit";
import { formatTime, isoDayOf, toLocalInput } from "@/lib/time";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { dictionary, formatMoment } from "@/lib/i18n";
import { readerLang } from "@/lib/i18n/reader-lang";
import { getLiveItem } from "@/lib/live/queries";
import { getCurrentSummit } from "@/lib/summits/queries";
import { notFound } from "next/navigation";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return { title: dictionary(await readerLang((await searchParams).lang)).ops.record.itemTitle };
}

export default async function LiveItemPage({ params, searchParams }: Props) {
  const actor = await requireActor("live.record");
  const db = getDb();
  const summit = await getCurrentSummit(db, actor);
  if (!summit) return <NoSummit actor={actor} />;
  const lang = await readerLang((await searchParams).lang);
  const t = dictionary(lang).ops;
  const item = await getLiveItem(db, actor, summit, (await params).id).catch((e) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  const tz = summit.timeZone;
  const local = (d: Date | null | undefined) => (d ? toLocalInput(d, tz) : "");
  return (
    <>
      <PageHeader title={item.title} subtitle={`${t.record.planned}: ${formatMoment(item.startsAt, tz, lang)}–${formatTime(item.endsAt, tz)}${item.place ? ` · ${item.place}` : ""}`}>
        <Link className="button button--secondary" href={`/live?day=${isoDayOf(item.startsAt, tz)}`}>{t.record.back}</Link>
      </PageHeader>
      {item.live ? <p className="muted">{t.record.lastRecorded(item.live.updatedByName, formatMoment(item.live.updatedAt, tz, lang))}</p> : null}
      <ItemStatusForm
        lang={lang}
        itemId={item.id}
        initial={{ state: item.live?.state ?? "SCHEDULED", lateMinutes: item.live?.lateMinutes ?? null, actualStartAt: local(item.live?.actualStartAt), actualEndAt: local(item.live?.actualEndAt) }}
      />
      {can(actor, "live.manage") ? (
        <p><Link className="button" href={`/ops/delay?subject=item&id=${encodeURIComponent(item.id)}`}>{t.form.declareTitle}</Link></p>
      ) : null}
    </>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MovementStatusForm } from "@/components/live/movement-status-form";
import { PageHeader } from "@/components/ui/page-header";
import { NoSummit } from "@/components/summits/no-summit";
import { formatTime, isoDayOf, toLocalInput } from "@/lib/time";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { dictionary, formatMoment } from "@/lib/i18n";
import { readerLang } from "@/lib/i18n/reader-lang";
import { getLiveMovement } from "@/lib/live/queries";
import { getCurrentSummit } from "@/lib/summits/queries";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return { title: dictionary(await readerLang((await searchParams).lang)).ops.record.movementTitle };
}

export default async function LiveMovementPage({ params, searchParams }: Props) {
  const actor = await requireActor("live.record");
  const db = getDb();
  const summit = await getCurrentSummit(db, actor);
  if (!summit) return <NoSummit actor={actor} />;
  const lang = await readerLang((await searchParams).lang);
  const t = dictionary(lang).ops;
  // Out of the actor's scope (another agency's motorcade, another summit's) reads as not found.
  const m = await getLiveMovement(db, actor, summit, (await params).id).catch((e) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  const tz = summit.timeZone;
  const title = `${dictionary(lang).movementKind[m.kind]} · ${m.delegation}${m.from || m.to ? `: ${m.from ?? "…"} → ${m.to ?? "…"}` : ""}${m.flight ? ` (${m.flight})` : ""}`;
  const local = (d: Date | null | undefined) => (d ? toLocalInput(d, tz) : "");
  return (
    <>
      <PageHeader title={title} subtitle={`${t.record.planned}: ${formatMoment(m.startsAt, tz, lang)}${m.endsAt ? `–${formatTime(m.endsAt, tz)}` : ""} · ${tz}`}>
        <Link className="button button--secondary" href={`/live?day=${isoDayOf(m.startsAt, tz)}`}>{t.record.back}</Link>
      </PageHeader>
      <MovementStatusForm
        lang={lang}
        movementId={m.id}
        initial={{ state: m.live?.state ?? "SCHEDULED", departedAt: local(m.live?.departedAt), arrivedAt: local(m.live?.arrivedAt), note: m.live?.note ?? "" }}
      />
      {can(actor, "live.manage") ? (
        <p><Link className="button" href={`/ops/delay?subject=movement&id=${encodeURIComponent(m.id)}`}>{t.form.declareTitle}</Link></p>
      ) : null}
    </>
  );
}

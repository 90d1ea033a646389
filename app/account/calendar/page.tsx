import type { Metadata } from "next";
import { FeedManager } from "@/components/itinerary/feed-manager";
import { PageHeader } from "@/components/ui/page-header";
import type { Actor } from "@/lib/auth/actor";
import { isStaff } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { getFeedStatus } from "@/lib/calendar-feed/queries";
import { getDb } from "@/lib/db";
import { dictionary, formatMoment, type Dictionary } from "@/lib/i18n";
import { readerLang } from "@/lib/i18n/reader-lang";
import { getCurrentSummit } from "@/lib/summits/queries";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return { title: dictionary(await readerLang((await searchParams).lang)).feed.title };
}

function contentsFor(actor: Actor, t: Dictionary): string {
  if (isStaff(actor)) return t.feed.contents.staff;
  if (actor.role === "LIAISON") return t.feed.contents.liaison;
  if (actor.role === "AGENCY") return t.feed.contents.agency;
  return t.feed.contents.viewer;
}

export default async function CalendarFeedPage({ searchParams }: Props) {
  const actor = await requireActor("calendarFeed.manage");
  const lang = await readerLang((await searchParams).lang);
  const t = dictionary(lang);
  const db = getDb();
  const [status, summit] = await Promise.all([getFeedStatus(db, actor), getCurrentSummit(db, actor)]);
  const since = status.active ? formatMoment(status.active.createdAt, summit?.timeZone ?? "UTC", lang) : null;
  return (
    <>
      <PageHeader title={t.feed.title} subtitle={t.feed.subtitle} />
      <section className="card">
        <p>{t.feed.intro(contentsFor(actor, t))}</p>
        <FeedManager active={since !== null} status={since ? t.feed.active(since) : t.feed.none} lang={lang} text={t.feed.manager} />
      </section>
    </>
  );
}

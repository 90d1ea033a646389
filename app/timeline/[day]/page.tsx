import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { TimelineSkipLink } from "@/components/timeline/skip-link";
import { Timeline } from "@/components/timeline/timeline";
import { parseZoom } from "@/components/timeline/layout";
import { DaySwitcher } from "@/components/ui/day-switcher";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { LiveRefresh } from "@/components/live/live-refresh";
import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { dictionary, formatIsoDay } from "@/lib/i18n";
import { readerLang } from "@/lib/i18n/reader-lang";
import { moveItemAction, previewMoveAction } from "@/lib/programme/actions";
import { getTimelineDay, NO_SPACE_LANE } from "@/lib/programme/timeline";
import { getCurrentSummit } from "@/lib/summits/queries";
import { isIsoDay } from "@/lib/time";

type Search = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ searchParams }: { searchParams: Search }): Promise<Metadata> {
  return { title: dictionary(await readerLang((await searchParams).lang)).timeline.metaTitle };
}

/**
 * ?at=<instant> sets the page's clock: where the now line stands (for trying out a day ahead, and
 * for tests). It changes nothing else, and the page is the planners' only.
 */
function clock(at: string | string[] | undefined): number {
  const set = typeof at === "string" ? Date.parse(at) : Number.NaN;
  return Number.isFinite(set) ? set : Date.now();
}

export default async function TimelinePage({ params, searchParams }: { params: Promise<{ day: string }>; searchParams: Search }) {
  const actor = await requireActor("programme.edit");
  const { day } = await params;
  const query = await searchParams;
  const lang = await readerLang(query.lang);
  const t = dictionary(lang).timeline;
  const db = getDb();
  const summit = await getCurrentSummit(db, actor);
  if (!summit || !isIsoDay(day) || !summit.days.includes(day)) notFound();
  const data = await getTimelineDay(db, summit, day, lang);
  const labels = Object.fromEntries(summit.days.map((d) => [d, formatIsoDay(d, lang)]));
  const conflicted = data.items.filter((i) => i.conflictCount > 0).length;
  const zoom = parseZoom(query.zoom);
  // The day links keep the zoom (and the language when it was asked for).
  const keep = new URLSearchParams({ ...(typeof query.zoom === "string" ? { zoom } : {}), ...(typeof query.lang === "string" ? { lang } : {}) }).toString();
  // ?highlight=<item id> (the conflicts page's links): scrolled to and marked, when it is on this day.
  const highlighted = typeof query.highlight === "string" ? data.items.find((i) => i.id === query.highlight) : undefined;

  return (
    <>
      <LiveRefresh topics={["programme"]} />
      {data.lanes.length > 0 && data.items.length > 0 ? <TimelineSkipLink label={t.skipToGrid} /> : null}
      <PageHeader title={t.title(labels[day])} subtitle={t.subtitle(summit.timeZone, data.items.length, conflicted)}>
        <div className="actions">
          <DaySwitcher days={summit.days} current={day} href={(d) => `/timeline/${d}${keep ? `?${keep}` : ""}`} labels={labels} label={t.days} />
          <Link className="button" href={`/programme/items/new?day=${day}`}>{t.newItem}</Link>
          <Link href={`/conflicts?day=${day}`}>{t.conflictsOfDay}</Link>
        </div>
      </PageHeader>
      {highlighted ? (
        <p className="no-print">
          {t.highlighted} <strong>{highlighted.title}</strong> · <Link href={`/timeline/${day}${keep ? `?${keep}` : ""}`}>{t.clearHighlight}</Link>
        </p>
      ) : null}
      {data.lanes.length === 0 ? (
        <EmptyState title={t.noSpacesTitle}>{t.noSpacesBody}</EmptyState>
      ) : (
        <Timeline
          lang={lang}
          timeZone={summit.timeZone}
          dayLabel={labels[day]}
          dayStartMs={data.dayStartMs}
          dayMinutes={data.dayMinutes}
          span={data.span}
          lanes={data.lanes}
          items={data.items}
          noSpaceLaneId={NO_SPACE_LANE}
          move={moveItemAction}
          preview={previewMoveAction}
          highlightId={highlighted?.id}
          zoom={zoom}
          nowMs={clock(query.at)}
        />
      )}
    </>
  );
}

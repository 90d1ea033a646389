import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Timeline } from "@/components/timeline/timeline";
import { DaySwitcher } from "@/components/ui/day-switcher";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { moveItemAction, previewMoveAction } from "@/lib/programme/actions";
import { dayOptions } from "@/lib/programme/day-labels";
import { getTimelineDay, NO_SPACE_LANE } from "@/lib/programme/timeline";
import { getCurrentSummit } from "@/lib/summits/queries";
import { isIsoDay } from "@/lib/time";

export const metadata: Metadata = { title: "Timeline" };

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function TimelinePage({ params, searchParams }: { params: Promise<{ day: string }>; searchParams: Search }) {
  const actor = await requireActor("programme.edit");
  const { day } = await params;
  const { highlight } = await searchParams;
  const db = getDb();
  const summit = await getCurrentSummit(db, actor);
  if (!summit || !isIsoDay(day) || !summit.days.includes(day)) notFound();
  const data = await getTimelineDay(db, summit, day);
  const labels = Object.fromEntries(dayOptions(summit.days, summit.timeZone).map((d) => [d.day, d.label]));
  const conflicted = data.items.filter((i) => i.conflictCount > 0).length;
  // ?highlight=<item id> (the conflicts page's links): scrolled to and marked, when it is on this day.
  const highlighted = typeof highlight === "string" ? data.items.find((i) => i.id === highlight) : undefined;

  return (
    <>
      <PageHeader title={`Timeline · ${labels[day]}`} subtitle={`Times in ${summit.timeZone} · ${data.items.length} items, ${conflicted} with conflicts`}>
        <div className="actions">
          <DaySwitcher days={summit.days} current={day} href={(d) => `/timeline/${d}`} labels={labels} />
          <Link className="button" href={`/programme/items/new?day=${day}`}>New item</Link>
          <Link href={`/conflicts?day=${day}`}>Conflicts of the day</Link>
        </div>
      </PageHeader>
      {highlighted ? (
        <p className="no-print">
          Highlighted: <strong>{highlighted.title}</strong> · <Link href={`/timeline/${day}`}>Clear highlight</Link>
        </p>
      ) : null}
      {data.lanes.length === 0 ? (
        <EmptyState title="No spaces yet">Add venues and spaces to plan items on the timeline.</EmptyState>
      ) : (
        <Timeline
          timeZone={summit.timeZone}
          dayStartMs={data.dayStartMs}
          dayMinutes={data.dayMinutes}
          lanes={data.lanes}
          items={data.items}
          noSpaceLaneId={NO_SPACE_LANE}
          move={moveItemAction}
          preview={previewMoveAction}
          highlightId={highlighted?.id}
        />
      )}
    </>
  );
}

import type { Metadata } from "next";
import { FeedManager } from "@/components/itinerary/feed-manager";
import { PageHeader } from "@/components/ui/page-header";
import { isStaff } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { getFeedStatus } from "@/lib/calendar-feed/queries";
import { getDb } from "@/lib/db";
import { formatMoment } from "@/lib/i18n";
import { getCurrentSummit } from "@/lib/summits/queries";

export const metadata: Metadata = { title: "Calendar feed" };

export default async function CalendarFeedPage() {
  const actor = await requireActor("calendarFeed.manage");
  const db = getDb();
  const [status, summit] = await Promise.all([getFeedStatus(db, actor), getCurrentSummit(db)]);
  const since = status.active ? formatMoment(status.active.createdAt, summit?.timeZone ?? "UTC", "en") : null;
  const contents = isStaff(actor)
    ? "the whole programme, drafts included as tentative"
    : actor.role === "LIAISON"
      ? "the itineraries of your delegations: programme items, arrivals, departures and transfers"
      : actor.role === "AGENCY"
        ? "the programme items your agency's tasks are tied to"
        : "the public programme";
  return (
    <>
      <PageHeader title="Calendar feed" subtitle="Subscribe from your calendar app; it stays up to date by itself." />
      <section className="card">
        <p>
          Your feed holds {contents}. Changed items update and cancelled items disappear in your calendar at its next refresh. Anyone with the
          address can read the feed: keep it private, and revoke it if it leaks.
        </p>
        <FeedManager activeSince={since} />
      </section>
    </>
  );
}

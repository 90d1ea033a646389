import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { TaskTable, taskLabel } from "@/components/agency/task-table";
import { TaskDownloads } from "@/components/agency/task-downloads";
import { TaskTimeline } from "@/components/agency/task-timeline";
import { AgencyFilter } from "@/components/agency/agency-filter";
import { TaskChangesPanel } from "@/components/agency/task-changes-panel";
import { AgenciesPendingChanges } from "@/components/agency/agencies-pending-changes";
import { Toolbar } from "@/components/agency/toolbar";
import { DaySwitcher } from "@/components/ui/day-switcher";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { getTaskChangesSinceAck, listAgenciesWithPendingChanges } from "@/lib/agencies/changes";
import { TASK_TYPE_LABEL } from "@/lib/agencies/labels";
import { mayEditTasks, mayUpdateTaskStatus } from "@/lib/agencies/policy";
import { subjectTitle } from "@/lib/agencies/present";
import { agencyOfActor, listAgencies, listTasks, taskDays } from "@/lib/agencies/queries";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { getCurrentSummit } from "@/lib/summits/queries";
import { formatDay, isIsoDay, zonedInstant } from "@/lib/time";

export const metadata: Metadata = { title: "Agency tasks" };

export default async function TasksDayPage({ params, searchParams }: {
  params: Promise<{ day: string }>;
  searchParams: Promise<{ agency?: string | string[] }>;
}) {
  const { day } = await params;
  const { agency } = await searchParams;
  const actor = await requireActor("tasks.read");
  const db = getDb();
  const summit = await getCurrentSummit(db);
  if (!summit || !isIsoDay(day)) notFound();
  const days = await taskDays(db, actor, summit);
  if (!days.includes(day)) notFound();

  const staff = mayEditTasks(actor);
  const agencies = staff ? await listAgencies(db, summit.id) : [];
  const filter = staff && typeof agency === "string" ? agencies.find((a) => a.id === agency) ?? null : null;
  const own = staff ? null : await agencyOfActor(db, actor, summit.id);
  const tasks = await listTasks(db, actor, summit, { day, agencyId: filter?.id ?? null });
  // A coordinator's own agency's changes; staff make the changes and have no such list.
  const changes = own && can(actor, "tasks.acknowledge") ? await getTaskChangesSinceAck(db, actor) : null;
  // Planners see which agencies have not yet acknowledged what changed in their tasks.
  const pending = staff ? await listAgenciesWithPendingChanges(db, actor, summit) : null;

  const dayLabel = (d: string) => formatDay(zonedInstant(d, "12:00", summit.timeZone), summit.timeZone);
  const labels = Object.fromEntries(days.map((d) => [d, dayLabel(d)]));
  const query = filter ? `?agency=${encodeURIComponent(filter.id)}` : "";
  const whose = staff ? (filter ? filter.name : "All agencies") : (own?.name ?? "Your agency");

  return (
    <>
      <PageHeader title={`Tasks · ${dayLabel(day)}`} subtitle={`${whose} · times in ${summit.timeZone}`}>
        <DaySwitcher days={days} current={day} href={(d) => `/tasks/${d}${query}`} labels={labels} />
      </PageHeader>
      <Toolbar>
        {staff ? <AgencyFilter agencies={agencies} current={filter?.id ?? ""} /> : null}
        <TaskDownloads day={day} agencyId={filter?.id ?? null} />
        {staff ? (
          <>
            <Link className="button" href={`/tasks/new?day=${day}`}>New task</Link>
            <Link href={`/coverage/${day}`}>Coverage matrix</Link>
            <Link href={`/movements/${day}`}>Movements</Link>
          </>
        ) : null}
      </Toolbar>
      {changes ? <TaskChangesPanel data={changes} timeZone={summit.timeZone} /> : null}
      {pending ? <AgenciesPendingChanges pending={pending} timeZone={summit.timeZone} day={day} /> : null}
      {tasks.length === 0 ? (
        <EmptyState title="No tasks on this day">{`There are no tasks for ${staff && !filter ? "any agency" : whose} on ${dayLabel(day)}.`}</EmptyState>
      ) : (
        <>
          <section className="card" aria-labelledby="timeline-heading">
            <h2 id="timeline-heading">Timeline</h2>
            <TaskTimeline
              day={day}
              timeZone={summit.timeZone}
              bars={tasks.map((t) => ({
                id: t.id,
                startsAt: t.startsAt,
                endsAt: t.endsAt,
                status: t.status,
                label: `${TASK_TYPE_LABEL[t.type]} · ${subjectTitle(t.subject)}`,
                description: `${staff ? `${t.agency.shortName}: ` : ""}${taskLabel(t, summit.timeZone)}`,
              }))}
            />
          </section>
          <section className="card" aria-labelledby="list-heading">
            <h2 id="list-heading">{`${tasks.length} task${tasks.length === 1 ? "" : "s"}`}</h2>
            <TaskTable tasks={tasks} timeZone={summit.timeZone} showAgency={staff} canUpdate={mayUpdateTaskStatus(actor)} canEdit={staff} />
          </section>
        </>
      )}
    </>
  );
}

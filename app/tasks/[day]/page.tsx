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
import { LiveRefresh } from "@/components/live/live-refresh";
import { coversTitle } from "@/lib/agencies/export-text";
import { getTaskChangesSinceAck, listAgenciesWithPendingChanges } from "@/lib/agencies/changes";
import { mayEditTasks, mayUpdateTaskStatus } from "@/lib/agencies/policy";
import { agencyOfActor, listAgencies, listTasks, taskDays } from "@/lib/agencies/queries";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { dictionary, formatIsoDay } from "@/lib/i18n";
import { readerLang } from "@/lib/i18n/reader-lang";
import { getCurrentSummit } from "@/lib/summits/queries";
import { isIsoDay } from "@/lib/time";
import styles from "./page.module.css";

type Props = {
  params: Promise<{ day: string }>;
  searchParams: Promise<{ agency?: string | string[]; lang?: string | string[] }>;
};

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return { title: dictionary(await readerLang((await searchParams).lang)).tasksPage.metaTitle };
}

export default async function TasksDayPage({ params, searchParams }: Props) {
  const [{ day }, query] = await Promise.all([params, searchParams]);
  const actor = await requireActor("tasks.read");
  const db = getDb();
  const summit = await getCurrentSummit(db, actor);
  if (!summit || !isIsoDay(day)) notFound();
  const days = await taskDays(db, actor, summit);
  if (!days.includes(day)) notFound();
  const lang = await readerLang(query.lang);
  const t = dictionary(lang);
  const words = t.tasksPage;

  const staff = mayEditTasks(actor);
  const agencies = staff ? await listAgencies(db, summit.id) : [];
  const filter = staff && typeof query.agency === "string" ? agencies.find((a) => a.id === query.agency) ?? null : null;
  const own = staff ? null : await agencyOfActor(db, actor, summit.id);
  const tasks = await listTasks(db, actor, summit, { day, agencyId: filter?.id ?? null });
  // A coordinator's own agency's changes; staff make the changes and have no such list.
  const changes = own && can(actor, "tasks.acknowledge") ? await getTaskChangesSinceAck(db, actor, lang) : null;
  // Planners see which agencies have not yet acknowledged what changed in their tasks.
  const pending = staff ? await listAgenciesWithPendingChanges(db, actor, summit) : null;

  const zone = summit.timeZone;
  const labels = Object.fromEntries(days.map((d) => [d, formatIsoDay(d, lang)]));
  const agencyQuery: Record<string, string> = filter ? { agency: filter.id } : {};
  // Day links carry no language: the proxy has remembered it in the cookie.
  const dayHref = (d: string) => `/tasks/${d}${filter ? `?${new URLSearchParams(agencyQuery).toString()}` : ""}`;
  const whose = staff ? (filter ? filter.name : words.allAgencies) : (own?.name ?? words.yourAgency);

  return (
    <>
      <LiveRefresh topics={["tasks"]} />
      <PageHeader title={words.title(labels[day])} subtitle={words.subtitle(whose, zone)}>
        <DaySwitcher days={days} current={day} href={dayHref} labels={labels} label={words.days} />
      </PageHeader>
      <Toolbar>
        {staff ? <AgencyFilter agencies={agencies} current={filter?.id ?? ""} t={t} /> : null}
        <TaskDownloads day={day} agencyId={filter?.id ?? null} lang={lang} t={t} />
        {staff ? (
          <>
            <Link className="button" href={`/tasks/new?day=${day}`}>{words.newTask}</Link>
            <Link href={`/coverage/${day}`}>{words.coverage}</Link>
            <Link href={`/movements/${day}`}>{words.movements}</Link>
          </>
        ) : null}
      </Toolbar>
      {changes ? <TaskChangesPanel data={changes} timeZone={zone} lang={lang} t={t} /> : null}
      {pending ? <AgenciesPendingChanges pending={pending} timeZone={zone} day={day} lang={lang} t={t} /> : null}
      {tasks.length === 0 ? (
        <EmptyState title={words.noTasks}>{words.noTasksFor(staff && !filter ? null : whose, labels[day])}</EmptyState>
      ) : (
        <>
          {/* The bars are not printed (task-timeline.module.css): nor is their heading. */}
          <section className="card no-print" aria-labelledby="timeline-heading">
            <h2 id="timeline-heading">{words.timeline}</h2>
            <TaskTimeline
              day={day}
              timeZone={zone}
              t={t}
              bars={tasks.map((task) => ({
                id: task.id,
                startsAt: task.startsAt,
                endsAt: task.endsAt,
                status: task.status,
                label: `${t.tasks.type[task.type]} · ${coversTitle(task.subject, t)}`,
                description: `${staff ? `${task.agency.shortName}: ` : ""}${taskLabel(task, zone, t)}`,
              }))}
            />
          </section>
          <section className={`card ${styles.list}`} aria-labelledby="list-heading">
            <h2 id="list-heading">{words.count(tasks.length)}</h2>
            <TaskTable tasks={tasks} timeZone={zone} showAgency={staff} canUpdate={mayUpdateTaskStatus(actor)} canEdit={staff} lang={lang} t={t} />
          </section>
        </>
      )}
    </>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { TaskTable, uniqueTaskLabels } from "@/components/tasks/task-table";
import { TaskFilters } from "@/components/tasks/task-filters";
import { MotorcadeDownloads, TaskDownloads } from "@/components/tasks/task-downloads";
import { TaskTimeline } from "@/components/tasks/task-timeline";
import { TaskChangesPanel } from "@/components/tasks/task-changes-panel";
import { AgenciesPendingChanges } from "@/components/tasks/agencies-pending-changes";
import { Toolbar } from "@/components/tasks/toolbar";
import { DaySwitcher } from "@/components/ui/day-switcher";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { LiveRefresh } from "@/components/live/live-refresh";
import { coversTitle } from "@/lib/tasks/present";
import { getTaskChangesSinceAck, listAgenciesWithPendingChanges, taskChangeParts } from "@/lib/tasks/changes";
import { mayEditTasks, mayUpdateTaskStatus } from "@/lib/tasks/policy";
import {
  agencyOfActor, countTasks, hasTaskFilters, listAgencies, listTaskDelegations, listTasks, listTaskTypes, parseTaskFilterParams, PARTS_OF_DAY, taskDays, taskFilterQuery,
  type PartOfDay,
} from "@/lib/tasks/queries";
import { countAgencyMotorcades } from "@/lib/arrivals/queries";
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
  searchParams: Promise<Record<string, string | string[] | undefined>>;
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
  // The filters come from the URL, so a filtered list is a link; they only ever narrow the
  // reader's own scope (listTasks applies visibleTasksWhere first).
  const filters = parseTaskFilterParams(query);
  const [agencies, delegations, types] = await Promise.all([
    staff ? listAgencies(db, summit.id) : Promise.resolve([]),
    listTaskDelegations(db, actor, summit.id),
    listTaskTypes(db, actor, summit.id),
  ]);
  const filter = staff && filters.agency ? agencies.find((a) => a.id === filters.agency) ?? null : null;
  const delegation = filters.delegation ? delegations.find((d) => d.id === filters.delegation) ?? null : null;
  const current = { ...filters, agency: filter?.id, delegation: delegation?.id };
  const own = staff ? null : await agencyOfActor(db, actor, summit.id);
  const narrowed = hasTaskFilters(current);
  const [tasks, total] = await Promise.all([
    listTasks(db, actor, summit, {
      day, agencyId: filter?.id ?? null, types: current.type, statuses: current.status, part: current.part, subject: current.subject, delegationId: current.delegation,
    }),
    narrowed ? countTasks(db, actor, summit, { day, agencyId: filter?.id ?? null }) : Promise.resolve(null),
  ]);
  // A coordinator's own agency's changes; staff make the changes and have no such list.
  const changes = own && can(actor, "tasks.acknowledge") ? await getTaskChangesSinceAck(db, actor, lang) : null;
  // Planners see which agencies have not yet acknowledged what changed in their tasks.
  const pending = staff ? await listAgenciesWithPendingChanges(db, actor, summit) : null;
  // The motorcade schedule of the arrival sequences, offered when the agency (or the one filtered on) has one.
  const scheduleAgency = filter?.id ?? own?.id ?? null;
  const motorcades = scheduleAgency ? await countAgencyMotorcades(db, actor, summit.id, scheduleAgency) : 0;

  const zone = summit.timeZone;
  const labels = Object.fromEntries(days.map((d) => [d, formatIsoDay(d, lang)]));
  const filterQuery = taskFilterQuery(current);
  // Day links carry the filters but no language: the proxy has remembered it in the cookie.
  const dayHref = (d: string) => `/tasks/${d}${filterQuery.length ? `?${new URLSearchParams(filterQuery).toString()}` : ""}`;
  const taskLabels = uniqueTaskLabels(tasks, zone, t, staff);
  // Tasks changed since the agency last acknowledged are marked until it is acknowledged.
  const changed = new Map((changes?.changes ?? []).flatMap(taskChangeParts).map((c) => [c.taskId, words.changes.kind[c.kind]]));
  const filterWords = t.itineraryTasks.tasks.filters;
  const whose = staff ? (filter ? filter.name : words.allAgencies) : (own?.name ?? words.yourAgency);

  return (
    <>
      <LiveRefresh topics={["tasks"]} />
      <PageHeader title={words.title(labels[day])} subtitle={words.subtitle(whose, zone)}>
        <DaySwitcher days={days} current={day} href={dayHref} labels={labels} label={words.days} />
      </PageHeader>
      <Toolbar>
        <TaskDownloads day={day} agencyId={filter?.id ?? null} lang={lang} t={t} />
        {motorcades > 0 ? <MotorcadeDownloads agencyId={filter?.id ?? null} lang={lang} t={t} /> : null}
        {staff ? (
          <>
            <Link className="button" href={`/tasks/items/new?day=${day}`}>{words.newTask}</Link>
            <Link href={`/coverage/${day}`}>{words.coverage}</Link>
            <Link href={`/movements/${day}`}>{words.movements}</Link>
          </>
        ) : null}
      </Toolbar>
      {changes ? <TaskChangesPanel data={changes} timeZone={zone} lang={lang} t={t} /> : null}
      {pending ? <AgenciesPendingChanges pending={pending} timeZone={zone} day={day} lang={lang} t={t} /> : null}
      <TaskFilters
        action={`/tasks/${day}`}
        current={current}
        agencies={staff ? agencies : null}
        delegations={delegations}
        types={types}
        parts={Object.keys(PARTS_OF_DAY) as PartOfDay[]}
        t={t}
      />
      {total !== null ? <p className="muted" role="status">{tasks.length === 0 ? filterWords.none : filterWords.shown(tasks.length, total)}</p> : null}
      {tasks.length === 0 ? (
        narrowed ? null : <EmptyState title={words.noTasks}>{words.noTasksFor(staff && !filter ? null : whose, labels[day])}</EmptyState>
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
                type: task.type,
                startsAt: task.startsAt,
                endsAt: task.endsAt,
                status: task.status,
                label: `${staff ? `${task.agency.shortName} · ` : ""}${coversTitle(task.subject, t)}`,
                description: taskLabels.get(task.id)!,
              }))}
            />
          </section>
          <section className={`card ${styles.list}`} aria-labelledby="list-heading">
            <h2 id="list-heading">{words.count(tasks.length)}</h2>
            <TaskTable tasks={tasks} timeZone={zone} showAgency={staff} canUpdate={mayUpdateTaskStatus(actor)} canEdit={staff} lang={lang} t={t} changed={changed} />
          </section>
        </>
      )}
    </>
  );
}

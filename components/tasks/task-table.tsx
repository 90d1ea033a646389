// The list view of tasks: when, what, and what is behind it; the planner's note for the agency and
// the agency's own note, each labelled; with the status form where the reader may change the
// status and the agency's note (the planner's stays read-only here). Words from the page's
// dictionary, the same helpers as the exports.
import Link from "next/link";
import { coversTitle, levelText, movementDetails, partyText, subjectPlace, subjectTime } from "@/lib/tasks/present";
import type { TaskView } from "@/lib/tasks/queries";
import type { MovementLive } from "@/lib/tasks/task-view";
import type { Dictionary, Lang } from "@/lib/i18n";
import { formatTime } from "@/lib/time";
import cards from "@/components/itinerary/cards.module.css";
import { TaskStatusBadge } from "./task-status-badge";
import { TaskStatusForm } from "./task-status-form";

/** What the motorcade did on the day, as recorded (lib/live): "Departed · departed 22:40 · Stuck at A12 junction". */
function MovementLiveLine({ live, timeZone, t }: { live?: MovementLive | null; timeZone: string; t: Dictionary }) {
  if (!live || live.state === "SCHEDULED") return null;
  const words = t.ops.changes;
  const parts = [
    live.departedAt ? words.departed(formatTime(live.departedAt, timeZone)) : null,
    live.arrivedAt ? words.arrived(formatTime(live.arrivedAt, timeZone)) : null,
    live.note,
  ].filter((x): x is string => !!x);
  return (
    <div className={cards.changeMark} data-testid="movement-live">
      <strong>{t.ops.form.movementState[live.state]}</strong>{parts.length ? ` · ${parts.join(" · ")}` : ""}
    </div>
  );
}

/** "Escort 10:00–11:30 for Transfer · Iceland": a row's accessible name and a timeline bar's tooltip. */
export function taskLabel(task: TaskView, timeZone: string, t: Dictionary): string {
  return t.tasksPage.taskLabel(t.tasks.type[task.type], formatTime(task.startsAt, timeZone), formatTime(task.endsAt, timeZone), coversTitle(task.subject, t));
}

/**
 * Each task's label, unique on the page: the agency's short name first for staff, and a number
 * after the second and later of the same type, times and subject ("… (2)").
 */
export function uniqueTaskLabels(tasks: readonly TaskView[], timeZone: string, t: Dictionary, showAgency: boolean): Map<string, string> {
  const seen = new Map<string, number>();
  const labels = new Map<string, string>();
  for (const task of tasks) {
    const base = `${showAgency ? `${task.agency.shortName}: ` : ""}${taskLabel(task, timeZone, t)}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    labels.set(task.id, n === 1 ? base : t.itineraryTasks.tasks.nth(base, n));
  }
  return labels;
}

/**
 * The task list: a table on a wide screen, a card per task on a narrow one (cards.module.css).
 * A task changed since the agency last acknowledged is marked (`changed`: its change's name).
 */
export function TaskTable({ tasks, timeZone, showAgency, canUpdate, canEdit, lang, t, changed }: {
  tasks: readonly TaskView[];
  timeZone: string;
  showAgency: boolean;
  canUpdate: boolean;
  canEdit: boolean;
  lang: Lang;
  t: Dictionary;
  changed?: ReadonlyMap<string, string>;
}) {
  const words = t.tasksPage;
  const more = t.itineraryTasks.tasks;
  const labels = uniqueTaskLabels(tasks, timeZone, t, showAgency);
  return (
    <div className={cards.cards}>
    <table className={`data ${cards.table}`}>
      <thead>
        <tr>
          <th scope="col">{words.columns.time}</th>
          <th scope="col">{words.columns.task}</th>
          <th scope="col">{words.columns.covers}</th>
          <th scope="col">{words.columns.locationAndNote}</th>
          <th scope="col">{words.columns.status}</th>
        </tr>
      </thead>
      <tbody>
        {tasks.map((task) => {
          const place = subjectPlace(task.subject);
          const party = [partyText(task.subject, t), levelText(task.subject, t)].filter(Boolean).join(" · ");
          const label = labels.get(task.id)!;
          const change = changed?.get(task.id);
          return (
            <tr key={task.id} id={`task-${task.id}`} aria-label={label} className={change ? cards.changed : undefined} data-changed={change ? "true" : undefined}>
              <td className="time" data-label={words.columns.time}>{formatTime(task.startsAt, timeZone)}–{formatTime(task.endsAt, timeZone)}</td>
              <td data-label={words.columns.task}>
                {change ? <span className={cards.changeMark}>{more.rowChanged(change)}</span> : null}
                <strong>{t.tasks.type[task.type]}</strong>
                {showAgency ? <div className="muted">{task.agency.shortName}</div> : null}
                {canEdit ? <div className="no-print"><Link href={`/tasks/items/${task.id}/edit`}>{words.edit}</Link></div> : null}
              </td>
              <td data-label={words.columns.covers}>
                <div>{coversTitle(task.subject, t)} <span className="muted">{subjectTime(task.subject, timeZone)}</span></div>
                {place ? <div className="muted">{place}</div> : null}
                {party ? <div className="muted">{party}</div> : null}
                {movementDetails(task.subject, t).map((x) => <div key={x} className="muted">{x}</div>)}
                {task.subject?.target === "MOVEMENT" && task.subject.staffNotes ? <div className="muted">{words.staffNote(task.subject.staffNotes)}</div> : null}
                {task.subject?.target === "MOVEMENT" ? <MovementLiveLine live={task.subject.live} timeZone={timeZone} t={t} /> : null}
              </td>
              <td data-label={words.columns.locationAndNote}>
                {task.location ? <div>{task.location}</div> : null}
                {task.note ? <div className="muted">{t.tasks.columns.note}: {task.note}</div> : null}
                {task.agencyNote ? <div className="muted">{t.tasks.columns.agencyNote}: {task.agencyNote}</div> : null}
                {task.staffNotes ? <div className="muted">{words.staffNote(task.staffNotes)}</div> : null}
              </td>
              <td data-label={words.columns.status}>
                <TaskStatusBadge status={task.status} lang={lang} />
                {canUpdate ? (
                  <TaskStatusForm
                    key={task.id}
                    task={{ id: task.id, version: task.version, status: task.status, agencyNote: task.agencyNote }}
                    label={more.statusOf(label)}
                    text={words.statusForm}
                    statusLabels={t.tasks.status}
                    savedText={more.statusSaved(label, "{status}")}
                  />
                ) : null}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
    </div>
  );
}

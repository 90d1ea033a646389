// The list view of tasks: when, what, and what is behind it; the planner's note for the agency and
// the agency's own note, each labelled; with the status form where the reader may change the
// status and the agency's note (the planner's stays read-only here). Words from the page's
// dictionary, the same helpers as the exports.
import Link from "next/link";
import { coversTitle, levelText, movementDetails, partyText } from "@/lib/agencies/export-text";
import { subjectPlace, subjectTime } from "@/lib/agencies/present";
import type { TaskView } from "@/lib/agencies/queries";
import type { Dictionary, Lang } from "@/lib/i18n";
import { formatTime } from "@/lib/time";
import { TaskStatusBadge } from "./task-status-badge";
import { TaskStatusForm } from "./task-status-form";

/** "Escort 10:00–11:30 for Transfer · Iceland": a row's accessible name and a timeline bar's tooltip. */
export function taskLabel(task: TaskView, timeZone: string, t: Dictionary): string {
  return t.tasksPage.taskLabel(t.tasks.type[task.type], formatTime(task.startsAt, timeZone), formatTime(task.endsAt, timeZone), coversTitle(task.subject, t));
}

export function TaskTable({ tasks, timeZone, showAgency, canUpdate, canEdit, lang, t }: {
  tasks: readonly TaskView[];
  timeZone: string;
  showAgency: boolean;
  canUpdate: boolean;
  canEdit: boolean;
  lang: Lang;
  t: Dictionary;
}) {
  const words = t.tasksPage;
  return (
    <table className="data">
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
          const label = taskLabel(task, timeZone, t);
          return (
            <tr key={task.id} aria-label={label}>
              <td className="time">{formatTime(task.startsAt, timeZone)}–{formatTime(task.endsAt, timeZone)}</td>
              <td>
                <strong>{t.tasks.type[task.type]}</strong>
                {showAgency ? <div className="muted">{task.agency.shortName}</div> : null}
                {canEdit ? <div className="no-print"><Link href={`/tasks/edit/${task.id}`}>{words.edit}</Link></div> : null}
              </td>
              <td>
                <div>{coversTitle(task.subject, t)} <span className="muted">{subjectTime(task.subject, timeZone)}</span></div>
                {place ? <div className="muted">{place}</div> : null}
                {party ? <div className="muted">{party}</div> : null}
                {movementDetails(task.subject, t).map((x) => <div key={x} className="muted">{x}</div>)}
                {task.subject?.target === "MOVEMENT" && task.subject.staffNotes ? <div className="muted">{words.staffNote(task.subject.staffNotes)}</div> : null}
              </td>
              <td>
                {task.location ? <div>{task.location}</div> : null}
                {task.note ? <div className="muted">{t.tasks.columns.note}: {task.note}</div> : null}
                {task.agencyNote ? <div className="muted">{t.tasks.columns.agencyNote}: {task.agencyNote}</div> : null}
                {task.staffNotes ? <div className="muted">{words.staffNote(task.staffNotes)}</div> : null}
              </td>
              <td>
                <TaskStatusBadge status={task.status} lang={lang} />
                {canUpdate ? (
                  <TaskStatusForm
                    key={`${task.id}-${task.version}`}
                    task={{ id: task.id, version: task.version, status: task.status, agencyNote: task.agencyNote }}
                    label={words.statusOf(label)}
                    text={words.statusForm}
                    statusLabels={t.tasks.status}
                  />
                ) : null}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

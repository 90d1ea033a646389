// The list view of tasks: when, what, and what is behind it; with the status form where the
// reader may change the status.
import Link from "next/link";
import { TASK_TYPE_LABEL } from "@/lib/agencies/labels";
import { movementExtras, subjectLevel, subjectParty, subjectPlace, subjectTime, subjectTitle } from "@/lib/agencies/present";
import type { TaskView } from "@/lib/agencies/queries";
import { formatTime } from "@/lib/time";
import { TaskStatusBadge } from "./task-status-badge";
import { TaskStatusForm } from "./task-status-form";

export function taskLabel(task: TaskView, timeZone: string): string {
  return `${TASK_TYPE_LABEL[task.type]} ${formatTime(task.startsAt, timeZone)}–${formatTime(task.endsAt, timeZone)} for ${subjectTitle(task.subject)}`;
}

export function TaskTable({ tasks, timeZone, showAgency, canUpdate, canEdit }: {
  tasks: readonly TaskView[];
  timeZone: string;
  showAgency: boolean;
  canUpdate: boolean;
  canEdit: boolean;
}) {
  return (
    <table className="data">
      <thead>
        <tr>
          <th scope="col">Time</th>
          <th scope="col">Task</th>
          <th scope="col">Covers</th>
          <th scope="col">Location and note</th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        {tasks.map((task) => {
          const place = subjectPlace(task.subject);
          const party = subjectParty(task.subject);
          const level = subjectLevel(task.subject);
          const label = taskLabel(task, timeZone);
          return (
            <tr key={task.id} aria-label={label}>
              <td className="time">{formatTime(task.startsAt, timeZone)}–{formatTime(task.endsAt, timeZone)}</td>
              <td>
                <strong>{TASK_TYPE_LABEL[task.type]}</strong>
                {showAgency ? <div className="muted">{task.agency.shortName}</div> : null}
                {canEdit ? <div className="no-print"><Link href={`/tasks/edit/${task.id}`}>Edit</Link></div> : null}
              </td>
              <td>
                <div>{subjectTitle(task.subject)} <span className="muted">{subjectTime(task.subject, timeZone)}</span></div>
                {place ? <div className="muted">{place}</div> : null}
                {[party, level].filter(Boolean).length ? <div className="muted">{[party, level].filter(Boolean).join(" · ")}</div> : null}
                {movementExtras(task.subject).map((x) => <div key={x} className="muted">{x}</div>)}
                {task.subject?.target === "MOVEMENT" && task.subject.staffNotes ? <div className="muted">Staff note: {task.subject.staffNotes}</div> : null}
              </td>
              <td>
                {task.location ? <div>{task.location}</div> : null}
                {task.note ? <div className="muted">{task.note}</div> : null}
                {task.staffNotes ? <div className="muted">Staff note: {task.staffNotes}</div> : null}
              </td>
              <td>
                <TaskStatusBadge status={task.status} />
                {canUpdate ? <TaskStatusForm key={`${task.id}-${task.version}`} task={task} label={label} /> : null}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

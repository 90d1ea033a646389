import { Badge } from "@/components/ui/badge";
import { AcknowledgeChanges } from "@/components/itinerary/acknowledge-changes";
import type { TaskChangeKind, TaskChangesSinceAck } from "@/lib/tasks/changes";
import { formatMoment, type Dictionary, type Lang } from "@/lib/i18n";
import { acknowledgeTaskChangesAction } from "@/lib/tasks/actions";
import styles from "./task-changes.module.css";

// Badge colours by kind of change; their names come from the dictionary.
const VARIANT: Record<TaskChangeKind, string> = {
  created: "status-CONFIRMED",
  assigned: "status-CONFIRMED",
  moved: "status-DRAFT",
  edited: "PRESS_MOMENT",
  status: "TRANSFER",
  deleted: "status-CANCELLED",
  unassigned: "status-CANCELLED",
};

/**
 * What is different in the agency's tasks from what it last acknowledged, one entry per task
 * (oldest first), and the action to acknowledge. Each change's detail (its old and new times) is
 * worded by lib/tasks/changes, in the same language. One line says where the list starts:
 * never acknowledged, or acknowledged when and by whom.
 */
export function TaskChangesPanel({ data, timeZone, lang, t }: { data: TaskChangesSinceAck; timeZone: string; lang: Lang; t: Dictionary }) {
  const words = t.tasksPage.changes;
  const more = t.itineraryTasks.tasks;
  const { changes, lastAcknowledged } = data;
  const newest = changes[changes.length - 1];
  const since = lastAcknowledged ? `${formatMoment(lastAcknowledged.at, timeZone, lang)} (${lastAcknowledged.by})` : null;
  const status = changes.length === 0 ? (since ? words.noneSince(since) : words.none) : since ? words.lastAcknowledged(since) : more.neverWithChanges;
  return (
    <section className={`card ${styles.changes}`} aria-labelledby="task-changes-heading">
      <h2 id="task-changes-heading">
        {words.heading}
        {changes.length > 0 ? <span className={styles.marker}>{words.count(changes.length)}</span> : null}
      </h2>
      <p className="muted">{status}</p>
      {changes.length > 0 ? (
        <ol>
          {changes.map((change) => (
            <li key={change.id}>
              <div className={styles.change}>
                <Badge variant={VARIANT[change.kind]}>{words.kind[change.kind]}</Badge>
                <strong>{change.subject ? `${change.task} · ${change.subject}` : change.task}</strong>
              </div>
              <div>{change.detail}</div>
              {change.cascade ? (
                <ul className={styles.cascade}>
                  {change.cascade.parts.map((part) => (
                    <li key={part.id}>
                      <strong>{part.subject ? `${part.task} · ${part.subject}` : part.task}</strong> {part.detail}
                    </li>
                  ))}
                </ul>
              ) : null}
              <div className="muted">{words.by(change.actorName, formatMoment(change.at, timeZone, lang))}</div>
            </li>
          ))}
        </ol>
      ) : null}
      <AcknowledgeChanges
        action={acknowledgeTaskChangesAction}
        input={{ agencyId: data.agencyId, seenUpTo: newest?.at.toISOString() }}
        text={{ acknowledge: words.acknowledge, acknowledging: more.acknowledging, done: more.acknowledgedAt("{time}") }}
        timeZone={timeZone}
        lang={lang}
        show={changes.length > 0}
      />
    </section>
  );
}

import { Badge } from "@/components/ui/badge";
import type { TaskChangeKind, TaskChangesSinceAck } from "@/lib/agencies/changes";
import { formatDayTime } from "@/lib/time";
import { AcknowledgeButton } from "@/components/ui/acknowledge-button";
import { acknowledgeTaskChangesAction } from "@/lib/agencies/actions";
import styles from "./task-changes.module.css";

const KIND: Record<TaskChangeKind, { label: string; variant: string }> = {
  created: { label: "New", variant: "status-CONFIRMED" },
  assigned: { label: "Assigned to you", variant: "status-CONFIRMED" },
  moved: { label: "Moved", variant: "status-DRAFT" },
  edited: { label: "Edited", variant: "PRESS_MOMENT" },
  status: { label: "Status changed", variant: "TRANSFER" },
  deleted: { label: "Deleted", variant: "status-CANCELLED" },
  unassigned: { label: "Taken off you", variant: "status-CANCELLED" },
};


/** What changed in the agency's tasks since it last acknowledged, oldest first, and the action to acknowledge. */
export function TaskChangesPanel({ data, timeZone }: { data: TaskChangesSinceAck; timeZone: string }) {
  const { changes, lastAcknowledged } = data;
  const newest = changes[changes.length - 1];
  const since = lastAcknowledged ? `${formatDayTime(lastAcknowledged.at, timeZone)} (${lastAcknowledged.by})` : null;
  return (
    <section className={`card ${styles.changes}`} aria-labelledby="task-changes-heading">
      <h2 id="task-changes-heading">
        Changes since you last acknowledged
        {changes.length > 0 ? (
          <span className={styles.marker} role="status">{`${changes.length} unacknowledged change${changes.length === 1 ? "" : "s"}`}</span>
        ) : null}
      </h2>
      <p className="muted">{since ? `Last acknowledged ${since}.` : "Your agency has not acknowledged any changes yet."}</p>
      {changes.length === 0 ? (
        <p role="status">{since ? `No changes since ${since}.` : "No changes to your agency's tasks yet."}</p>
      ) : (
        <>
          <ol>
            {changes.map((change) => (
              <li key={change.id}>
                <div className={styles.change}>
                  <Badge variant={KIND[change.kind].variant}>{KIND[change.kind].label}</Badge>
                  <strong>{change.subject ? `${change.task} · ${change.subject}` : change.task}</strong>
                </div>
                <div>{change.detail}</div>
                <div className="muted">{`by ${change.actorName}, ${formatDayTime(change.at, timeZone)}`}</div>
              </li>
            ))}
          </ol>
          {newest ? <AcknowledgeButton action={acknowledgeTaskChangesAction} input={{ agencyId: data.agencyId, seenUpTo: newest.at.toISOString() }} label="Acknowledge these changes" /> : null}
        </>
      )}
    </section>
  );
}

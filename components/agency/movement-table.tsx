// Movements of a day for planners, with the agency tasks on each.
import Link from "next/link";
import { MOVEMENT_KIND_LABEL, PRINCIPAL_LEVEL_LABEL, TASK_TYPE_LABEL } from "@/lib/agencies/labels";
import type { MovementView } from "@/lib/movements/queries";
import { formatTime } from "@/lib/time";
import { TaskStatusBadge } from "./task-status-badge";

export function MovementTable({ movements, timeZone }: { movements: readonly MovementView[]; timeZone: string }) {
  return (
    <table className="data">
      <thead>
        <tr>
          <th scope="col">Time</th>
          <th scope="col">Movement</th>
          <th scope="col">Route</th>
          <th scope="col">Party</th>
          <th scope="col">Agency tasks</th>
        </tr>
      </thead>
      <tbody>
        {movements.map((m) => (
          <tr key={m.id}>
            <td className="time">{formatTime(m.startsAt, timeZone)}{m.endsAt ? `–${formatTime(m.endsAt, timeZone)}` : ""}</td>
            <td>
              <strong>{MOVEMENT_KIND_LABEL[m.kind]} · {m.delegation.name}</strong>
              {m.flight ? <div className="muted">Flight {m.flight}</div> : null}
              <div className="no-print"><Link href={`/movements/edit/${m.id}`} aria-label={`Edit ${MOVEMENT_KIND_LABEL[m.kind].toLowerCase()} of ${m.delegation.name} at ${formatTime(m.startsAt, timeZone)}`}>Edit</Link></div>
            </td>
            <td>
              {[m.from?.name, m.to?.name].filter(Boolean).join(" → ") || "—"}
              {m.routeNote ? <div className="muted">{m.routeNote}</div> : null}
              {m.roadClosureNeeded ? <div className="muted">Road closure needed</div> : null}
              {m.staffNotes ? <div className="muted">Staff note: {m.staffNotes}</div> : null}
            </td>
            <td>
              {m.partySize}
              {m.principalLevel ? <div className="muted">{PRINCIPAL_LEVEL_LABEL[m.principalLevel]}</div> : null}
            </td>
            <td>
              {m.tasks.length === 0 ? <span className="muted">None</span> : null}
              {m.tasks.map((t) => (
                <div key={t.id}><TaskStatusBadge status={t.status} prefix={`${t.agency} ${TASK_TYPE_LABEL[t.type].toLowerCase()}`} /></div>
              ))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

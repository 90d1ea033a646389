// Movements of a day for planners, with the agency tasks on each.
import Link from "next/link";
import { dictionary, type Lang } from "@/lib/i18n";
import type { MovementView } from "@/lib/movements/queries";
import { formatTime } from "@/lib/time";
import { TaskStatusBadge } from "@/components/tasks/task-status-badge";

export function MovementTable({ movements, timeZone, lang }: { movements: readonly MovementView[]; timeZone: string; lang: Lang }) {
  const all = dictionary(lang);
  const t = all.planning.movements;
  return (
    <table className="data">
      <thead>
        <tr>
          <th scope="col">{t.time}</th>
          <th scope="col">{t.movement}</th>
          <th scope="col">{t.route}</th>
          <th scope="col">{t.party}</th>
          <th scope="col">{t.agencyTasks}</th>
        </tr>
      </thead>
      <tbody>
        {movements.map((m) => (
          <tr key={m.id}>
            <td className="time">{formatTime(m.startsAt, timeZone)}{m.endsAt ? `–${formatTime(m.endsAt, timeZone)}` : ""}</td>
            <td>
              <strong>{all.movementKind[m.kind]} · {m.delegation.name}</strong>
              {m.flight ? <div className="muted">{t.flight(m.flight)}</div> : null}
              <div className="no-print"><Link href={`/movements/items/${m.id}/edit`} aria-label={t.editLabel(all.movementKind[m.kind], m.delegation.name, formatTime(m.startsAt, timeZone))}>{t.edit}</Link></div>
            </td>
            <td>
              {[m.from?.name, m.to?.name].filter(Boolean).join(" → ") || "—"}
              {m.routeNote ? <div className="muted">{m.routeNote}</div> : null}
              {m.roadClosureNeeded ? <div className="muted">{t.roadClosure}</div> : null}
              {m.staffNotes ? <div className="muted">{t.staffNote(m.staffNotes)}</div> : null}
            </td>
            <td>
              {m.partySize}
              {m.principalLevel ? <div className="muted">{all.memberFunction[m.principalLevel]}</div> : null}
            </td>
            <td>
              {m.tasks.length === 0 ? <span className="muted">{t.none}</span> : null}
              {m.tasks.map((task) => (
                <div key={task.id}><TaskStatusBadge lang={lang} status={task.status} prefix={`${task.agency} ${all.tasks.type[task.type].toLowerCase()}`} /></div>
              ))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

// Items and movements × required task types. A required type without a task is a gap ("Missing"),
// shown in red with a link to add the task; one whose tasks leave part of the time open is a gap
// too, saying in words which part ("Uncovered 22:30–23:30") beside its tasks and their times; a
// covered one lists its tasks with their status.
import Link from "next/link";
import { TaskStatusBadge } from "@/components/agency/task-status-badge";
import { TASK_TYPE_LABEL } from "@/lib/agencies/labels";
import { periodsText } from "@/lib/coverage/describe";
import type { CoverageMatrix as Matrix, MatrixRow } from "@/lib/coverage/queries";
import type { TaskType } from "@/lib/generated/prisma/enums";
import { formatTime, type IsoDay } from "@/lib/time";
import styles from "./coverage-matrix.module.css";

function Cell({ row, type, day, timeZone }: { row: MatrixRow; type: TaskType; day: IsoDay; timeZone: string }) {
  const cell = row.cells[type];
  if (!cell) return <td className={styles.cell} />;
  const gap = cell.required && cell.uncovered.length > 0;
  const missing = gap && cell.tasks.length === 0;
  const subject = `${row.target === "ITEM" ? "item" : "movement"}:${row.id}`;
  return (
    <td className={`${styles.cell} ${gap ? styles.gap : ""} ${cell.required ? "" : styles.notRequired}`}>
      {gap ? (
        <>
          <span className={styles.gapLabel}>{missing ? "Missing" : `Uncovered ${periodsText(cell.uncovered, timeZone, row.startsAt)}`}</span>
          <div className="no-print">
            <Link href={`/tasks/new?day=${day}&subject=${encodeURIComponent(subject)}&type=${type}`} aria-label={`Add ${TASK_TYPE_LABEL[type].toLowerCase()} for ${row.label}`}>
              Add task
            </Link>
          </div>
        </>
      ) : null}
      {cell.tasks.map((t) => (
        <div key={t.id}>
          <TaskStatusBadge status={t.status} prefix={t.agency} />
          {gap ? <span className="muted"> {formatTime(t.startsAt, timeZone)}–{formatTime(t.endsAt, timeZone)}</span> : null}
        </div>
      ))}
      {!cell.required && cell.tasks.length > 0 ? <div className="muted">not required</div> : null}
    </td>
  );
}

export function CoverageMatrix({ matrix, day, timeZone }: { matrix: Matrix; day: IsoDay; timeZone: string }) {
  return (
    <table className={`data ${styles.matrix}`}>
      <thead>
        <tr>
          <th scope="col">Time</th>
          <th scope="col">Item or movement</th>
          {matrix.columns.map((c) => <th key={c} scope="col">{TASK_TYPE_LABEL[c]}</th>)}
        </tr>
      </thead>
      <tbody>
        {matrix.rows.map((row) => (
          <tr key={`${row.target}-${row.id}`} data-gaps={row.gaps.length || undefined}>
            <td className="time">{formatTime(row.startsAt, timeZone)}{row.endsAt ? `–${formatTime(row.endsAt, timeZone)}` : ""}</td>
            <th scope="row">
              {row.label}
              {row.place ? <div className="muted">{row.place}</div> : null}
            </th>
            {matrix.columns.map((c) => <Cell key={c} row={row} type={c} day={day} timeZone={timeZone} />)}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function CoverageSummary({ matrix }: { matrix: Matrix }) {
  return (
    <p className={styles.summary} role="status">
      <span><span className={styles.count}>{matrix.requirementCount}</span> required tasks</span>
      <span className={matrix.gapCount ? styles.countGap : undefined}>
        <span className={styles.count}>{matrix.gapCount}</span> {matrix.gapCount === 1 ? "gap" : "gaps"}
      </span>
    </p>
  );
}

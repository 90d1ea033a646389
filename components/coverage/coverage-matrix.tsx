// Items and movements × required task types. A required type without a task is a gap ("Missing"),
// shown in red with a link to add the task; one whose tasks leave part of the time open is a gap
// too, saying in words which part ("Uncovered 22:30–23:30") beside its tasks and their times; a
// covered one lists its tasks with their status.
import Link from "next/link";
import { TaskStatusBadge } from "@/components/tasks/task-status-badge";
import { periodsPhrase } from "@/lib/scheduling/rules/coverage/describe";
import type { CoverageMatrix as Matrix, MatrixRow } from "@/lib/coverage/queries";
import type { TaskType } from "@/lib/generated/prisma/enums";
import { dictionary, phraseText, type Dictionary, type Lang } from "@/lib/i18n";
import type { PlanningText } from "@/lib/i18n/planning";
import { formatTime, type IsoDay } from "@/lib/time";
import styles from "./coverage-matrix.module.css";

/**
 * A movement's row is named "<kind> · <delegation>" with the English kind (lib/coverage/queries.ts);
 * the reader's word for the kind replaces it.
 */
function rowLabel(row: MatrixRow, t: Dictionary): string {
  if (row.target !== "MOVEMENT") return row.label;
  const english = dictionary("en").movementKind;
  for (const kind of Object.keys(english) as (keyof typeof english)[]) {
    if (row.label.startsWith(`${english[kind]} · `)) return `${t.movementKind[kind]}${row.label.slice(english[kind].length)}`;
  }
  return row.label;
}

function Cell({ row, type, day, timeZone, lang }: { row: MatrixRow; type: TaskType; day: IsoDay; timeZone: string; lang: Lang }) {
  const t = dictionary(lang);
  const words = t.planning.coverage;
  const cell = row.cells[type];
  if (!cell) return <td className={styles.cell} />;
  const gap = cell.required && cell.uncovered.length > 0;
  const missing = gap && cell.tasks.length === 0;
  const subject = `${row.target === "ITEM" ? "item" : "movement"}:${row.id}`;
  return (
    <td className={`${styles.cell} ${gap ? styles.gap : ""} ${cell.required ? "" : styles.notRequired}`}>
      {gap ? (
        <>
          <span className={styles.gapLabel}>{missing ? words.missing : words.uncovered(phraseText(periodsPhrase(cell.uncovered, timeZone, row.startsAt), lang))}</span>
          <div className="no-print">
            <Link href={`/tasks/items/new?day=${day}&subject=${encodeURIComponent(subject)}&type=${type}`} aria-label={words.addTaskFor(t.tasks.type[type], rowLabel(row, t))}>
              {words.addTask}
            </Link>
          </div>
        </>
      ) : null}
      {cell.tasks.map((task) => (
        <div key={task.id}>
          <TaskStatusBadge status={task.status} prefix={task.agency} lang={lang} />
          {gap ? <span className="muted"> {formatTime(task.startsAt, timeZone)}–{formatTime(task.endsAt, timeZone)}</span> : null}
        </div>
      ))}
      {!cell.required && cell.tasks.length > 0 ? <div className="muted">{words.notRequired}</div> : null}
    </td>
  );
}

export function CoverageMatrix({ matrix, day, timeZone, lang }: { matrix: Matrix; day: IsoDay; timeZone: string; lang: Lang }) {
  const t = dictionary(lang);
  const words = t.planning.coverage;
  return (
    <table className={`data ${styles.matrix}`}>
      <thead>
        <tr>
          <th scope="col">{words.time}</th>
          <th scope="col">{words.subject}</th>
          {matrix.columns.map((c) => <th key={c} scope="col">{t.tasks.type[c]}</th>)}
        </tr>
      </thead>
      <tbody>
        {matrix.rows.map((row) => (
          <tr key={`${row.target}-${row.id}`} data-gaps={row.gaps.length || undefined}>
            <td className="time">{formatTime(row.startsAt, timeZone)}{row.endsAt ? `–${formatTime(row.endsAt, timeZone)}` : ""}</td>
            <th scope="row">
              {rowLabel(row, t)}
              {row.place ? <div className="muted">{row.place}</div> : null}
            </th>
            {matrix.columns.map((c) => <Cell key={c} row={row} type={c} day={day} timeZone={timeZone} lang={lang} />)}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The counts, the number set apart: "<b>3</b> required tasks" ("<b>3</b> vereiste taken"). */
function Count({ n, words }: { n: number; words: (n: number) => string }) {
  const text = words(n);
  const rest = text.startsWith(`${n} `) ? text.slice(String(n).length) : ` ${text}`;
  return <><span className={styles.count}>{n}</span>{rest}</>;
}

export function CoverageSummary({ matrix, t }: { matrix: Matrix; t: PlanningText["coverage"] }) {
  return (
    <p className={styles.summary} role="status">
      <span><Count n={matrix.requirementCount} words={t.required} /></span>
      <span className={matrix.gapCount ? styles.countGap : undefined}>
        <Count n={matrix.gapCount} words={t.gaps} />
      </span>
    </p>
  );
}

"use client";
// The arrivals of one item in order: type a party's time (the rest re-flow around it), move it
// earlier or later with the buttons (keyboard) or by dragging; the times stay with the places.
// Each change is saved at once and the motorcades follow.
import { useState } from "react";
import { moveArrivalAction, setArrivalTimeAction } from "@/lib/arrivals/actions";
import type { ArrivalsText } from "@/lib/i18n/arrivals";
import { fill, type Templated } from "@/lib/i18n/templates";
import styles from "./arrivals.module.css";
import { ActionError } from "./action-error";
import { useArrivalAction } from "./use-action";

export type SequenceRowView = { delegationId: string; code: string; party: string; principal: string | null; time: string; departs: string | null; from: string | null };

export function SequenceList({ sequenceId, version, rows, greeter, text }: { sequenceId: string; version: number; rows: SequenceRowView[]; greeter: string; text: Templated<ArrivalsText["sequence"]> }) {
  const { pending, error, notice, run } = useArrivalAction();
  const [times, setTimes] = useState<Record<string, string>>({});
  const [dragging, setDragging] = useState<number | null>(null);
  const move = (delegationId: string, toPosition: number) => run(() => moveArrivalAction({ sequenceId, delegationId, toPosition, version }), text.saved);

  return (
    <section aria-label={text.columns.party}>
      <ActionError messages={error} />
      <p role="status" className="muted">{pending ? text.working : notice ?? ""}</p>
      <div className="table-scroll">
        <table className="data">
          <thead>
            <tr>
              <th scope="col">{text.columns.position}</th>
              <th scope="col">{text.columns.time}</th>
              <th scope="col">{text.columns.party}</th>
              <th scope="col">{text.columns.principal}</th>
              <th scope="col">{text.columns.departs}</th>
              <th scope="col">{text.columns.from}</th>
              <th scope="col">{text.columns.greeter}</th>
              <th scope="col"><span className="print-hidden">{text.order}</span></th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr
                key={row.delegationId}
                data-testid={`arrival-${row.code}`}
                draggable
                onDragStart={() => setDragging(i)}
                onDragOver={(e) => e.preventDefault()}
                onDrop={(e) => {
                  e.preventDefault();
                  if (dragging !== null && dragging !== i) void move(rows[dragging].delegationId, i + 1);
                  setDragging(null);
                }}
              >
                <td>{i + 1}</td>
                <td>
                  <form
                    className={styles.timeCell}
                    onSubmit={(e) => {
                      e.preventDefault();
                      void run(() => setArrivalTimeAction({ sequenceId, delegationId: row.delegationId, time: times[row.delegationId] ?? row.time, version }), text.saved);
                    }}
                  >
                    <input
                      type="time"
                      aria-label={fill(text.timeOf, row.party)}
                      value={times[row.delegationId] ?? row.time}
                      onChange={(e) => setTimes({ ...times, [row.delegationId]: e.target.value })}
                    />
                    <button className="button button--secondary" type="submit" disabled={pending}>{text.setTime}</button>
                  </form>
                </td>
                <td>{row.party}</td>
                <td>{row.principal ?? ""}</td>
                <td data-testid={`departs-${row.code}`}>{row.departs ?? "—"}</td>
                <td>{row.from ?? "—"}</td>
                <td>{greeter}</td>
                <td>
                  <span className={styles.moves}>
                    <button type="button" aria-label={fill(text.moveUp, row.party)} disabled={pending || i === 0} onClick={() => void move(row.delegationId, i)}>↑</button>
                    <button type="button" aria-label={fill(text.moveDown, row.party)} disabled={pending || i === rows.length - 1} onClick={() => void move(row.delegationId, i + 2)}>↓</button>
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

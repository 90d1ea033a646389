"use client";
// The order of precedence: generate it from a rule, then move delegations by dragging or with the
// up/down buttons (keyboard), and save the order. The server checks every delegation is there.
import { useState } from "react";
import type { ArrivalsText } from "@/lib/i18n/arrivals";
import { fill, type Templated } from "@/lib/i18n/templates";
import { savePrecedenceOrderAction, setPrecedenceRuleAction } from "@/lib/arrivals/actions";
import type { PrecedenceView } from "@/lib/arrivals/types";
import styles from "./arrivals.module.css";
import { ActionError } from "./action-error";
import { useArrivalAction } from "./use-action";

export function PrecedenceEditor({ view, text, setLine }: { view: PrecedenceView; text: Templated<ArrivalsText["precedence"]>; setLine: string | null }) {
  const [rows, setRows] = useState(view.rows);
  const [dragging, setDragging] = useState<number | null>(null);
  const [over, setOver] = useState<number | null>(null);
  const [key, setKey] = useState(view.key);
  const [language, setLanguage] = useState(view.language);
  const [others, setOthers] = useState(view.others);
  const { pending, error, notice, run } = useArrivalAction();
  const changed = rows.some((r, i) => r.delegationId !== view.rows[i]?.delegationId);
  // A new view from the server (after a save or a generate) replaces the local order.
  const [seen, setSeen] = useState(view);
  if (seen !== view) {
    setSeen(view);
    setRows(view.rows);
  }

  function move(from: number, to: number) {
    if (to < 0 || to >= rows.length || from === to) return;
    const next = [...rows];
    const [row] = next.splice(from, 1);
    next.splice(to, 0, row);
    setRows(next);
  }

  return (
    <section className="card" aria-labelledby="precedence-title">
      <h2 id="precedence-title">{text.title}</h2>
      <p className="muted">{text.intro}</p>
      <form
        className={styles.rule}
        onSubmit={(e) => {
          e.preventDefault();
          void run(() => setPrecedenceRuleAction({ key, language, others, version: view.version }));
        }}
      >
        <label className="field">
          {text.key}
          <select value={key} onChange={(e) => setKey(e.target.value as typeof key)}>
            {(["ALPHABETICAL", "TAKING_OFFICE", "MANUAL"] as const).map((k) => <option key={k} value={k}>{text.keys[k]}</option>)}
          </select>
        </label>
        <label className="field">
          {text.language}
          <select value={language} onChange={(e) => setLanguage(e.target.value as typeof language)}>
            {(["en", "fr", "nl"] as const).map((l) => <option key={l} value={l}>{text.languages[l]}</option>)}
          </select>
        </label>
        <label className="field">
          {text.others}
          <select value={others} onChange={(e) => setOthers(e.target.value as typeof others)}>
            {(["AFTER_ALLIES", "BEFORE_ALLIES", "MANUAL"] as const).map((o) => <option key={o} value={o}>{text.othersOptions[o]}</option>)}
          </select>
        </label>
        <button className="button" type="submit" disabled={pending}>{text.generate}</button>
      </form>
      <p className="muted">{setLine ?? text.notSet} · {text.dragHint}</p>
      <ActionError messages={error} />
      {notice ? <p role="status">{notice}</p> : null}
      <ol className={styles.list} aria-label={text.title}>
        {rows.map((row, i) => (
          <li
            key={row.delegationId}
            className={styles.row}
            draggable
            data-dragging={dragging === i}
            data-over={over === i}
            data-testid={`precedence-${row.code}`}
            onDragStart={() => setDragging(i)}
            onDragOver={(e) => {
              e.preventDefault();
              setOver(i);
            }}
            onDragEnd={() => {
              setDragging(null);
              setOver(null);
            }}
            onDrop={(e) => {
              e.preventDefault();
              if (dragging !== null) move(dragging, i);
              setDragging(null);
              setOver(null);
            }}
          >
            <span>{i + 1}</span>
            <span>
              <strong>{row.name}</strong> <span className="muted">{row.principal ?? ""} · {row.headOf ? text.ranks[row.headOf] : text.ranks.unknown}</span>
            </span>
            <span className={styles.moves}>
              <button type="button" aria-label={fill(text.moveUp, row.name)} disabled={i === 0} onClick={() => move(i, i - 1)}>↑</button>
              <button type="button" aria-label={fill(text.moveDown, row.name)} disabled={i === rows.length - 1} onClick={() => move(i, i + 1)}>↓</button>
            </span>
          </li>
        ))}
      </ol>
      <div className="actions" style={{ marginTop: 12 }}>
        {changed ? <span role="status">{text.unsaved}</span> : null}
        <button
          className="button"
          type="button"
          disabled={pending || (!changed && view.version > 0)}
          onClick={() => void run(() => savePrecedenceOrderAction({ delegationIds: rows.map((r) => r.delegationId), version: view.version }))}
        >
          {text.save}
        </button>
      </div>
    </section>
  );
}

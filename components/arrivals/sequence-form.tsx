"use client";
// Generate (or generate again) an item's arrivals from the precedence list. The server parses the
// same schema; its refusal (too long for the window, a party without a hotel or travel time, a
// delegation missing from the precedence list) is shown as it comes, naming the cause.
import { useState } from "react";
import { generateArrivalsAction } from "@/lib/arrivals/actions";
import type { ArrivalsText } from "@/lib/i18n/arrivals";
import type { Templated } from "@/lib/i18n/templates";
import styles from "./arrivals.module.css";
import { ActionError } from "./action-error";
import { useArrivalAction } from "./use-action";

export type SequenceDefaults = {
  entranceId: string;
  seniorLast: boolean;
  intervalMinutes: number;
  groupGapMinutes: number;
  greetingMinutes: number;
  pressMinutes: number;
  windowMinutes: number;
  greeter: string;
  escortAgencyId: string | null;
};

export function SequenceForm(props: {
  itemId: string;
  defaults: SequenceDefaults;
  entrances: { id: string; label: string }[];
  agencies: { id: string; name: string }[];
  exists: boolean;
  text: Templated<ArrivalsText["sequence"]>;
}) {
  const { text } = props;
  const [v, setV] = useState(props.defaults);
  const { pending, error, notice, run } = useArrivalAction();
  const number = (field: keyof SequenceDefaults, label: string, min: number, max: number) => (
    <label className="field">
      {label}
      <input type="number" inputMode="numeric" min={min} max={max} value={String(v[field])} onChange={(e) => setV({ ...v, [field]: e.target.value === "" ? 0 : Number(e.target.value) })} />
    </label>
  );
  if (props.entrances.length === 0) return <p className="muted">{text.noEntrance}</p>;
  return (
    <form
      className="card"
      aria-labelledby="generate-title"
      onSubmit={(e) => {
        e.preventDefault();
        void run(() => generateArrivalsAction({ ...v, itemId: props.itemId, escortAgencyId: v.escortAgencyId || null }), text.saved);
      }}
    >
      <h2 id="generate-title">{text.generateTitle}</h2>
      <div className={styles.grid}>
        <label className="field">
          {text.entrance}
          <select value={v.entranceId} onChange={(e) => setV({ ...v, entranceId: e.target.value })}>
            {props.entrances.map((en) => <option key={en.id} value={en.id}>{en.label}</option>)}
          </select>
        </label>
        <label className="field">
          {text.order}
          <select value={v.seniorLast ? "last" : "first"} onChange={(e) => setV({ ...v, seniorLast: e.target.value === "last" })}>
            <option value="last">{text.seniorLast}</option>
            <option value="first">{text.seniorFirst}</option>
          </select>
        </label>
        {number("intervalMinutes", text.interval, 1, 60)}
        {number("groupGapMinutes", text.groupGap, 0, 60)}
        {number("greetingMinutes", text.greeting, 0, 30)}
        {number("pressMinutes", text.press, 0, 30)}
        {number("windowMinutes", text.window, 5, 720)}
        <label className="field">
          {text.greeter}
          <input value={v.greeter} onChange={(e) => setV({ ...v, greeter: e.target.value })} maxLength={200} />
        </label>
        <label className="field">
          {text.escort}
          <select value={v.escortAgencyId ?? ""} onChange={(e) => setV({ ...v, escortAgencyId: e.target.value || null })}>
            <option value="">{text.escortNone}</option>
            {props.agencies.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
          </select>
        </label>
      </div>
      <ActionError messages={error} />
      {notice ? <p role="status">{notice}</p> : null}
      <button className="button" type="submit" disabled={pending}>{pending ? text.working : props.exists ? text.regenerate : text.generate}</button>
    </form>
  );
}

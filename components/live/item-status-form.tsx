"use client";
// A planner records what is happening to an item: under way, running late by N minutes, ended or
// cancelled, with the actual start and end (the summit's wall clock).
import { useRouter } from "next/navigation";
import { useId, useRef, useState } from "react";
import { recordItemStatusAction } from "@/lib/live/actions";
import { ITEM_LIVE_STATES } from "@/lib/live/schema";
import type { ItemLiveState } from "@/lib/live/types";
import { dictionary, type Lang } from "@/lib/i18n";

export function ItemStatusForm({ lang, itemId, initial }: {
  lang: Lang;
  itemId: string;
  initial: { state: ItemLiveState; lateMinutes: number | null; actualStartAt: string; actualEndAt: string };
}) {
  const t = dictionary(lang).ops.form;
  const id = useId();
  const router = useRouter();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const messageRef = useRef<HTMLSpanElement>(null);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    const result = await recordItemStatusAction({
      itemId,
      state: values.state,
      lateMinutes: values.state === "RUNNING_LATE" ? (values.lateMinutes ?? undefined) : undefined,
      actualStartAt: values.actualStartAt,
      actualEndAt: values.actualEndAt,
    });
    setBusy(false);
    setErrors(result.ok ? {} : (result.fieldErrors ?? {}));
    setMessage(result.ok ? { error: false, text: t.saved } : { error: true, text: result.error });
    if (result.ok) router.refresh();
    setTimeout(() => messageRef.current?.focus(), 0);
  }

  const field = (name: string) => ({ "aria-invalid": !!errors[name], "aria-describedby": errors[name] ? `${id}-${name}-error` : undefined });
  const error = (name: string) => (errors[name] ? <span id={`${id}-${name}-error`} className="field-error">{errors[name]}</span> : null);
  return (
    <form className="card stack" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t.status}</h2>
      <div className="field">
        <label htmlFor={`${id}-state`}>{t.status}</label>
        <select id={`${id}-state`} value={values.state} onChange={(e) => setValues({ ...values, state: e.target.value as ItemLiveState })} {...field("state")}>
          {ITEM_LIVE_STATES.map((s) => <option key={s} value={s}>{t.itemState[s]}</option>)}
        </select>
      </div>
      {values.state === "RUNNING_LATE" ? (
        <div className="field">
          <label htmlFor={`${id}-late`}>{t.lateMinutes}</label>
          <input id={`${id}-late`} type="number" min={1} max={1440} value={values.lateMinutes ?? ""} onChange={(e) => setValues({ ...values, lateMinutes: e.target.value === "" ? null : Number(e.target.value) })} {...field("lateMinutes")} />
          {error("lateMinutes")}
        </div>
      ) : null}
      <div className="field">
        <label htmlFor={`${id}-start`}>{t.actualStart}</label>
        <input id={`${id}-start`} type="datetime-local" value={values.actualStartAt} onChange={(e) => setValues({ ...values, actualStartAt: e.target.value })} {...field("actualStartAt")} />
        {error("actualStartAt")}
      </div>
      <div className="field">
        <label htmlFor={`${id}-end`}>{t.actualEnd}</label>
        <input id={`${id}-end`} type="datetime-local" value={values.actualEndAt} onChange={(e) => setValues({ ...values, actualEndAt: e.target.value })} {...field("actualEndAt")} />
        {error("actualEndAt")}
      </div>
      <div className="actions">
        <button className="button" type="submit" disabled={busy}>{busy ? t.saving : t.save}</button>
        <span ref={messageRef} tabIndex={-1} role={message?.error ? "alert" : "status"} className={message?.error ? "form-error" : "muted"} hidden={!message}>{message?.text}</span>
      </div>
    </form>
  );
}

"use client";
// Recording a movement on the day: departed, arrived, the actual times (the summit's wall clock)
// and a free note ("stuck at A12 junction"). Staff for every movement; an agency coordinator for
// the movements behind its agency's tasks (the server decides).
import { useRouter } from "next/navigation";
import { useId, useRef, useState } from "react";
import { recordMovementStatusAction } from "@/lib/live/actions";
import { MOVEMENT_LIVE_STATES } from "@/lib/live/schema";
import type { MovementLiveState } from "@/lib/live/types";
import { dictionary, type Lang } from "@/lib/i18n";

export function MovementStatusForm({ lang, movementId, initial }: {
  lang: Lang;
  movementId: string;
  initial: { state: MovementLiveState; departedAt: string; arrivedAt: string; note: string };
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
    const result = await recordMovementStatusAction({ movementId, ...values });
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
        <select id={`${id}-state`} value={values.state} onChange={(e) => setValues({ ...values, state: e.target.value as MovementLiveState })} {...field("state")}>
          {MOVEMENT_LIVE_STATES.map((s) => <option key={s} value={s}>{t.movementState[s]}</option>)}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-departed`}>{t.departedAt}</label>
        <input id={`${id}-departed`} type="datetime-local" value={values.departedAt} onChange={(e) => setValues({ ...values, departedAt: e.target.value })} {...field("departedAt")} />
        {error("departedAt")}
      </div>
      <div className="field">
        <label htmlFor={`${id}-arrived`}>{t.arrivedAt}</label>
        <input id={`${id}-arrived`} type="datetime-local" value={values.arrivedAt} onChange={(e) => setValues({ ...values, arrivedAt: e.target.value })} {...field("arrivedAt")} />
        {error("arrivedAt")}
      </div>
      <div className="field">
        <label htmlFor={`${id}-note`}>{t.note}</label>
        <input id={`${id}-note`} value={values.note} maxLength={500} placeholder={t.notePlaceholder} onChange={(e) => setValues({ ...values, note: e.target.value })} {...field("note")} />
        {error("note")}
      </div>
      <div className="actions">
        <button className="button" type="submit" disabled={busy}>{busy ? t.saving : t.save}</button>
        <span ref={messageRef} tabIndex={-1} role={message?.error ? "alert" : "status"} className={message?.error ? "form-error" : "muted"} hidden={!message}>{message?.text}</span>
      </div>
    </form>
  );
}

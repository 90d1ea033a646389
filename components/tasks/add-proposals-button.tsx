"use client";
// Adds every proposed transfer of a delegation in one go. Refused when a transfer would leave the
// principal in a hard conflict (a meeting during the motorcade); the planner may then add them
// with a written reason, recorded on each conflict.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { dictionary, type Lang } from "@/lib/i18n";
import { addProposedTransfersAction } from "@/lib/movements/actions";

export function AddProposalsButton({ delegationId, count, lang }: { delegationId: string; count: number; lang: Lang }) {
  const t = dictionary(lang).planning.movements.proposals.button;
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [refused, setRefused] = useState(false);
  const [reason, setReason] = useState("");
  const add = async (overrideReason?: string) => {
    setBusy(true);
    setMessage(null);
    const result = await addProposedTransfersAction(overrideReason === undefined ? { delegationId } : { delegationId, overrideReason });
    setBusy(false);
    if (!result.ok) {
      if (result.fieldErrors?.overrideReason !== undefined) setRefused(true);
      return setMessage({ error: true, text: result.error });
    }
    const n = result.data.ids.length;
    setRefused(false);
    setMessage({ error: false, text: t.added(n) });
    router.refresh();
  };
  return (
    <div className="stack">
      <div className="actions">
        <button className="button" type="button" onClick={() => void add()} disabled={busy || count === 0}>
          {busy ? t.adding : count === 1 ? t.addOne : t.addMany(count)}
        </button>
        {message ? <span role={message.error ? "alert" : "status"} className={message.error ? "form-error" : "muted"}>{message.text}</span> : null}
      </div>
      {refused ? (
        <div className="field">
          <label htmlFor="proposal-reason">{t.reason}</label>
          <textarea id="proposal-reason" rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
          <div className="actions">
            <button className="button button--secondary" type="button" disabled={busy} onClick={() => void add(reason)}>{t.addWithReason}</button>
          </div>
        </div>
      ) : null}
    </div>
  );
}

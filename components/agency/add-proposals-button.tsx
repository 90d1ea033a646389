"use client";
// Adds every proposed transfer of a delegation in one go.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { addProposedTransfersAction } from "@/lib/movements/actions";

export function AddProposalsButton({ delegationId, count }: { delegationId: string; count: number }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const onClick = async () => {
    setBusy(true);
    setMessage(null);
    const result = await addProposedTransfersAction({ delegationId });
    setBusy(false);
    if (!result.ok) return setMessage({ error: true, text: result.error });
    const n = result.data.ids.length;
    setMessage({ error: false, text: `Added ${n} transfer${n === 1 ? "" : "s"}.` });
    router.refresh();
  };
  return (
    <div className="actions">
      <button className="button" type="button" onClick={onClick} disabled={busy || count === 0}>
        {busy ? "Adding…" : `Add ${count === 1 ? "this transfer" : `these ${count} transfers`}`}
      </button>
      {message ? <span role={message.error ? "alert" : "status"} className={message.error ? "form-error" : "muted"}>{message.text}</span> : null}
    </div>
  );
}

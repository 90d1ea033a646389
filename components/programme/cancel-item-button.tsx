"use client";
// Cancelling keeps the item (status cancelled); a second, explicit click confirms.
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { CancelItemText } from "@/lib/i18n/editors";
import { cancelItemAction } from "@/lib/programme/actions";

export function CancelItemButton({ id, version, text: t }: { id: string; version: number; text: CancelItemText }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function cancel() {
    setBusy(true);
    setError(null);
    const result = await cancelItemAction({ id, version });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setConfirming(false);
    router.replace(`/programme/items/${id}/edit?saved=${result.data.version}`);
    router.refresh();
  }

  return (
    <div className="actions">
      {error ? <p className="form-error" role="alert">{error}</p> : null}
      {confirming ? (
        <>
          <span>{t.explain}</span>
          <button type="button" className="button" onClick={cancel} disabled={busy}>{busy ? t.cancelling : t.yes}</button>
          <button type="button" className="button button--secondary" onClick={() => setConfirming(false)} disabled={busy}>{t.keep}</button>
        </>
      ) : (
        <button type="button" className="button button--secondary" onClick={() => setConfirming(true)}>{t.start}</button>
      )}
    </div>
  );
}

"use client";
// Archive (after a second, explicit click) or restore one summit.
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { SummitArchiveText } from "@/lib/i18n/summits";
import { archiveSummitAction, restoreSummitAction } from "@/lib/summits/actions";

export function ArchiveButtons({ id, archived, text }: { id: string; archived: boolean; text: SummitArchiveText }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function run(action: typeof archiveSummitAction) {
    setBusy(true);
    setError(null);
    const result = await action({ id });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setConfirming(false);
    router.refresh();
  }

  return (
    <div className="actions">
      {error ? <p className="form-error" role="alert">{error}</p> : null}
      {archived ? (
        <button type="button" className="button" onClick={() => run(restoreSummitAction)} disabled={busy}>{busy ? text.working : text.restore}</button>
      ) : confirming ? (
        <>
          <button type="button" className="button" onClick={() => run(archiveSummitAction)} disabled={busy}>{busy ? text.working : text.archiveConfirm}</button>
          <button type="button" className="button button--secondary" onClick={() => setConfirming(false)} disabled={busy}>{text.cancel}</button>
        </>
      ) : (
        <button type="button" className="button button--secondary" onClick={() => setConfirming(true)}>{text.archive}</button>
      )}
    </div>
  );
}

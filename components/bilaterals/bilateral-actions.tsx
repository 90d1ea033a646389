"use client";
// The buttons a viewer of a request may use now: answer for their delegation, withdraw, confirm,
// cancel. The server decides again; a refusal is shown with its reason. A confirmation refused for
// a hard conflict can be made with a planner's written reason (recorded on the conflict).
import { useRouter } from "next/navigation";
import { useState } from "react";
import { cancelBilateralAction, confirmBilateralAction, respondAction, withdrawRequestAction } from "@/lib/bilaterals/actions";
import type { BilateralActions as Allowed } from "@/lib/bilaterals/policy";

type Result = { ok: true } | { ok: false; error: string; fieldErrors?: Record<string, string> };

export function BilateralActions({
  id,
  version,
  allowed,
  partyNames,
}: {
  id: string;
  version: number;
  allowed: Allowed;
  partyNames: Record<string, string>;
}) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [overridable, setOverridable] = useState(false);
  const [reason, setReason] = useState("");

  async function run(action: () => Promise<Result>, question?: string) {
    if (question && !window.confirm(question)) return;
    setError(null);
    setBusy(true);
    const result = await action();
    setBusy(false);
    if (!result.ok) {
      setOverridable(result.fieldErrors?.overrideReason !== undefined);
      return setError(result.error);
    }
    setOverridable(false);
    router.refresh();
  }

  const ref = { id, version };
  const buttons = [
    ...allowed.respond.flatMap((r) => [
      r.accept ? (
        <button key={`a-${r.delegationId}`} className="button" type="button" disabled={busy}
          onClick={() => run(() => respondAction({ ...ref, delegationId: r.delegationId, response: "ACCEPTED" }))}>
          Accept for {partyNames[r.delegationId]}
        </button>
      ) : null,
      r.decline ? (
        <button key={`d-${r.delegationId}`} className="button button--secondary" type="button" disabled={busy}
          onClick={() => run(() => respondAction({ ...ref, delegationId: r.delegationId, response: "DECLINED" }))}>
          Decline for {partyNames[r.delegationId]}
        </button>
      ) : null,
    ]),
    allowed.confirm ? (
      <button key="confirm" className="button" type="button" disabled={busy} onClick={() => run(() => confirmBilateralAction(ref))}>
        Confirm bilateral
      </button>
    ) : null,
    allowed.withdraw ? (
      <button key="withdraw" className="button button--secondary" type="button" disabled={busy}
        onClick={() => run(() => withdrawRequestAction(ref), "Withdraw this request?")}>
        Withdraw request
      </button>
    ) : null,
    allowed.cancel ? (
      <button key="cancel" className="button button--secondary" type="button" disabled={busy}
        onClick={() => run(() => cancelBilateralAction(ref), "Cancel this bilateral? A confirmed meeting is cancelled in the programme too.")}>
        Cancel bilateral
      </button>
    ) : null,
  ].filter(Boolean);

  if (buttons.length === 0 && !error) return null;
  return (
    <div className="no-print">
      {error ? <p className="form-error" role="alert">{error}</p> : null}
      {overridable && allowed.confirm ? (
        <div className="field">
          <label htmlFor={`override-${id}`}>Reason to confirm despite the conflict</label>
          <textarea id={`override-${id}`} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
          <div className="actions">
            <button className="button button--secondary" type="button" disabled={busy} onClick={() => run(() => confirmBilateralAction({ ...ref, overrideReason: reason }))}>
              Confirm with this reason
            </button>
          </div>
        </div>
      ) : null}
      <div className="actions">{buttons}</div>
    </div>
  );
}

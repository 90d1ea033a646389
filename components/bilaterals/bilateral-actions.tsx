"use client";
// The buttons a viewer of a request may use now: answer for their delegation, withdraw, confirm,
// cancel. The server decides again; a refusal is shown with its reason. A confirmation refused for
// a hard conflict can be made with a planner's written reason (recorded on the conflict). Withdraw
// and cancel say what they do (described by a line of text) and are confirmed in a dialog first.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ConfirmDialog } from "@/components/forms/confirm-dialog";
import { cancelBilateralAction, confirmBilateralAction, respondAction, withdrawRequestAction } from "@/lib/bilaterals/actions";
import type { BilateralActions as Allowed } from "@/lib/bilaterals/policy";
import type { BilateralsText } from "@/lib/i18n/bilaterals";
import { fillIn, type BilateralFormText } from "@/lib/i18n/forms";

type Result = { ok: true } | { ok: false; error: string; fieldErrors?: Record<string, string> };

export function BilateralActions({
  id,
  version,
  allowed,
  partyNames,
  text,
  words,
}: {
  id: string;
  version: number;
  allowed: Allowed;
  partyNames: Record<string, string>;
  text: BilateralFormText;
  /** The reader's words for the answers and the confirmation. */
  words: BilateralsText["actions"];
}) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [overridable, setOverridable] = useState(false);
  const [reason, setReason] = useState("");
  const [asking, setAsking] = useState<"withdraw" | "cancel" | null>(null);

  async function run(action: () => Promise<Result>) {
    setAsking(null);
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
          {fillIn(words.accept, { name: partyNames[r.delegationId] })}
        </button>
      ) : null,
      r.decline ? (
        <button key={`d-${r.delegationId}`} className="button button--secondary" type="button" disabled={busy}
          onClick={() => run(() => respondAction({ ...ref, delegationId: r.delegationId, response: "DECLINED" }))}>
          {fillIn(words.decline, { name: partyNames[r.delegationId] })}
        </button>
      ) : null,
    ]),
    allowed.confirm ? (
      <button key="confirm" className="button" type="button" disabled={busy} onClick={() => run(() => confirmBilateralAction(ref))}>
        {words.confirm}
      </button>
    ) : null,
    allowed.withdraw ? (
      <button key="withdraw" className="button button--secondary" type="button" disabled={busy}
        aria-describedby={`withdraw-hint-${id}`} onClick={() => setAsking("withdraw")}>
        {text.withdraw}
      </button>
    ) : null,
    allowed.cancel ? (
      <button key="cancel" className="button button--secondary" type="button" disabled={busy}
        aria-describedby={`cancel-hint-${id}`} onClick={() => setAsking("cancel")}>
        {text.cancel}
      </button>
    ) : null,
  ].filter(Boolean);

  if (buttons.length === 0 && !error) return null;
  return (
    <div className="no-print">
      {error ? <p className="form-error" role="alert">{error}</p> : null}
      {overridable && allowed.confirm ? (
        <div className="field">
          <label htmlFor={`override-${id}`}>{words.overrideReason}</label>
          <textarea id={`override-${id}`} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
          <div className="actions">
            <button className="button button--secondary" type="button" disabled={busy} onClick={() => run(() => confirmBilateralAction({ ...ref, overrideReason: reason }))}>
              {words.overrideButton}
            </button>
          </div>
        </div>
      ) : null}
      <div className="actions">{buttons}</div>
      {allowed.withdraw ? <p id={`withdraw-hint-${id}`} className="muted">{text.withdrawHint}</p> : null}
      {allowed.cancel ? <p id={`cancel-hint-${id}`} className="muted">{text.cancelHint}</p> : null}
      <ConfirmDialog
        open={asking === "withdraw"}
        question={text.withdrawConfirm}
        detail={text.withdrawHint}
        confirm={text.withdrawYes}
        keep={text.keep}
        onConfirm={() => run(() => withdrawRequestAction(ref))}
        onClose={() => setAsking(null)}
      />
      <ConfirmDialog
        open={asking === "cancel"}
        question={text.cancelConfirm}
        detail={text.cancelHint}
        confirm={text.cancelYes}
        keep={text.keep}
        onConfirm={() => run(() => cancelBilateralAction(ref))}
        onClose={() => setAsking(null)}
      />
    </div>
  );
}

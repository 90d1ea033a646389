"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";

type Outcome = { ok: true } | { ok: false; error: string };

/**
 * "Acknowledge these changes": runs the given server action with `input` (who acknowledges what,
 * up to the newest change shown), then reloads the page's data; a refusal is shown beside it.
 */
export function AcknowledgeButton<I>({ action, input, label }: { action: (input: I) => Promise<Outcome>; input: I; label: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const acknowledge = () =>
    startTransition(async () => {
      const result = await action(input);
      if (!result.ok) return setError(result.error);
      setError(null);
      router.refresh();
    });
  return (
    <div className="actions">
      <button className="button" type="button" onClick={acknowledge} disabled={pending}>
        {label}
      </button>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { acknowledgeTaskChangesAction } from "@/lib/agencies/actions";

/** Acknowledge the agency's task changes on screen, up to the newest one shown. */
export function AcknowledgeTaskChangesButton({ agencyId, seenUpTo }: { agencyId: string; seenUpTo: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const acknowledge = () =>
    startTransition(async () => {
      const result = await acknowledgeTaskChangesAction({ agencyId, seenUpTo });
      if (!result.ok) return setError(result.error);
      setError(null);
      router.refresh();
    });
  return (
    <div className="actions">
      <button className="button" type="button" onClick={acknowledge} disabled={pending}>
        Acknowledge these changes
      </button>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

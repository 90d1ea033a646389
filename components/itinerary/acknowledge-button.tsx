"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { acknowledgeChangesAction } from "@/lib/itinerary/actions";

/** Acknowledge the changes on screen, up to the newest one shown. */
export function AcknowledgeButton({ delegationId, seenUpTo, label }: { delegationId: string; seenUpTo: string; label: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const acknowledge = () =>
    startTransition(async () => {
      const result = await acknowledgeChangesAction({ delegationId, seenUpTo });
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

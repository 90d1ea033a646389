"use client";
// Erasing is final: the button asks once more, naming the summit and how many names go.
import { useState, useTransition } from "react";
import { erasePersonalNamesAction } from "@/lib/import/actions";

export function EraseNamesButton({ summitId, summitName, count }: { summitId: string; summitName: string; count: number }) {
  const [asking, setAsking] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, start] = useTransition();
  if (!asking) return <button className="button button--secondary" type="button" onClick={() => setAsking(true)}>Erase names…</button>;
  return (
    <div className="actions">
      <button
        className="button"
        type="button"
        disabled={pending}
        onClick={() =>
          start(async () => {
            const result = await erasePersonalNamesAction({ summitId });
            setMessage(result.ok ? `${result.data.erased} names erased.` : result.error);
          })
        }
      >
        {`Yes, erase ${count} names of ${summitName}`}
      </button>
      <button className="button button--secondary" type="button" onClick={() => setAsking(false)}>Keep them</button>
      {message ? <span role="status">{message}</span> : null}
    </div>
  );
}

"use client";
// Erasing is final: the button asks once more, naming the summit and how many names go.
import { useState, useTransition } from "react";
import { fillWords, translateImport, type ImportText } from "@/lib/i18n/import";
import { erasePersonalNamesAction } from "@/lib/import/actions";

export function EraseNamesButton({ summitId, summitName, count, words }: { summitId: string; summitName: string; count: number; words: ImportText }) {
  const w = words.personalData.erase;
  const [asking, setAsking] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, start] = useTransition();
  if (!asking) return <button className="button button--secondary" type="button" onClick={() => setAsking(true)}>{w.ask}</button>;
  return (
    <div className="actions">
      <button
        className="button"
        type="button"
        disabled={pending}
        onClick={() =>
          start(async () => {
            const result = await erasePersonalNamesAction({ summitId });
            setMessage(result.ok ? fillWords(w.done, { n: result.data.erased }) : translateImport(words, result.error));
          })
        }
      >
        {fillWords(w.confirm, { n: count, summit: summitName })}
      </button>
      <button className="button button--secondary" type="button" onClick={() => setAsking(false)}>{w.keep}</button>
      {message ? <span role="status">{message}</span> : null}
    </div>
  );
}

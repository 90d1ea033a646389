"use client";
// Re-plan after a delay: first show what would move (nothing is written), then apply it.
import { useState } from "react";
import { applyReplanAction, previewReplanAction } from "@/lib/arrivals/actions";
import type { ArrivalsText } from "@/lib/i18n/arrivals";
import { fill, type Templated } from "@/lib/i18n/templates";
import styles from "./arrivals.module.css";
import { ActionError } from "./action-error";
import { useArrivalAction } from "./use-action";

type Preview = { changes: { party: string; from: string; to: string; fromPosition: number; toPosition: number }[]; overrun: string[]; version: number };

export function ReplanPanel({ sequenceId, version, timeZone, locale, text }: { sequenceId: string; version: number; timeZone: string; locale: string; text: Templated<ArrivalsText["replan"]> }) {
  const [preview, setPreview] = useState<Preview | null>(null);
  const { pending, error, run } = useArrivalAction();
  const time = (iso: string) => new Intl.DateTimeFormat(locale, { timeZone, hour: "2-digit", minute: "2-digit", hour12: false }).format(new Date(iso));
  return (
    <section className="card" aria-labelledby="replan-title">
      <h2 id="replan-title">{text.title}</h2>
      <p className="muted">{text.intro}</p>
      <button
        className="button button--secondary"
        type="button"
        disabled={pending}
        onClick={() =>
          void run(async () => {
            const result = await previewReplanAction({ sequenceId, version });
            if (result.ok) setPreview(result.data);
            return result;
          })
        }
      >
        {text.preview}
      </button>
      <ActionError messages={error} />
      {preview ? (
        <div role="status">
          {preview.changes.length === 0 ? <p>{text.none}</p> : (
            <ul className={styles.changes}>
              {preview.changes.map((c) => <li key={c.party}>{fill(text.change, c.party, time(c.from), time(c.to), c.fromPosition, c.toPosition)}</li>)}
            </ul>
          )}
          {preview.overrun.length > 0 ? <p className="form-error">{fill(text.overrun, preview.overrun.join(", "))}</p> : null}
          {preview.changes.length > 0 && preview.overrun.length === 0 ? (
            <button className="button" type="button" disabled={pending} onClick={() => void run(async () => {
              const result = await applyReplanAction({ sequenceId, version: preview.version });
              if (result.ok) setPreview(null);
              return result;
            })}>
              {text.apply}
            </button>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}

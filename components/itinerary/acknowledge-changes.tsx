"use client";
// "Acknowledge these changes" with its outcome: runs the gated action up to the newest change on
// the screen, reloads the page's data, then moves focus to the confirmation (role=status, so it is
// announced too). It stays mounted when the list empties, so the confirmation stays in view.
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import styles from "./itinerary.module.css";

type Outcome = { ok: true; data: { acknowledgedAt: string } } | { ok: false; error: string };

export type AcknowledgeText = {
  acknowledge: string;
  acknowledging: string;
  /** The confirmation, with the time formatted in the summit's zone. */
  done: string;
};

export function AcknowledgeChanges<I>({
  action,
  input,
  text,
  timeZone,
  lang,
  show,
}: {
  action: (input: I) => Promise<Outcome>;
  input: I;
  /** `done` holds "{time}" where the acknowledgement's time goes. */
  text: AcknowledgeText;
  timeZone: string;
  lang: string;
  /** Whether there is anything to acknowledge now (the button shows only then). */
  show: boolean;
}) {
  const router = useRouter();
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const messageRef = useRef<HTMLParagraphElement>(null);
  const [focusMessage, setFocusMessage] = useState(0);

  useEffect(() => {
    if (focusMessage > 0) messageRef.current?.focus();
  }, [focusMessage]);

  const acknowledge = () =>
    startTransition(async () => {
      const result = await action(input);
      if (!result.ok) {
        setMessage({ error: true, text: result.error });
      } else {
        const time = new Intl.DateTimeFormat(lang === "nl" ? "nl-NL" : "en-GB", { timeZone, hour: "2-digit", minute: "2-digit" }).format(new Date(result.data.acknowledgedAt));
        setMessage({ error: false, text: text.done.replace("{time}", time) });
        router.refresh();
      }
      setFocusMessage((n) => n + 1);
    });

  return (
    <div className="actions no-print">
      {show ? (
        <button className="button" type="button" onClick={acknowledge} disabled={pending}>
          {pending ? text.acknowledging : text.acknowledge}
        </button>
      ) : null}
      <p ref={messageRef} tabIndex={-1} role={message?.error ? "alert" : "status"} className={message?.error ? "form-error" : styles.done} hidden={!message}>
        {message?.text}
      </p>
    </div>
  );
}

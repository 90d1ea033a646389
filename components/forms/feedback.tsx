"use client";
// What a form says after a submit, and where focus goes: after a refusal to the first field in
// error (the first control marked aria-invalid, in page order), else to the form's message; after
// a save to the confirmation. The message is announced (status or alert) and can take focus.
import { useCallback, useEffect, useRef, useState, type RefObject } from "react";
import styles from "./forms.module.css";

export type Feedback = { ok: boolean; text: string } | null;
type Turn = { n: number; to: "error" | "message" };

export function useFormFeedback() {
  const formRef = useRef<HTMLFormElement>(null);
  const messageRef = useRef<HTMLParagraphElement>(null);
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [turn, setTurn] = useState<Turn | null>(null);
  // After the render that shows the errors: only then are the invalid controls marked. A form's
  // own validation marks them a moment after the submit handler returns (react-hook-form publishes
  // its errors after calling back), so until then focus waits on the message and moves to the
  // first field marked invalid as soon as one is.
  useEffect(() => {
    if (!turn) return;
    const form = formRef.current;
    const firstInvalid = () => form?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? null;
    const invalid = turn.to === "error" ? firstInvalid() : null;
    (invalid ?? messageRef.current)?.focus();
    if (turn.to !== "error" || invalid || !form) return;
    const observer = new MutationObserver(() => {
      const found = firstInvalid();
      if (!found) return;
      found.focus();
      observer.disconnect();
    });
    observer.observe(form, { subtree: true, childList: true, attributes: true, attributeFilter: ["aria-invalid"] });
    const stop = setTimeout(() => observer.disconnect(), 1000);
    return () => {
      observer.disconnect();
      clearTimeout(stop);
    };
  }, [turn]);
  const focus = (to: Turn["to"]) => setTurn((t) => ({ n: (t?.n ?? 0) + 1, to }));
  return {
    formRef,
    messageRef,
    feedback,
    clear: useCallback(() => setFeedback(null), []),
    /** A save went through: show and focus the confirmation. */
    succeeded: (text: string) => {
      setFeedback({ ok: true, text });
      focus("message");
    },
    /** A submit was refused: show the form-level message (if any), focus the first error. */
    failed: (text: string | null) => {
      setFeedback(text ? { ok: false, text } : null);
      focus("error");
    },
  };
}

export function FormMessage({ feedback, messageRef }: { feedback: Feedback; messageRef: RefObject<HTMLParagraphElement | null> }) {
  if (!feedback) return null;
  return (
    <p ref={messageRef} tabIndex={-1} role={feedback.ok ? "status" : "alert"} className={feedback.ok ? `${styles.saved} ${styles.message}` : `form-error ${styles.message}`}>
      {feedback.text}
    </p>
  );
}

"use client";
// A confirmation before a destructive action, as a modal <dialog>: the browser keeps focus inside
// it and closes it on Escape; the question names it and the explanation describes it. Focus starts
// on the safe choice and returns to the button that opened it.
import { useEffect, useId, useRef } from "react";
import styles from "./forms.module.css";

export function ConfirmDialog({ open, question, detail, confirm, keep, onConfirm, onClose }: {
  open: boolean;
  question: string;
  detail?: string;
  confirm: string;
  keep: string;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const keepRef = useRef<HTMLButtonElement>(null);
  const id = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      keepRef.current?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);
  return (
    <dialog ref={ref} className={styles.dialog} aria-labelledby={`${id}-q`} aria-describedby={detail ? `${id}-d` : undefined} onClose={onClose}>
      <p id={`${id}-q`}><strong>{question}</strong></p>
      {detail ? <p id={`${id}-d`} className="muted">{detail}</p> : null}
      <div className="actions">
        <button type="button" className="button" onClick={onConfirm}>{confirm}</button>
        <button ref={keepRef} type="button" className="button button--secondary" onClick={onClose}>{keep}</button>
      </div>
    </dialog>
  );
}

"use client";
// The confirmation a page shows after a save that reloaded it ("Saved (version 3)."): announced,
// and focused so a keyboard or screen-reader user learns of it where they are.
import { useEffect, useRef } from "react";
import styles from "./forms.module.css";

export function SavedNotice({ text }: { text: string }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [text]);
  return (
    <p ref={ref} tabIndex={-1} role="status" className={`${styles.saved} ${styles.message}`}>
      {text}
    </p>
  );
}

"use client";
// A confirmation that outlives a navigation: a form that saves and then goes to another page
// ("Task created" on the day's task list) leaves its words here; the page it lands on shows them
// once, announced and focused. Kept in the tab's sessionStorage, so nothing is stored on a server.
import { usePathname } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import styles from "./forms.module.css";

const KEY = "summit-logistics:flash";

/** Show `message` on the next page this tab shows. */
export function flash(message: string): void {
  try {
    window.sessionStorage.setItem(KEY, message);
  } catch {
    // Storage refused (private mode, quota): the save itself went through; only the note is lost.
  }
}

export function FlashMessage() {
  const pathname = usePathname();
  const [message, setMessage] = useState<{ text: string; path: string } | null>(null);
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    let text: string | null = null;
    try {
      text = window.sessionStorage.getItem(KEY);
      window.sessionStorage.removeItem(KEY);
    } catch {
      text = null;
    }
    // Reading an external store once per page: the state follows it.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setMessage((old) => (text ? { text, path: pathname } : old && old.path === pathname ? old : null));
  }, [pathname]);
  useEffect(() => {
    if (message) ref.current?.focus();
  }, [message]);
  if (!message) return null;
  return (
    <p ref={ref} tabIndex={-1} role="status" className={`${styles.saved} ${styles.message}`}>
      {message.text}
    </p>
  );
}

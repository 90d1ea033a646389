"use client";
// Keeps an open page current: listens to the live-updates stream (/api/events) and, when something
// the reader may see changed, re-reads the page through its own server queries (router.refresh,
// debounced so a burst of changes costs one re-read). After a dropped connection it re-reads once
// on reconnecting. With `mark`, rows carrying data-live-key whose text changed get a visible
// "updated 19:52" marker. Renders only a status line for screen readers.
import { useRouter } from "next/navigation";
import { useEffect, useRef, useTransition } from "react";
import styles from "./live.module.css";

type Topic = "programme" | "itinerary" | "tasks" | "conflicts" | "bilaterals" | "ops";

type Props = {
  /** The kinds of change this page shows; any change when absent. */
  topics?: readonly Topic[];
  /** Mark changed rows (elements with data-live-key) with this word and the time in this zone. */
  mark?: { label: string; timeZone: string; lang: string };
};

const DEBOUNCE_MS = 150;
/** After the server refused the stream (signed out, restarting): try again after this, doubling. */
const REOPEN_MS = 5_000;
const MAX_REOPEN_MS = 60_000;
const MARKER = "data-live-marker";

function rowText(row: Element): string {
  let text = row.textContent ?? "";
  for (const marker of row.querySelectorAll(`[${MARKER}]`)) text = text.replace(marker.textContent ?? "", "");
  return text;
}

function readRows(): Map<string, string> {
  const rows = new Map<string, string>();
  for (const row of document.querySelectorAll("[data-live-key]")) rows.set(row.getAttribute("data-live-key") ?? "", rowText(row));
  return rows;
}

export function LiveRefresh({ topics, mark }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const status = useRef<HTMLSpanElement>(null);
  const before = useRef<Map<string, string> | null>(null);
  const topicKey = topics ? [...topics].sort().join(",") : "";

  useEffect(() => {
    const wanted = topicKey ? new Set(topicKey.split(",")) : null;
    let source: EventSource | null = null;
    let debounce: ReturnType<typeof setTimeout> | undefined;
    let reopen: ReturnType<typeof setTimeout> | undefined;
    let opened = false;
    let pause = REOPEN_MS;
    let stopped = false;

    const refresh = () => {
      clearTimeout(debounce);
      debounce = setTimeout(() => {
        if (before.current === null) before.current = readRows();
        startTransition(() => router.refresh());
      }, DEBOUNCE_MS);
    };
    const connect = () => {
      if (stopped) return;
      const next = new EventSource("/api/events");
      source = next;
      next.addEventListener("open", () => {
        pause = REOPEN_MS;
        // A reconnection: what changed meanwhile was not pushed, so read the page once.
        if (opened) refresh();
        opened = true;
      });
      next.addEventListener("change", (event) => {
        let changed: string[] = ["*"];
        try {
          const data: unknown = JSON.parse((event as MessageEvent<string>).data);
          if (data && typeof data === "object" && Array.isArray((data as { topics?: unknown }).topics)) changed = (data as { topics: string[] }).topics;
        } catch {
          // unreadable: re-read to be safe
        }
        if (!wanted || changed.some((t) => t === "*" || wanted.has(t))) refresh();
      });
      next.addEventListener("error", () => {
        // The browser retries by itself while the stream is CONNECTING; a refusal closes it.
        if (next.readyState !== EventSource.CLOSED) return;
        next.close();
        clearTimeout(reopen);
        reopen = setTimeout(connect, pause + Math.random() * 1000);
        pause = Math.min(pause * 2, MAX_REOPEN_MS);
      });
    };
    connect();
    return () => {
      stopped = true;
      clearTimeout(debounce);
      clearTimeout(reopen);
      source?.close();
    };
  }, [router, topicKey]);

  useEffect(() => {
    if (pending || before.current === null) return;
    const was = before.current;
    before.current = null;
    if (!mark) return;
    const time = new Intl.DateTimeFormat(mark.lang, { hour: "2-digit", minute: "2-digit", hour12: false, timeZone: mark.timeZone }).format(new Date());
    const text = `${mark.label} ${time}`;
    let changed = 0;
    for (const [key, now] of readRows()) {
      if (was.get(key) === now) continue;
      const row = document.querySelector(`[data-live-key="${CSS.escape(key)}"]`);
      if (!row) continue;
      for (const old of row.querySelectorAll(`[${MARKER}]`)) old.remove();
      const marker = document.createElement("span");
      marker.className = styles.updated;
      marker.setAttribute(MARKER, "");
      marker.textContent = text;
      (row.querySelector("td, th") ?? row).append(marker);
      changed++;
    }
    // Said once for the page, not per row (the DOM node is the live region).
    if (changed > 0 && status.current) status.current.textContent = text;
  }, [pending, mark]);

  return (
<span ref={status} className={styles.status} role="status" aria-live="polite" />
  );
}

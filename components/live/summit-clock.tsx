"use client";
// The summit's wall clock, ticking in the summit's zone. On a demo clock it starts at the demo time
// the server read and runs on from there, so the board reads as if the summit were under way. The
// day is named in the reader's language.
import { useEffect, useState } from "react";
import { formatInstantDay, type Lang } from "@/lib/i18n";
import { formatTime } from "@/lib/time";
import styles from "./ops.module.css";

export function SummitClock({ startMs, timeZone, label, demo, lang }: { startMs: number; timeZone: string; label: string; demo: string | null; lang: Lang }) {
  const [offset] = useState(() => startMs - Date.now());
  const [now, setNow] = useState(startMs);
  useEffect(() => {
    const tick = () => setNow(Date.now() + offset);
    tick();
    const timer = setInterval(tick, 1000);
    return () => clearInterval(timer);
  }, [offset]);
  const instant = new Date(now);
  return (
    <div className={styles.clock} role="timer" aria-live="off" aria-label={`${label} ${formatTime(instant, timeZone)}`}>
      <span className={styles.clockTime}>{formatTime(instant, timeZone)}</span>
      <span className={styles.clockDay}>{formatInstantDay(instant, timeZone, lang)} · {timeZone}</span>
      {demo ? <span className={styles.demo}>{demo}</span> : null}
    </div>
  );
}

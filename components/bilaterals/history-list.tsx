import { describeHistoryEntry } from "@/lib/bilaterals/history";
import type { HistoryEntry } from "@/lib/bilaterals/queries";
import { formatDay, formatTime } from "@/lib/time";
import styles from "./bilaterals.module.css";

export function HistoryList({ entries, timeZone }: { entries: readonly HistoryEntry[]; timeZone: string }) {
  if (entries.length === 0) return <p className="muted">No changes recorded yet.</p>;
  return (
    <ol className={styles.history}>
      {entries.map((entry) => (
        <li key={entry.id}>
          <time dateTime={entry.at.toISOString()}>
            {formatDay(entry.at, timeZone)} {formatTime(entry.at, timeZone)}
          </time>{" "}
          · {entry.actorName}: {describeHistoryEntry(entry, timeZone)}
        </li>
      ))}
    </ol>
  );
}

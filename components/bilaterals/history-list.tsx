import { describeHistoryEntry } from "@/lib/bilaterals/history";
import type { HistoryEntry } from "@/lib/bilaterals/queries";
import { formatMoment, type Lang } from "@/lib/i18n";
import styles from "./bilaterals.module.css";

export function HistoryList({ entries, timeZone, lang, none }: { entries: readonly HistoryEntry[]; timeZone: string; lang: Lang; none: string }) {
  if (entries.length === 0) return <p className="muted">{none}</p>;
  return (
    <ol className={styles.history}>
      {entries.map((entry) => (
        <li key={entry.id}>
          <time dateTime={entry.at.toISOString()}>
            {formatMoment(entry.at, timeZone, lang)}
          </time>{" "}
          · {entry.actorName}: {describeHistoryEntry(entry, timeZone, lang)}
        </li>
      ))}
    </ol>
  );
}

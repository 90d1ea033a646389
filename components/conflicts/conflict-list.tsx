// A list of conflicts with their severity, explanation and links to the items involved.
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { CONFLICT_TYPE_LABEL, SEVERITY_LABEL } from "@/lib/conflicts/labels";
import type { ConflictRow } from "@/lib/conflicts/filters";
import { timelineHref } from "@/lib/conflicts/fix-links";
import { formatTime } from "@/lib/time";
import styles from "./conflicts.module.css";

export function ConflictList({ conflicts, timeZone, currentItemId }: { conflicts: readonly ConflictRow[]; timeZone: string; currentItemId?: string }) {
  return (
    <ul className={styles.list} aria-label="Conflicts">
      {conflicts.map((c) => (
        <li key={c.id} className={c.severity === "hard" ? styles.hard : styles.warning}>
          <div className={styles.head}>
            <Badge variant={c.severity === "hard" ? "status-CANCELLED" : "status-DRAFT"}>{SEVERITY_LABEL[c.severity]}</Badge>{" "}
            <strong>{CONFLICT_TYPE_LABEL[c.type]}</strong>
          </div>
          <p className={styles.message}>{c.message}</p>
          <div className={styles.items}>
            {c.items.filter((i) => i.id !== currentItemId).map((i) => (
              <span key={i.id}>
                <Link href={`/programme/items/${i.id}/edit`}>{i.title}</Link>{" "}
                <span className="muted">
                  {formatTime(i.startsAt, timeZone)}–{formatTime(i.endsAt, timeZone)} ·{" "}
                  <Link href={timelineHref(i)}>timeline</Link>
                </span>
              </span>
            ))}
          </div>
        </li>
      ))}
    </ul>
  );
}

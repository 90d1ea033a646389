// A list of conflicts with their severity, explanation and links to the items involved.
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { ConflictRow } from "@/lib/conflicts/filters";
import { timelineHref } from "@/lib/conflicts/fix-links";
import { conflictText, dictionary } from "@/lib/i18n";
import { readerLang } from "@/lib/i18n/reader-lang";
import { formatTime } from "@/lib/time";
import styles from "./conflicts.module.css";

/** In the reader's language; an explanation the engine has only in English is marked so. */
export async function ConflictList({ conflicts, timeZone, currentItemId }: { conflicts: readonly ConflictRow[]; timeZone: string; currentItemId?: string }) {
  const lang = await readerLang();
  const t = dictionary(lang).planning.conflicts;
  return (
    <ul className={styles.list} aria-label={t.list}>
      {conflicts.map((c) => (
        <li key={c.id} className={c.severity === "hard" ? styles.hard : styles.warning}>
          <div className={styles.head}>
            <Badge variant={c.severity === "hard" ? "status-CANCELLED" : "status-DRAFT"}>{t.severity[c.severity]}</Badge>{" "}
            <strong>{(t.kind as Record<string, string | undefined>)[c.type] ?? c.type}</strong>
          </div>
          <p className={styles.message} lang={conflictText(c, lang).lang}>{conflictText(c, lang).text}</p>
          <div className={styles.items}>
            {c.items.filter((i) => i.id !== currentItemId).map((i) => (
              <span key={i.id}>
                <Link href={`/programme/items/${i.id}/edit`}>{i.title}</Link>{" "}
                <span className="muted">
                  {formatTime(i.startsAt, timeZone)}–{formatTime(i.endsAt, timeZone)} ·{" "}
                  <Link href={timelineHref(i)}>{t.timeline}</Link>
                </span>
              </span>
            ))}
          </div>
        </li>
      ))}
    </ul>
  );
}

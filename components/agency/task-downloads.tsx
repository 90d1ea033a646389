import type { ExportFormat } from "@/lib/exports/types";
import type { Lang } from "@/lib/i18n";
import styles from "./task-downloads.module.css";

const FORMATS: readonly { format: ExportFormat; name: string }[] = [
  { format: "csv", name: "CSV" },
  { format: "pdf", name: "PDF" },
  { format: "ics", name: "iCalendar" },
];

/** "/tasks/export/<day>?format=pdf&lang=nl&agencyId=…", leaving out the defaults (CSV, English). */
export function taskExportHref(day: string, format: ExportFormat, lang: Lang, agencyId: string | null): string {
  const search = new URLSearchParams();
  if (format !== "csv") search.set("format", format);
  if (lang !== "en") search.set("lang", lang);
  if (agencyId) search.set("agencyId", agencyId);
  const query = search.toString();
  return `/tasks/export/${day}${query ? `?${query}` : ""}`;
}

/** The day's tasks as CSV, PDF or iCalendar, in English or Dutch; a planner's agency filter carries over. */
export function TaskDownloads({ day, agencyId }: { day: string; agencyId: string | null }) {
  return (
    <div className={styles.downloads} role="group" aria-label="Download this day's tasks">
      {FORMATS.map(({ format, name }) => (
        <a key={format} className="button button--secondary" href={taskExportHref(day, format, "en", agencyId)} download>
          {`Download ${name}`}
        </a>
      ))}
      <span className={styles.dutch}>
        <span lang="nl">Nederlands:</span>
        {FORMATS.map(({ format, name }) => (
          <a key={format} href={taskExportHref(day, format, "nl", agencyId)} hrefLang="nl" aria-label={`${name} in Dutch`} download>
            {name}
          </a>
        ))}
      </span>
    </div>
  );
}

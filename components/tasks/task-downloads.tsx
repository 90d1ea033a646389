import type { ExportFormat } from "@/lib/exports/types";
import type { Dictionary, Lang } from "@/lib/i18n";
import styles from "./task-downloads.module.css";

const FORMATS: readonly { format: ExportFormat; name: string }[] = [
  { format: "csv", name: "CSV" },
  { format: "xlsx", name: "Excel" },
  { format: "pdf", name: "PDF" },
  { format: "ics", name: "iCalendar" },
];

/** "/exports/tasks/<day>?format=pdf&lang=nl&agencyId=…", leaving out the defaults (CSV, English). */
export function taskExportHref(day: string, format: ExportFormat, lang: Lang, agencyId: string | null): string {
  const search = new URLSearchParams();
  if (format !== "csv") search.set("format", format);
  if (lang !== "en") search.set("lang", lang);
  if (agencyId) search.set("agencyId", agencyId);
  const query = search.toString();
  return `/exports/tasks/${day}${query ? `?${query}` : ""}`;
}

/**
 * The day's tasks as CSV, Excel (XLSX), PDF or iCalendar, in the page's language (the reader picks the other one
 * with the page's language switch); a planner's agency filter carries over.
 */
export function TaskDownloads({ day, agencyId, lang, t }: { day: string; agencyId: string | null; lang: Lang; t: Dictionary }) {
  const words = t.tasksPage.downloads;
  return (
    <div className={styles.downloads} role="group" aria-label={words.label}>
      {FORMATS.map(({ format, name }) => (
        <a key={format} className="button button--secondary" href={taskExportHref(day, format, lang, agencyId)} hrefLang={lang} download>
          {words.download(name)}
        </a>
      ))}
    </div>
  );
}

const MOTORCADE_FORMATS = [
  { format: "pdf", name: "PDF" },
  { format: "csv", name: "CSV" },
  { format: "ics", name: "iCalendar" },
] as const;

/**
 * The agency's motorcade schedule of the arrivals in protocol order (lib/arrivals), every day at
 * once: what leaves when and its own task with each, in the page's language. Staff name the agency.
 */
export function MotorcadeDownloads({ agencyId, lang, t }: { agencyId: string | null; lang: Lang; t: Dictionary }) {
  const words = t.tasksPage.motorcades;
  const href = (format: string) => `/exports/arrivals/motorcades?${new URLSearchParams({ format, lang, ...(agencyId ? { agency: agencyId } : {}) }).toString()}`;
  return (
    <div className={styles.downloads} role="group" aria-label={words.label}>
      {MOTORCADE_FORMATS.map(({ format, name }) => (
        <a key={format} className="button button--secondary" href={href(format)} hrefLang={lang} download>
          {words.download(name)}
        </a>
      ))}
    </div>
  );
}

import type { Lang } from "@/lib/i18n";
import styles from "./itinerary.module.css";

const FORMATS = [
  { format: "pdf", label: "PDF" },
  { format: "ics", label: "iCalendar" },
  { format: "csv", label: "CSV" },
  { format: "xlsx", label: "Excel" },
] as const;

/** Download links for one export in every format, e.g. base "/exports/itinerary/<id>". */
export function ExportLinks({ base, query, lang, label }: { base: string; query: Record<string, string | null | undefined>; lang: Lang; label?: string }) {
  const params = (format: string) => {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) if (value) search.set(key, value);
    search.set("lang", lang);
    return `${base}/${format}?${search.toString()}`;
  };
  return (
    <div className={styles.links}>
      {label ? <span className={styles.label}>{label}</span> : null}
      {FORMATS.map(({ format, label: name }) => (
        <a key={format} href={params(format)} download>
          {name}
        </a>
      ))}
    </div>
  );
}

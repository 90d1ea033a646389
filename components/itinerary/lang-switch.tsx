import { LANGS, type Lang } from "@/lib/i18n";
import styles from "./itinerary.module.css";

const NAMES: Record<Lang, string> = { en: "English", nl: "Nederlands" };

/** Links to the same page in each language (`href` builds the URL for a language). */
export function LangSwitch({ current, href, label }: { current: Lang; href: (lang: Lang) => string; label: string }) {
  return (
    <nav className={styles.links} aria-label={label}>
      {LANGS.map((lang) => (
        <a key={lang} href={href(lang)} lang={lang} aria-current={lang === current ? "true" : undefined}>
          {NAMES[lang]}
        </a>
      ))}
    </nav>
  );
}

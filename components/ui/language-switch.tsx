"use client";
// The header's language switch, on every page: the same address in the other language. Plain
// links, so the whole document loads again (the header and <html lang> included) and the proxy
// remembers the choice in its cookie for every page after (lib/i18n/lang.ts). The rest of the
// query (a day, a filter) goes along.
import { usePathname, useSearchParams } from "next/navigation";
import { Suspense } from "react";
import { LANGS, type Lang } from "@/lib/i18n/lang";
import styles from "./language-switch.module.css";

/** Each language named in itself, so a reader finds their own whatever the page shows. */
const NAMES: Record<Lang, string> = { en: "English", nl: "Nederlands" };

function Links({ current, label, query }: { current: Lang; label: string; query: string }) {
  const pathname = usePathname();
  const href = (lang: Lang) => {
    const params = new URLSearchParams(query);
    params.set("lang", lang);
    return `${pathname}?${params.toString()}`;
  };
  return (
    <nav className={styles.switch} aria-label={label}>
      {LANGS.map((lang) => (
        <a key={lang} href={href(lang)} lang={lang} hrefLang={lang} aria-current={lang === current ? "true" : undefined}>
          {NAMES[lang]}
        </a>
      ))}
    </nav>
  );
}

function WithQuery(props: { current: Lang; label: string }) {
  return <Links {...props} query={useSearchParams().toString()} />;
}

export function LanguageSwitch({ current, label }: { current: Lang; label: string }) {
  // Reading the query needs a boundary; until then the links go without the rest of the query.
  return (
    <Suspense fallback={<Links current={current} label={label} query="" />}>
      <WithQuery current={current} label={label} />
    </Suspense>
  );
}

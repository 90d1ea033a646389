"use client";
// What the error pages (app/error.tsx, app/global-error.tsx) show. Next passes them the error
// with its message hidden in production but its digest kept: a database out of reach is told as
// such (lib/errors.ts gives those errors a fixed digest); anything else stays generic.
// In the reader's language: the root layout wrote it on <html lang> (the cookie that remembers it
// is not readable from the page), so the notice reads it there.
import { useSyncExternalStore } from "react";
import { dictionary, type Lang } from "@/lib/i18n";
import { DATABASE_UNAVAILABLE_DIGEST } from "@/lib/errors";

const noChanges = () => () => {};

/** The document's language as the layout set it; English while rendering on the server. */
export function useDocumentLang(): Lang {
  return useSyncExternalStore(
    noChanges,
    () => (document.documentElement.lang === "nl" ? "nl" : "en"),
    () => "en",
  );
}

export function ErrorNotice({ error, reset, lang }: { error: Error & { digest?: string }; reset: () => void; lang: Lang }) {
  const t = dictionary(lang).app.error;
  const databaseDown = error.digest === DATABASE_UNAVAILABLE_DIGEST;
  return (
    <div className="card" role="alert">
      <h1>{databaseDown ? t.databaseTitle : t.title}</h1>
      <p>{databaseDown ? t.databaseBody : t.body}</p>
      <button className="button" type="button" onClick={reset}>
        {t.tryAgain}
      </button>
    </div>
  );
}

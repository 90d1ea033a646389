"use client";
// What the error pages (app/error.tsx, app/global-error.tsx) show. Next passes them the error
// with its message hidden in production but its digest kept: a database out of reach is told as
// such (lib/errors.ts gives those errors a fixed digest); anything else stays generic.
// In the reader's language, which the root layout wrote on <html lang>.
import { dictionary, type Lang } from "@/lib/i18n";
import { DATABASE_UNAVAILABLE_DIGEST } from "@/lib/errors";

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

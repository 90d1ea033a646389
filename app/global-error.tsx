"use client";

// Shown when the root layout itself fails (its header reads the session from the database), in
// place of the whole document; app/error.tsx covers failures inside a page.
import "./globals.css";
import { dictionary } from "@/lib/i18n";
import { useDocumentLang } from "@/components/ui/use-document-lang";
import { ErrorNotice } from "./error-notice";

export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  // The failed layout's document still says the reader's language when this replaces it.
  const lang = useDocumentLang();
  return (
    <html lang={lang}>
      <head>
        <title>{dictionary(lang).app.name}</title>
      </head>
      <body>
        <main id="main">
          <ErrorNotice error={error} reset={reset} lang={lang} />
        </main>
      </body>
    </html>
  );
}

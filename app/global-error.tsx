"use client";

// Shown when the root layout itself fails (its header reads the session from the database), in
// place of the whole document; app/error.tsx covers failures inside a page.
import "./globals.css";
import { ErrorNotice } from "./error-notice";

export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <head>
        <title>Summit logistics</title>
      </head>
      <body>
        <main id="main">
          <ErrorNotice error={error} reset={reset} />
        </main>
      </body>
    </html>
  );
}

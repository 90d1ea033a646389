"use client";

import { ErrorNotice, useDocumentLang } from "./error-notice";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorNotice error={error} reset={reset} lang={useDocumentLang()} />;
}

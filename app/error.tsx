"use client";

import { useDocumentLang } from "@/components/ui/use-document-lang";
import { ErrorNotice } from "./error-notice";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorNotice error={error} reset={reset} lang={useDocumentLang()} />;
}

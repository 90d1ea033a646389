"use client";
// A refusal in the reader's language where the form shows it. The schemas speak English (their
// messages reach a form straight from zod in the browser, before any server answers); the page's
// language is on <html lang>, and lib/i18n/errors.ts knows the Dutch for each sentence it holds.
import { localizeMessage } from "@/lib/i18n/errors";
import { useDocumentLang } from "./use-document-lang";

export function LocalizedMessage({ text }: { text: string }) {
  return <>{localizeMessage(text, useDocumentLang())}</>;
}

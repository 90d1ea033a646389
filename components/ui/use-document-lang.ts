"use client";
// The page's language for a client component that is not handed one: the root layout writes the
// reader's language on <html lang> (the cookie that remembers it is not readable from the page).
import { useSyncExternalStore } from "react";
import type { Lang } from "@/lib/i18n/lang";

const noChanges = () => () => {};

/** The document's language as the layout set it; English while rendering on the server. */
export function useDocumentLang(): Lang {
  return useSyncExternalStore(
    noChanges,
    () => (document.documentElement.lang === "nl" ? "nl" : "en"),
    () => "en",
  );
}

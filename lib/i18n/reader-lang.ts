// The language a page shows this reader: its `?lang=`, else the one the proxy resolved for this
// request (from the same `?lang=` or the cookie it keeps, lib/i18n/lang.ts), else the remembered
// cookie, else English. Every page reads it, so a choice made anywhere holds everywhere.
import "server-only";
import { cookies, headers } from "next/headers";
import { LANG_COOKIE, READER_LANG_HEADER, parseLang, resolveLang, type Lang } from "./lang";

export async function readerLang(query?: string | string[]): Promise<Lang> {
  const chosen = parseLang(query);
  if (chosen) return chosen;
  // The proxy drops a header a client sent itself, so this one is its own.
  const told = parseLang((await headers()).get(READER_LANG_HEADER));
  return told ?? resolveLang(null, (await cookies()).get(LANG_COOKIE)?.value);
}

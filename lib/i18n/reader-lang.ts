// The language a bilingual page shows this reader: its `?lang=`, else the one they last chose
// (the cookie the proxy sets, lib/i18n/lang.ts), else English.
import "server-only";
import { cookies } from "next/headers";
import { LANG_COOKIE, resolveLang, type Lang } from "./lang";

export async function readerLang(query: string | string[] | undefined): Promise<Lang> {
  return resolveLang(query, (await cookies()).get(LANG_COOKIE)?.value);
}

// The feed's addresses as the calendar page shows them, once, when the token is made. No server
// imports: the page's client component builds them from the browser's own origin.
import type { Lang } from "@/lib/i18n/lang";

export type FeedAddresses = {
  /** To copy into a calendar app (https, or http on a local server). */
  https: string;
  /** The same address as webcal://, which opens the subscription in the reader's calendar app. */
  webcal: string;
};

export function feedAddresses(origin: string, path: string, lang: Lang): FeedAddresses {
  const url = new URL(path, origin);
  if (lang !== "en") url.searchParams.set("lang", lang);
  const https = url.toString();
  return { https, webcal: `webcal://${https.slice(url.protocol.length + 2)}` };
}

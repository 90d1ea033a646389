import type { Metadata } from "next";
import { headers } from "next/headers";
import "./globals.css";
import { AppHeader } from "@/components/app-header";
import { FlashMessage } from "@/components/forms/flash";
import { HydrationMark } from "@/components/ui/hydration-mark";
import { releaseFinishedRender } from "@/lib/http";
import { dictionary } from "@/lib/i18n";
import { READER_LANG_HEADER } from "@/lib/i18n/lang";

export const metadata: Metadata = {
  title: { default: "Summit logistics", template: "%s · Summit logistics" },
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  releaseFinishedRender();
  // Every page is in the reader's language and says so to screen readers; the proxy resolves it
  // (lib/i18n/lang.ts: ?lang=, else the remembered choice), English without one.
  const lang = (await headers()).get(READER_LANG_HEADER) === "nl" ? "nl" : "en";
  const t = dictionary(lang).app;
  return (
    <html lang={lang}>
      <body>
        <a className="skip-link" href="#main">
          {t.skipLink}
        </a>
        <AppHeader />
        <main id="main">
          <FlashMessage />
          {children}
        </main>
        <HydrationMark />
      </body>
    </html>
  );
}

import type { Metadata } from "next";
import { headers } from "next/headers";
import "./globals.css";
import { AppHeader } from "@/components/app-header";
import { READER_LANG_HEADER } from "@/lib/i18n/lang";

export const metadata: Metadata = {
  title: { default: "Summit logistics", template: "%s · Summit logistics" },
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Bilingual pages (itinerary, exports, calendar feed) in Dutch say so to screen readers; the
  // proxy resolves their language (lib/i18n/lang.ts), everything else is English.
  const lang = (await headers()).get(READER_LANG_HEADER) === "nl" ? "nl" : "en";
  return (
    <html lang={lang}>
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <AppHeader />
        <main id="main">{children}</main>
      </body>
    </html>
  );
}

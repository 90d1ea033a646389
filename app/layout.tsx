import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import "./globals.css";
import { AppNav } from "@/components/app-nav";
import { SignOutButton } from "@/components/sign-out-button";
import { navigationFor } from "@/lib/auth/navigation";
import { getActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { READER_LANG_HEADER } from "@/lib/i18n/lang";
import { getCurrentSummit } from "@/lib/summits/queries";

export const metadata: Metadata = {
  title: { default: "Summit logistics", template: "%s · Summit logistics" },
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const actor = await getActor();
  // Bilingual pages (itinerary, exports, calendar feed) in Dutch say so to screen readers; the
  // proxy resolves their language (lib/i18n/lang.ts), everything else is English.
  const lang = (await headers()).get(READER_LANG_HEADER) === "nl" ? "nl" : "en";
  const summit = actor ? await getCurrentSummit(getDb()) : null;
  return (
    <html lang={lang}>
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        {actor ? (
          <header className="app-header">
            <div className="app-header__inner">
              <Link href="/" className="app-header__summit">
                {summit?.name ?? "Summit logistics"}
                {summit ? <span className="app-header__host">{summit.host}</span> : null}
              </Link>
              <AppNav links={navigationFor(actor)} />
              <div className="app-user">
                <span>
                  {actor.name} · {actor.role.toLowerCase()}
                </span>
                <SignOutButton />
              </div>
            </div>
          </header>
        ) : null}
        <main id="main">{children}</main>
      </body>
    </html>
  );
}

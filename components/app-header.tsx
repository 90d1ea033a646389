import Link from "next/link";
import { headers } from "next/headers";
import { AppNav } from "@/components/app-nav";
import { SignOutButton } from "@/components/sign-out-button";
import { SummitSwitcher } from "@/components/summits/summit-switcher";
import { LanguageSwitch } from "@/components/ui/language-switch";
import { navigationFor, navigationLinks } from "@/lib/auth/navigation";
import { getActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { dictionary } from "@/lib/i18n";
import { READER_LANG_HEADER } from "@/lib/i18n/lang";
import { mayChooseSummit } from "@/lib/summits/policy";
import { getCurrentSummit, listSummitsToChoose } from "@/lib/summits/queries";

/**
 * The signed-in header: the actor's summit (with the switcher for staff), navigation for the
 * actor's role, sign-out. Its own async component, so React renders the page beside it: the
 * page's reads start while this one waits for the actor and the summit (both read once per
 * request and shared with the page).
 */
export async function AppHeader() {
  const actor = await getActor();
  if (!actor) return null;
  const db = getDb();
  const chooses = mayChooseSummit(actor);
  // For staff the list and the current summit are one read (lib/summits/queries.ts, staffSummits).
  const [summit, summits, requestHeaders] = await Promise.all([getCurrentSummit(db, actor), listSummitsToChoose(db, actor), headers()]);
  // In the reader's language, as the proxy resolved it for this request (lib/i18n/lang.ts).
  const lang = requestHeaders.get(READER_LANG_HEADER) === "nl" ? "nl" : "en";
  const t = dictionary(lang).summits;
  const navText = dictionary(lang).start.nav;
  const nav = navigationFor(actor, navText);
  return (
    <header className="app-header">
      <div className="app-header__inner">
        <Link href="/" className="app-header__summit">
          {summit?.name ?? "Summit logistics"}
          {summit ? <span className="app-header__host">{summit.host}</span> : null}
        </Link>
        {chooses && summits.length > 0 ? (
          <SummitSwitcher
            summits={summits.map((s) => ({ id: s.id, name: s.name, archived: s.archivedAt !== null }))}
            currentId={summit?.id ?? null}
            sections={navigationLinks(actor, navText).map((link) => link.href)}
            text={t.switcher}
          />
        ) : null}
        <AppNav items={nav} label={navText.label} menu={navText.menu} />
        <div className="app-user">
          <span>
            {actor.name} · {actor.role.toLowerCase()}
          </span>
          <SignOutButton />
          <LanguageSwitch current={lang} label={dictionary(lang).app.language} />
        </div>
      </div>
    </header>
  );
}

import Link from "next/link";
import { AppNav } from "@/components/app-nav";
import { SignOutButton } from "@/components/sign-out-button";
import { navigationFor } from "@/lib/auth/navigation";
import { getActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { getCurrentSummit } from "@/lib/summits/queries";

/**
 * The signed-in header: summit, navigation for the actor's role, sign-out. Its own async
 * component, so React renders the page beside it: the page's reads start while this one waits
 * for the actor and the summit (both read once per request and shared with the page).
 */
export async function AppHeader() {
  const actor = await getActor();
  if (!actor) return null;
  const summit = await getCurrentSummit(getDb());
  return (
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
  );
}

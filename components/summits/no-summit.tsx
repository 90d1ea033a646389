// What a page shows when its reader has no summit: an administrator is asked to create one, anyone
// else is told whom to ask (the installation's active administrators).
import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { dictionary, type Lang } from "@/lib/i18n";
import { readerLang } from "@/lib/i18n/reader-lang";
import { mayManageSummits, summitBinding } from "@/lib/summits/policy";
import { listAdministrators } from "@/lib/summits/queries";

/** In the reader's language unless the page names one. */
export async function NoSummit({ actor, lang }: { actor: Actor; lang?: Lang }) {
  const t = dictionary(lang ?? (await readerLang())).summits.empty;
  if (mayManageSummits(actor)) {
    return (
      <EmptyState title={t.title}>
        <p>{t.admin}</p>
        <Link className="button" href="/admin/summits/new">{t.create}</Link>
      </EmptyState>
    );
  }
  const administrators = await listAdministrators(getDb());
  const who = administrators.length > 0 ? administrators.map((a) => `${a.name} (${a.email})`).join(", ") : t.anAdministrator;
  const binding = summitBinding(actor);
  const words = binding === "delegations" ? t.liaison : binding === "agency" ? t.agency : t.staff;
  return <EmptyState title={t.title}>{words(who)}</EmptyState>;
}

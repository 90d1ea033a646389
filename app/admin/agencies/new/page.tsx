import type { Metadata } from "next";
import { AgencyForm } from "@/components/agency-form";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { dictionary } from "@/lib/i18n";
import { formMessages } from "@/lib/i18n/agencies-users";
import { readerLang } from "@/lib/i18n/reader-lang";
import { getCurrentSummit } from "@/lib/summits/queries";

type Search = { lang?: string };

export async function generateMetadata({ searchParams }: { searchParams: Promise<Search> }): Promise<Metadata> {
  return { title: dictionary(await readerLang((await searchParams).lang)).admin.agencies.newTitle };
}

/** A new agency of the summit the administrator works on. */
export default async function NewAgencyPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requireActor("agencies.manage");
  const lang = await readerLang((await searchParams).lang);
  const t = dictionary(lang);
  const w = t.admin.agencies;
  const summit = await getCurrentSummit(getDb(), actor);
  return (
    <>
      <PageHeader title={w.newTitle} subtitle={summit ? w.ofSummit(summit.name) : undefined} />
      {summit ? (
        <div className="card">
          <AgencyForm summitId={summit.id} text={w.form} kindLabels={t.admin.agencyKind} messages={formMessages(t.admin)} />
        </div>
      ) : (
        <EmptyState title={w.noSummit} />
      )}
    </>
  );
}

import type { Metadata } from "next";
import { RequestBilateralForm } from "@/components/bilaterals/request-form";
import { dayOptions } from "@/components/bilaterals/summit-days";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { requestFormOptions } from "@/lib/bilaterals/queries";
import { getDb } from "@/lib/db";
import { dictionary } from "@/lib/i18n";
import { readerLang } from "@/lib/i18n/reader-lang";
import { getCurrentSummit } from "@/lib/summits/queries";
import { NoSummit } from "@/components/summits/no-summit";

export async function generateMetadata(): Promise<Metadata> {
  return { title: dictionary(await readerLang()).bilaterals.requestForm.title };
}

export default async function NewBilateralPage() {
  const actor = await requireActor("bilateral.request");
  const db = getDb();
  const summit = await getCurrentSummit(db, actor);
  const lang = await readerLang();
  const words = dictionary(lang).bilaterals;
  const t = words.requestForm;
  if (!summit) return <NoSummit actor={actor} lang={lang} />;
  const { own, delegations } = await requestFormOptions(db, actor, summit.id);
  return (
    <>
      <PageHeader title={t.title} subtitle={t.subtitle} />
      <div className="card">
        {own.length === 0 ? (
          <EmptyState title={t.noDelegation}>{t.noDelegationHint}</EmptyState>
        ) : (
          <RequestBilateralForm own={own} delegations={delegations} days={dayOptions(summit.days, lang)} words={words} />
        )}
      </div>
    </>
  );
}

import type { Metadata } from "next";
import { CreateSummitForm } from "@/components/summits/summit-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { dictionary } from "@/lib/i18n";
import { readerLang } from "@/lib/i18n/reader-lang";
import { localizedMessages } from "@/lib/i18n/summits";
import { listSummits } from "@/lib/summits/queries";
import { supportedTimeZones } from "@/lib/summits/schema";

type Search = { lang?: string };

export async function generateMetadata({ searchParams }: { searchParams: Promise<Search> }): Promise<Metadata> {
  return { title: dictionary(await readerLang((await searchParams).lang)).summits.newTitle };
}

export default async function NewSummitPage({ searchParams }: { searchParams: Promise<Search> }) {
  await requireActor("summits.manage");
  const lang = await readerLang((await searchParams).lang);
  const t = dictionary(lang);
  const earlier = await listSummits(getDb());
  return (
    <>
      <PageHeader title={t.summits.newTitle} />
      <div className="card">
        <CreateSummitForm
          earlier={earlier.map((s) => ({ id: s.id, name: s.name }))}
          zones={supportedTimeZones()}
          text={t.summits.form}
          messages={localizedMessages(t.summits.messages)}
        />
      </div>
    </>
  );
}

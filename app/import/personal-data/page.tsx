import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { formatIsoDay } from "@/lib/i18n";
import { importWords } from "@/lib/i18n/import";
import { readerLang } from "@/lib/i18n/reader-lang";
import { listArchivedSummitNames } from "@/lib/import/personal-data";
import { isoDayOf } from "@/lib/time";
import { EraseNamesButton } from "./erase-names-button";

type Search = { lang?: string };

export async function generateMetadata({ searchParams }: { searchParams: Promise<Search> }): Promise<Metadata> {
  return { title: importWords(await readerLang((await searchParams).lang)).personalData.metaTitle };
}

export default async function PersonalDataPage({ searchParams }: { searchParams: Promise<Search> }) {
  await requireActor("summits.manage");
  const lang = await readerLang((await searchParams).lang);
  const words = importWords(lang);
  const w = words.personalData;
  const summits = await listArchivedSummitNames(getDb());
  return (
    <>
      <PageHeader title={w.title} subtitle={w.subtitle} />
      <p className="muted">{w.intro}</p>
      {summits.length === 0 ? (
        <EmptyState title={w.noneTitle}>{w.noneHint}</EmptyState>
      ) : (
        <table className="data">
          <thead><tr><th scope="col">{w.columns.summit}</th><th scope="col">{w.columns.archived}</th><th scope="col">{w.columns.members}</th><th scope="col">{w.columns.named}</th><th scope="col"></th></tr></thead>
          <tbody>
            {summits.map((s) => (
              <tr key={s.id}>
                <td>{s.name}</td>
                <td>{formatIsoDay(isoDayOf(s.archivedAt, "UTC"), lang)}</td>
                <td>{s.members}</td>
                <td>{s.namedMembers}</td>
                <td>{s.namedMembers > 0 ? <EraseNamesButton summitId={s.id} summitName={s.name} count={s.namedMembers} words={words} /> : <span className="muted">{w.noneLeft}</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArchiveButtons } from "@/components/summits/archive-buttons";
import { EditSummitForm } from "@/components/summits/summit-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { dictionary, formatMoment } from "@/lib/i18n";
import { readerLang } from "@/lib/i18n/reader-lang";
import { localizedMessages } from "@/lib/i18n/summits";
import { getSummitForEdit } from "@/lib/summits/queries";
import { supportedTimeZones } from "@/lib/summits/schema";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ lang?: string }> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return { title: dictionary(await readerLang((await searchParams).lang)).summits.editTitle };
}

export default async function EditSummitPage({ params, searchParams }: Props) {
  await requireActor("summits.manage");
  const { id } = await params;
  const lang = await readerLang((await searchParams).lang);
  const t = dictionary(lang);
  const w = t.summits;
  const summit = await getSummitForEdit(getDb(), id);
  if (!summit) notFound();
  return (
    <>
      <PageHeader title={summit.name} subtitle={summit.archivedAt ? w.archivedSince(formatMoment(summit.archivedAt, summit.timeZone, lang)) : summit.slug}>
        <Link href="/admin/summits">{w.allSummits}</Link>
      </PageHeader>
      <section className="card" aria-labelledby="summit-details">
        <h2 id="summit-details">{w.editTitle}</h2>
        <EditSummitForm
          summit={{
            id: summit.id,
            name: summit.name,
            slug: summit.slug,
            host: summit.host,
            startDate: summit.firstDay,
            endDate: summit.lastDay,
            timeZone: summit.timeZone,
            travelBufferMinutes: String(summit.travelBufferMinutes),
            languages: summit.languages.join(", "),
          }}
          zones={supportedTimeZones()}
          text={w.form}
          messages={localizedMessages(w.messages)}
        />
      </section>
      <section className="card" aria-labelledby="summit-archive">
        <h2 id="summit-archive">{w.archiveHeading}</h2>
        <p className="muted">{w.archiveHint}</p>
        <ArchiveButtons id={summit.id} archived={summit.archivedAt !== null} text={w.buttons} />
        <p>
          {/* A download, not a page: a plain link, so the browser saves the file. */}
          <a href={`/admin/summits/${summit.id}/archive`} download>{w.downloadArchive}</a> <span className="muted">{w.downloadArchiveHint}</span>
        </p>
      </section>
    </>
  );
}

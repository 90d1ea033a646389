import type { Metadata } from "next";
import Link from "next/link";
import { NoSummit } from "@/components/summits/no-summit";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { fillWords, importWords, type ImportText } from "@/lib/i18n/import";
import { readerLang } from "@/lib/i18n/reader-lang";
import { FIELDS, IMPORT_KINDS } from "@/lib/import/fields";
import { getCurrentSummit } from "@/lib/summits/queries";
import { ImportWizard } from "./import-wizard";
import type { KindInfo } from "./layout-fields";

type Search = { lang?: string };

export async function generateMetadata({ searchParams }: { searchParams: Promise<Search> }): Promise<Metadata> {
  return { title: importWords(await readerLang((await searchParams).lang)).metaTitle };
}

/** The kinds and their fields as the reader reads them; which fields there are comes from the import. */
function kindsIn(w: ImportText): KindInfo[] {
  return IMPORT_KINDS.map((kind) => ({
    kind,
    label: w.kinds[kind],
    fields: FIELDS[kind].map(({ name, label, required, help }) => ({ name, required, label: w.fields[kind][name]?.label ?? label, help: w.fields[kind][name]?.help ?? help })),
  }));
}

export default async function ImportPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requireActor("data.import");
  const lang = await readerLang((await searchParams).lang);
  const w = importWords(lang);
  const db = getDb();
  const summit = await getCurrentSummit(db, actor);
  if (!summit) {
    return (
      <>
        <PageHeader title={w.title} />
        <NoSummit actor={actor} lang={lang} />
      </>
    );
  }
  const kinds = kindsIn(w);
  return (
    <>
      <PageHeader title={w.title} subtitle={fillWords(w.subtitle, { summit: summit.name, timeZone: summit.timeZone })} />
      <p className="muted">{w.intro}</p>
      <ImportWizard kinds={kinds} words={w} />
      <section className="card" aria-labelledby="templates-heading">
        <h2 id="templates-heading">{w.templates.heading}</h2>
        <p className="muted">{w.templates.hint}</p>
        <table className="data">
          <thead><tr><th scope="col">{w.templates.kind}</th><th scope="col">{w.templates.template}</th><th scope="col">{w.templates.currentData}</th></tr></thead>
          <tbody>
            {kinds.map((k) => (
              <tr key={k.kind}>
                <td>{k.label}</td>
                <td><a href={`/import/templates/${k.kind}`} download>{w.templates.templateLink}</a></td>
                <td><a href={`/import/export/${k.kind}`} download>{w.templates.exportLink}</a></td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {can(actor, "summits.manage") ? (
        <p>
          <Link href="/import/personal-data">{w.personalDataLink}</Link>
        </p>
      ) : null}
    </>
  );
}

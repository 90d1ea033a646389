import type { Metadata } from "next";
import Link from "next/link";
import { NoSummit } from "@/components/summits/no-summit";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { FIELDS, IMPORT_KINDS, KIND_LABEL } from "@/lib/import/fields";
import { getCurrentSummit } from "@/lib/summits/queries";
import { ImportWizard } from "./import-wizard";
import type { KindInfo } from "./layout-fields";

export const metadata: Metadata = { title: "Import" };

const KINDS: KindInfo[] = IMPORT_KINDS.map((kind) => ({
  kind,
  label: KIND_LABEL[kind],
  fields: FIELDS[kind].map(({ name, label, required, help }) => ({ name, label, required, help })),
}));

export default async function ImportPage() {
  const actor = await requireActor("data.import");
  const db = getDb();
  const summit = await getCurrentSummit(db, actor);
  if (!summit) return <NoSummit actor={actor} />;
  return (
    <>
      <PageHeader title="Import from spreadsheets" subtitle={`Into ${summit.name} · times read in ${summit.timeZone}`} />
      <p className="muted">
        Excel workbooks (.xlsx) and CSV files, in English or Dutch. Rows are matched to what is there by their key (a delegation&apos;s code; delegation,
        function and name for members; delegation and direction for flights), so a corrected file updates in place and the same file twice changes
        nothing. Only the columns below are read: anything else in the file, such as passport numbers or birth dates, is ignored.
      </p>
      <ImportWizard kinds={KINDS} />
      <section className="card" aria-labelledby="templates-heading">
        <h2 id="templates-heading">Templates and current data</h2>
        <p className="muted">A template has the headers, an example row and a sheet explaining each column. The current data comes in the same shape: export, edit in Excel, import.</p>
        <table className="data">
          <thead><tr><th scope="col">Kind</th><th scope="col">Template</th><th scope="col">Current data</th></tr></thead>
          <tbody>
            {KINDS.map((k) => (
              <tr key={k.kind}>
                <td>{k.label}</td>
                <td><a href={`/import/templates/${k.kind}`} download>Template (.xlsx)</a></td>
                <td><a href={`/import/export/${k.kind}`} download>Export (.xlsx)</a></td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {can(actor, "summits.manage") ? (
        <p>
          <Link href="/import/personal-data">Personal names of archived summits</Link>
        </p>
      ) : null}
    </>
  );
}

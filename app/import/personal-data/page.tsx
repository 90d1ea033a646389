import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { listArchivedSummitNames } from "@/lib/import/personal-data";
import { formatDay } from "@/lib/time";
import { EraseNamesButton } from "./erase-names-button";

export const metadata: Metadata = { title: "Personal names of archived summits" };

export default async function PersonalDataPage() {
  await requireActor("summits.manage");
  const summits = await listArchivedSummitNames(getDb());
  return (
    <>
      <PageHeader title="Personal names of archived summits" subtitle="Administrators only" />
      <p className="muted">
        Once a summit is over and archived, the personal names of its delegation members can be erased. Each member&apos;s delegation, function, title
        and precedence stay, so the record still says who came in what role and how many; the names go, from the members and from the change history.
      </p>
      {summits.length === 0 ? (
        <EmptyState title="No archived summits">Archive a summit under Summits first.</EmptyState>
      ) : (
        <table className="data">
          <thead><tr><th scope="col">Summit</th><th scope="col">Archived</th><th scope="col">Members</th><th scope="col">With a personal name</th><th scope="col"></th></tr></thead>
          <tbody>
            {summits.map((s) => (
              <tr key={s.id}>
                <td>{s.name}</td>
                <td>{formatDay(s.archivedAt, "UTC")}</td>
                <td>{s.members}</td>
                <td>{s.namedMembers}</td>
                <td>{s.namedMembers > 0 ? <EraseNamesButton summitId={s.id} summitName={s.name} count={s.namedMembers} /> : <span className="muted">None left</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

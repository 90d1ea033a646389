import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { dictionary } from "@/lib/i18n";
import { readerLang } from "@/lib/i18n/reader-lang";
import { getCurrentSummit } from "@/lib/summits/queries";
import { assignmentsOfSummit, type AssignedUser } from "@/lib/users/queries";

type Search = { lang?: string };

export async function generateMetadata({ searchParams }: { searchParams: Promise<Search> }): Promise<Metadata> {
  return { title: dictionary(await readerLang((await searchParams).lang)).admin.assignments.metaTitle };
}

/** Who is assigned where in the summit the administrator works on. */
export default async function AssignmentsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requireActor("users.manage");
  const lang = await readerLang((await searchParams).lang);
  const t = dictionary(lang);
  const w = t.admin.assignments;
  const db = getDb();
  const summit = await getCurrentSummit(db, actor);
  if (!summit) {
    return (
      <>
        <PageHeader title={w.title} />
        <EmptyState title={w.noSummit} />
      </>
    );
  }
  const { delegations, agencies } = await assignmentsOfSummit(db, summit.id);
  const people = (users: AssignedUser[]) =>
    users.length === 0 ? (
      <span className="muted">{w.nobody}</span>
    ) : (
      users.map((u, i) => (
        <span key={u.id}>
          {i > 0 ? ", " : null}
          <Link href={`/admin/users/${u.id}`}>{u.name}</Link>
          {u.active ? null : <span className="muted"> {w.inactive}</span>}
        </span>
      ))
    );
  return (
    <>
      <PageHeader title={w.title} subtitle={w.subtitle(summit.name)} />
      <section className="card">
        <h2>{w.delegationsHeading}</h2>
        <table className="data">
          <thead>
            <tr><th scope="col">{w.delegation}</th><th scope="col">{w.liaisons}</th></tr>
          </thead>
          <tbody>
            {delegations.map((d) => (
              <tr key={d.id}>
                <th scope="row">{d.name} <span className="muted">{d.code}</span></th>
                <td>{people(d.liaisons)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="card">
        <h2>{w.agenciesHeading}</h2>
        <table className="data">
          <thead>
            <tr><th scope="col">{w.agency}</th><th scope="col">{w.coordinators}</th></tr>
          </thead>
          <tbody>
            {agencies.map((a) => (
              <tr key={a.id}>
                <th scope="row">
                  <Link href={`/admin/agencies/${a.id}`}>{a.name}</Link>{" "}
                  {a.deactivatedAt ? <Badge variant="status-CANCELLED">{t.admin.agencies.deactivated}</Badge> : null}
                </th>
                <td>{people(a.coordinators)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}

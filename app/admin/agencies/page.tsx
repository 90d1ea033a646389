import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { listAgenciesForAdmin } from "@/lib/agency-admin/queries";
import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { dictionary, formatMoment } from "@/lib/i18n";
import { readerLang } from "@/lib/i18n/reader-lang";
import { getCurrentSummit } from "@/lib/summits/queries";

type Search = { lang?: string };

export async function generateMetadata({ searchParams }: { searchParams: Promise<Search> }): Promise<Metadata> {
  return { title: dictionary(await readerLang((await searchParams).lang)).admin.agencies.metaTitle };
}

export default async function AgenciesPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requireActor("agencies.manage");
  const lang = await readerLang((await searchParams).lang);
  const t = dictionary(lang);
  const w = t.admin.agencies;
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
  const agencies = await listAgenciesForAdmin(db, actor, summit.id);
  return (
    <>
      <PageHeader title={w.title} subtitle={w.subtitle(summit.name, agencies.length)}>
        <Link className="button button--secondary" href="/admin/assignments">{w.assignments}</Link>
        <Link className="button" href="/admin/agencies/new">{w.newAgency}</Link>
      </PageHeader>
      {agencies.length === 0 ? (
        <EmptyState title={w.noAgencies} />
      ) : (
        <table className="data">
          <thead>
            <tr>
              <th scope="col">{w.columns.name}</th>
              <th scope="col">{w.columns.shortName}</th>
              <th scope="col">{w.columns.kind}</th>
              <th scope="col">{w.columns.status}</th>
              <th scope="col">{w.columns.users}</th>
              <th scope="col">{w.columns.tasks}</th>
              <th scope="col">{w.columns.coordinators}</th>
            </tr>
          </thead>
          <tbody>
            {agencies.map((a) => (
              <tr key={a.id}>
                <td><Link href={`/admin/agencies/${a.id}`}>{a.name}</Link></td>
                <td>{a.shortName}</td>
                <td>{t.admin.agencyKind[a.kind]}</td>
                <td>
                  {a.deactivatedAt ? (
                    <Badge variant="status-CANCELLED">
                      <span title={w.deactivatedSince(formatMoment(a.deactivatedAt, summit.timeZone, lang))}>{w.deactivated}</span>
                    </Badge>
                  ) : (
                    <Badge variant="status-CONFIRMED">{w.active}</Badge>
                  )}
                </td>
                <td className="time">{a.users}</td>
                <td className="time">{a.tasks}</td>
                <td>
                  {a.coordinators.length === 0
                    ? "—"
                    : a.coordinators.map((c, i) => (
                        <span key={c.id}>
                          {i > 0 ? ", " : null}
                          <Link href={`/admin/users/${c.id}`}>{c.name}</Link>
                          {c.active ? null : <span className="muted"> {t.admin.assignments.inactive}</span>}
                        </span>
                      ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { dictionary } from "@/lib/i18n";
import { readerLang } from "@/lib/i18n/reader-lang";
import { listUsers } from "@/lib/users/queries";

type Search = { lang?: string };

export async function generateMetadata({ searchParams }: { searchParams: Promise<Search> }): Promise<Metadata> {
  return { title: dictionary(await readerLang((await searchParams).lang)).admin.users.metaTitle };
}

export default async function UsersPage({ searchParams }: { searchParams: Promise<Search> }) {
  await requireActor("users.manage");
  const lang = await readerLang((await searchParams).lang);
  const t = dictionary(lang);
  const w = t.admin.users;
  const users = await listUsers(getDb());
  const scopeOf = (u: (typeof users)[number]) => {
    if (u.agency) return w.scopeIn(u.agency.name, u.agency.summit.name);
    if (u.liaisons.length === 0) return "—";
    return w.scopeIn(u.liaisons.map((l) => l.delegation.name).join(", "), [...new Set(u.liaisons.map((l) => l.delegation.summit.name))].join(", "));
  };
  return (
    <>
      <PageHeader title={w.title} subtitle={w.count(users.length)}>
        <Link className="button button--secondary" href="/admin/assignments">{w.assignments}</Link>
        <Link className="button" href="/admin/users/new">{w.newUser}</Link>
      </PageHeader>
      <table className="data">
        <thead>
          <tr>
            <th scope="col">{w.columns.name}</th>
            <th scope="col">{w.columns.email}</th>
            <th scope="col">{w.columns.role}</th>
            <th scope="col">{w.columns.scope}</th>
            <th scope="col">{w.columns.status}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id}>
              <td><Link href={`/admin/users/${u.id}`}>{u.name}</Link></td>
              <td>{u.email}</td>
              <td>{t.admin.role[u.role]}</td>
              <td>{scopeOf(u)}</td>
              <td>
                {u.active ? <Badge variant="status-CONFIRMED">{w.active}</Badge> : <Badge variant="status-CANCELLED">{w.deactivated}</Badge>}{" "}
                {u.mustChangePassword ? <span className="muted">{w.mustChangePassword}</span> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { listUsers } from "@/lib/users/queries";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  await requireActor("users.manage");
  const users = await listUsers(getDb());
  return (
    <>
      <PageHeader title="Users" subtitle={`${users.length} accounts`}>
        <Link className="button" href="/admin/users/new">New user</Link>
      </PageHeader>
      <table className="data">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">E-mail</th>
            <th scope="col">Role</th>
            <th scope="col">Scope</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id}>
              <td><Link href={`/admin/users/${u.id}`}>{u.name}</Link></td>
              <td>{u.email}</td>
              <td>{u.role.toLowerCase()}</td>
              <td>{u.agency?.name ?? (u.liaisons.map((l) => l.delegation.name).join(", ") || "—")}</td>
              <td>
                {u.active ? <Badge variant="status-CONFIRMED">Active</Badge> : <Badge variant="status-CANCELLED">Deactivated</Badge>}{" "}
                {u.mustChangePassword ? <span className="muted">must change password</span> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

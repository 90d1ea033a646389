import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { ResetPasswordForm } from "@/components/reset-password-form";
import { EditUserForm } from "@/components/user-form";
import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { getCurrentSummit } from "@/lib/summits/queries";
import { getUser, scopeOptions } from "@/lib/users/queries";

export const metadata: Metadata = { title: "Edit user" };

export default async function EditUserPage({ params }: { params: Promise<{ id: string }> }) {
  await requireActor("users.manage");
  const { id } = await params;
  const db = getDb();
  const user = await getUser(db, id);
  if (!user) notFound();
  const summit = await getCurrentSummit(db);
  const options = summit ? await scopeOptions(db, summit.id) : { delegations: [], agencies: [] };
  return (
    <>
      <PageHeader title={user.name} subtitle={user.email} />
      <div className="card">
        <h2>Role, scope and status</h2>
        <EditUserForm
          user={{
            id: user.id,
            email: user.email,
            name: user.name,
            role: user.role,
            active: user.active,
            agencyId: user.agency?.id ?? null,
            delegationIds: user.liaisons.map((l) => l.delegation.id),
          }}
          {...options}
        />
      </div>
      <div className="card">
        <h2>Reset password</h2>
        <p className="muted">Set a temporary password. The user must choose a new one when they next sign in.</p>
        <ResetPasswordForm userId={user.id} />
      </div>
    </>
  );
}

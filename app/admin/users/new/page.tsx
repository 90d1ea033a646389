import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { CreateUserForm } from "@/components/user-form";
import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { getCurrentSummit } from "@/lib/summits/queries";
import { scopeOptions } from "@/lib/users/queries";

export const metadata: Metadata = { title: "New user" };

export default async function NewUserPage() {
  await requireActor("users.manage");
  const db = getDb();
  const summit = await getCurrentSummit(db);
  const options = summit ? await scopeOptions(db, summit.id) : { delegations: [], agencies: [] };
  return (
    <>
      <PageHeader title="New user" />
      <div className="card">
        <CreateUserForm {...options} />
      </div>
    </>
  );
}

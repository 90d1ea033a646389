import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { ResetPasswordForm } from "@/components/reset-password-form";
import { EditUserForm } from "@/components/user-form";
import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { dictionary } from "@/lib/i18n";
import { formMessages } from "@/lib/i18n/agencies-users";
import { readerLang } from "@/lib/i18n/reader-lang";
import { getCurrentSummit } from "@/lib/summits/queries";
import { getUser, scopeOptions, summitOfUser } from "@/lib/users/queries";

type Search = { lang?: string };

export async function generateMetadata({ searchParams }: { searchParams: Promise<Search> }): Promise<Metadata> {
  return { title: dictionary(await readerLang((await searchParams).lang)).admin.users.editTitle };
}

export default async function EditUserPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Search> }) {
  const actor = await requireActor("users.manage");
  const { id } = await params;
  const lang = await readerLang((await searchParams).lang);
  const t = dictionary(lang);
  const w = t.admin.users;
  const db = getDb();
  const user = await getUser(db, id);
  if (!user) notFound();
  // The summit of the user's assignment; for someone without one, the summit the admin works on.
  const assigned = summitOfUser(user);
  const [summits, current] = await Promise.all([scopeOptions(db, assigned), assigned ? null : getCurrentSummit(db, actor)]);
  const summitId = assigned ?? (current && summits.some((s) => s.id === current.id) ? current.id : (summits[0]?.id ?? null));
  return (
    <>
      <PageHeader title={user.name} subtitle={user.email} />
      <div className="card">
        <h2>{w.scopeHeading}</h2>
        <EditUserForm
          user={{
            id: user.id,
            email: user.email,
            name: user.name,
            role: user.role,
            active: user.active,
            summitId,
            agencyId: user.agency?.id ?? null,
            delegationIds: user.liaisons.map((l) => l.delegation.id),
          }}
          summits={summits}
          text={w.form}
          roleLabels={t.admin.role}
          messages={formMessages(t.admin)}
        />
      </div>
      <div className="card">
        <h2>{w.resetHeading}</h2>
        <p className="muted">{w.resetHint}</p>
        <ResetPasswordForm userId={user.id} text={w.reset} messages={formMessages(t.admin)} />
      </div>
    </>
  );
}

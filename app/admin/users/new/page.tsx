import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { CreateUserForm } from "@/components/user-form";
import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { dictionary } from "@/lib/i18n";
import { formMessages } from "@/lib/i18n/agencies-users";
import { readerLang } from "@/lib/i18n/reader-lang";
import { getCurrentSummit } from "@/lib/summits/queries";
import { scopeOptions } from "@/lib/users/queries";

type Search = { lang?: string };

export async function generateMetadata({ searchParams }: { searchParams: Promise<Search> }): Promise<Metadata> {
  return { title: dictionary(await readerLang((await searchParams).lang)).admin.users.newTitle };
}

export default async function NewUserPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requireActor("users.manage");
  const lang = await readerLang((await searchParams).lang);
  const t = dictionary(lang);
  const db = getDb();
  // The summit the administrator works on is the form's first choice; any other may be picked.
  const [summits, current] = await Promise.all([scopeOptions(db), getCurrentSummit(db, actor)]);
  return (
    <>
      <PageHeader title={t.admin.users.newTitle} />
      <div className="card">
        <CreateUserForm
          summits={summits}
          defaultSummitId={current && summits.some((s) => s.id === current.id) ? current.id : (summits[0]?.id ?? null)}
          text={t.admin.users.form}
          roleLabels={t.admin.role}
          messages={formMessages(t.admin)}
        />
      </div>
    </>
  );
}

import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ChangePasswordForm } from "@/components/change-password-form";
import { getActor } from "@/lib/auth/session";
import { dictionary } from "@/lib/i18n";
import { readerLang } from "@/lib/i18n/reader-lang";

export async function generateMetadata(): Promise<Metadata> {
  return { title: dictionary(await readerLang()).planning.password.title };
}

export default async function ChangePasswordPage() {
  const actor = await getActor();
  if (!actor) redirect("/sign-in");
  const words = dictionary(await readerLang());
  const t = words.planning.password;
  return (
    <div className="auth-box card">
      <h1>{t.title}</h1>
      {actor.mustChangePassword ? <p>{t.reset}</p> : null}
      <ChangePasswordForm savedText={words.forms.saved} />
    </div>
  );
}

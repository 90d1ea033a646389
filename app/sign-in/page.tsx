import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/sign-in-form";
import { getActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { dictionary } from "@/lib/i18n";
import { readerLang } from "@/lib/i18n/reader-lang";
import { defaultSummitName } from "@/lib/summits/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: dictionary(await readerLang()).start.signIn.heading };
}

export default async function SignInPage() {
  if (await getActor()) redirect("/");
  const t = dictionary(await readerLang());
  const words = t.start.signIn;
  // Before sign-in the page names the product and the summit it serves, nothing more of it.
  const summit = await defaultSummitName(getDb());
  return (
    <div className="auth-box card">
      <p>
        <strong>{words.product}</strong>
        {summit ? <span className="muted"> · {words.forSummit(summit)}</span> : null}
      </p>
      <h1>{words.heading}</h1>
      <SignInForm agencyDeactivated={t.admin.signIn.agencyDeactivated} text={words.form} />
    </div>
  );
}

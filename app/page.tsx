import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AgencyStartView, LiaisonStartView, MomentNote, PlannerStartView } from "@/components/start/start-views";
import { NoSummit } from "@/components/summits/no-summit";
import { PageHeader } from "@/components/ui/page-header";
import { hasStartPage, homeFor } from "@/lib/auth/navigation";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { dictionary } from "@/lib/i18n";
import { readerLang } from "@/lib/i18n/reader-lang";
import { getAgencyStart, getLiaisonStart, getPlannerStart } from "@/lib/start/queries";
import { getCurrentSummit } from "@/lib/summits/queries";

export async function generateMetadata({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }): Promise<Metadata> {
  return { title: dictionary(await readerLang((await searchParams).lang)).start.title };
}

/** Each role's start: what needs doing today, with links straight to the work. */
export default async function Home({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  if (!hasStartPage(actor)) redirect(homeFor(actor));
  const lang = await readerLang((await searchParams).lang);
  const t = dictionary(lang);
  const db = getDb();
  const summit = await getCurrentSummit(db, actor);
  if (!summit) return <NoSummit actor={actor} lang={lang} />;
  const now = new Date();
  const words = { t, lang, timeZone: summit.timeZone };

  const view =
    actor.role === "LIAISON" ? (
      await getLiaisonStart(db, actor, summit, now, lang).then((data) => ({ moment: data.moment, body: <LiaisonStartView data={data} words={words} /> }))
    ) : actor.role === "AGENCY" ? (
      await getAgencyStart(db, actor, summit, now, lang).then((data) => ({ moment: data.moment, body: <AgencyStartView data={data} words={words} /> }))
    ) : (
      await getPlannerStart(db, actor, summit, now, lang).then((data) => ({
        moment: data.moment,
        body: <PlannerStartView data={data} words={words} admin={can(actor, "users.manage")} />,
      }))
    );

  return (
    <>
      <PageHeader title={t.start.title} subtitle={t.start.subtitle(summit.name, summit.timeZone)} />
      <MomentNote moment={view.moment} t={t} lang={lang} />
      {view.body}
    </>
  );
}

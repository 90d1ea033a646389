import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AgencyForm, AgencyStatusButton } from "@/components/agency-form";
import { PageHeader } from "@/components/ui/page-header";
import { getAgencyForAdmin } from "@/lib/agency-admin/queries";
import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { dictionary, formatMoment } from "@/lib/i18n";
import { formMessages } from "@/lib/i18n/agencies-users";
import { readerLang } from "@/lib/i18n/reader-lang";

type Search = { lang?: string };

export async function generateMetadata({ searchParams }: { searchParams: Promise<Search> }): Promise<Metadata> {
  return { title: dictionary(await readerLang((await searchParams).lang)).admin.agencies.editTitle };
}

export default async function EditAgencyPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Search> }) {
  const actor = await requireActor("agencies.manage");
  const { id } = await params;
  const lang = await readerLang((await searchParams).lang);
  const t = dictionary(lang);
  const w = t.admin.agencies;
  const agency = await getAgencyForAdmin(getDb(), actor, id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const messages = formMessages(t.admin);
  const since = agency.deactivatedAt ? formatMoment(agency.deactivatedAt, agency.summit.timeZone, lang) : null;
  return (
    <>
      <PageHeader title={agency.name} subtitle={`${w.ofSummit(agency.summit.name)} · ${w.history(agency.tasks, agency.users)}`} />
      <div className="card">
        <h2>{w.editTitle}</h2>
        <AgencyForm
          agency={{ id: agency.id, name: agency.name, shortName: agency.shortName, kind: agency.kind }}
          text={w.form}
          kindLabels={t.admin.agencyKind}
          messages={messages}
        />
      </div>
      <div className="card">
        <h2>{w.status.heading}</h2>
        <p>{since ? w.status.deactivated(since) : w.status.active}</p>
        <AgencyStatusButton id={agency.id} active={!agency.deactivatedAt} text={w.status.buttons} messages={messages} />
      </div>
      <div className="card">
        <h2>{w.coordinatorsHeading}</h2>
        {agency.coordinators.length === 0 ? (
          <p className="muted">{w.noCoordinators}</p>
        ) : (
          <ul>
            {agency.coordinators.map((c) => (
              <li key={c.id}>
                <Link href={`/admin/users/${c.id}`}>{c.name}</Link> <span className="muted">{c.email}</span>
                {c.active ? null : <span className="muted"> {t.admin.assignments.inactive}</span>}
              </li>
            ))}
          </ul>
        )}
      </div>
    </>
  );
}

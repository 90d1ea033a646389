import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DelegationForm } from "@/components/delegations/delegation-form";
import { MemberForm } from "@/components/delegations/member-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { dictionary, formDayOptions } from "@/lib/i18n";
import { readerLang } from "@/lib/i18n/reader-lang";
import { getDelegationForEdit } from "@/lib/delegations/queries";
import { getCurrentSummit } from "@/lib/summits/queries";
import { toLocalInput } from "@/lib/time";
import { listVenues } from "@/lib/venues/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: dictionary(await readerLang()).planning.delegations.editTitle };
}

export default async function EditDelegationPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor("programme.edit");
  const { id } = await params;
  const lang = await readerLang();
  const all = dictionary(lang);
  const t = all.planning.delegations;
  const memberWords = { common: all.editors.common, member: all.editors.member, functions: all.memberFunction };
  const db = getDb();
  const summit = await getCurrentSummit(db, actor);
  const delegation = summit ? await getDelegationForEdit(db, summit.id, id) : null;
  if (!summit || !delegation) notFound();
  const venues = await listVenues(db, summit.id);
  return (
    <>
      <PageHeader title={delegation.name} subtitle={delegation.code} />
      <section className="card">
        <h2>{t.delegation}</h2>
        <DelegationForm
          hotels={venues.filter((v) => v.kind === "HOTEL")}
          timeZone={summit.timeZone}
          days={formDayOptions(summit.days, lang)}
          text={all.forms}
          words={{ common: all.editors.common, delegation: all.editors.delegation, kinds: all.planning.delegationKind }}
          delegation={{
            id: delegation.id, code: delegation.code, name: delegation.name, kind: delegation.kind,
            homeTimeZone: delegation.homeTimeZone ?? "", hotelVenueId: delegation.hotelVenueId ?? "",
            arrivesAt: toLocalInput(delegation.arrivesAt, summit.timeZone), departsAt: toLocalInput(delegation.departsAt, summit.timeZone),
          }}
        />
      </section>
      <section className="card">
        <h2>{t.members}</h2>
        {delegation.members.map((m) => (
          <MemberForm key={m.id} delegationId={delegation.id} member={{ ...m, delegationId: delegation.id, personalName: m.personalName ?? "" }} text={all.forms} words={memberWords} />
        ))}
        <MemberForm delegationId={delegation.id} text={all.forms} words={memberWords} />
      </section>
    </>
  );
}

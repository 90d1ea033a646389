import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { MovementForm } from "@/components/movements/movement-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { dictionary, formDayOptions } from "@/lib/i18n";
import { readerLang } from "@/lib/i18n/reader-lang";
import { movementFormOptions } from "@/lib/movements/queries";
import { getCurrentSummit } from "@/lib/summits/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: dictionary(await readerLang()).planning.movements.newTitle };
}

export default async function NewMovementPage() {
  const actor = await requireActor("movements.edit");
  const lang = await readerLang();
  const all = dictionary(lang);
  const planning = all.planning;
  const t = planning.movements;
  const db = getDb();
  const summit = await getCurrentSummit(db, actor);
  if (!summit) notFound();
  const { delegations, venues, items } = await movementFormOptions(db, summit.id);
  const day = summit.days[0];
  return (
    <>
      <PageHeader title={t.newTitle} subtitle={planning.timesIn(summit.timeZone)} />
      <section className="card">
        <MovementForm
          delegations={delegations}
          venues={venues}
          items={items}
          timeZone={summit.timeZone}
          backHref={`/movements/${day}`}
          days={formDayOptions(summit.days, lang)}
          text={all.forms}
          words={{ common: all.editors.common, movement: all.editors.movement, kinds: all.movementKind }}
          initial={{
            delegationId: "", kind: "TRANSFER", fromVenueId: "", toVenueId: "", flight: "", startsAt: `${day}T09:00`, endsAt: "",
            partySize: 6, principalLevel: "", routeNote: "", roadClosureNeeded: false, staffNotes: "", fromItemId: "", toItemId: "",
          }}
        />
      </section>
    </>
  );
}

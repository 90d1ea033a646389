import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { MovementForm } from "@/components/movements/movement-form";
import { PageHeader } from "@/components/ui/page-header";
import { isoDayOf, toLocalInput } from "@/lib/time";
import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { dictionary, formDayOptions } from "@/lib/i18n";
import { readerLang } from "@/lib/i18n/reader-lang";
import { NotFoundError } from "@/lib/errors";
import { getMovement, movementFormOptions } from "@/lib/movements/queries";
import { getCurrentSummit } from "@/lib/summits/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: dictionary(await readerLang()).planning.movements.editTitle };
}

export default async function EditMovementPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor("movements.edit");
  const lang = await readerLang();
  const all = dictionary(lang);
  const planning = all.planning;
  const t = planning.movements;
  const db = getDb();
  const summit = await getCurrentSummit(db, actor);
  if (!summit) notFound();
  const movement = await getMovement(db, actor, summit.id, id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const { delegations, venues, items } = await movementFormOptions(db, summit.id);
  const tz = summit.timeZone;
  return (
    <>
      <PageHeader title={t.editTitle} subtitle={planning.timesIn(tz)} />
      <section className="card">
        <MovementForm
          delegations={delegations}
          venues={venues}
          items={items}
          timeZone={tz}
          backHref={`/movements/${isoDayOf(movement.startsAt, tz)}`}
          existing={{ id: movement.id, version: movement.version }}
          days={formDayOptions(summit.days, lang)}
          text={all.forms}
          words={{ common: all.editors.common, movement: all.editors.movement, kinds: all.movementKind }}
          initial={{
            delegationId: movement.delegation.id,
            kind: movement.kind,
            fromVenueId: movement.from?.id ?? "",
            toVenueId: movement.to?.id ?? "",
            flight: movement.flight ?? "",
            startsAt: toLocalInput(movement.startsAt, tz),
            endsAt: movement.endsAt ? toLocalInput(movement.endsAt, tz) : "",
            partySize: movement.partySize,
            principalLevel: movement.principalLevel ?? "",
            routeNote: movement.routeNote ?? "",
            roadClosureNeeded: movement.roadClosureNeeded,
            staffNotes: movement.staffNotes ?? "",
            fromItemId: movement.fromItemId ?? "",
            toItemId: movement.toItemId ?? "",
          }}
        />
      </section>
    </>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { DelegationForm } from "@/components/delegations/delegation-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { listDelegations } from "@/lib/delegations/queries";
import { getCurrentSummit } from "@/lib/summits/queries";
import { formatDayTime } from "@/lib/time";
import { listVenues } from "@/lib/venues/queries";
import { NoSummit } from "@/components/summits/no-summit";

export const metadata: Metadata = { title: "Delegations" };

export default async function DelegationsPage() {
  const actor = await requireActor("programme.edit");
  const db = getDb();
  const summit = await getCurrentSummit(db, actor);
  if (!summit) return <NoSummit actor={actor} />;
  const [delegations, venues] = await Promise.all([listDelegations(db, summit.id), listVenues(db, summit.id)]);
  const when = (d: Date | null) => (d ? formatDayTime(d, summit.timeZone) : "—");
  return (
    <>
      <PageHeader title="Delegations" subtitle={`${delegations.length} delegations · times in ${summit.timeZone}`} />
      <table className="data">
        <thead>
          <tr><th scope="col">Delegation</th><th scope="col">Kind</th><th scope="col">Members</th><th scope="col">Hotel</th><th scope="col">Arrives</th><th scope="col">Departs</th></tr>
        </thead>
        <tbody>
          {delegations.map((d) => (
            <tr key={d.id}>
              <td><Link href={`/delegations/${d.id}`}>{d.name}</Link> <span className="muted">{d.code}</span></td>
              <td>{d.kind.toLowerCase()}</td>
              <td>{d._count.members}</td>
              <td>{d.hotel?.name ?? "—"}</td>
              <td className="time">{when(d.arrivesAt)}</td>
              <td className="time">{when(d.departsAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <section className="card" style={{ marginTop: 16 }}>
        <h2>New delegation</h2>
        <DelegationForm hotels={venues.filter((v) => v.kind === "HOTEL")} timeZone={summit.timeZone} />
      </section>
    </>
  );
}

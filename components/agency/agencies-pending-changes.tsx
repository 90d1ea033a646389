import Link from "next/link";
import type { AgencyPendingChanges } from "@/lib/agencies/changes";
import { formatDayTime } from "@/lib/time";


/** For planners: agencies that have not acknowledged the latest changes to their tasks. */
export function AgenciesPendingChanges({ pending, timeZone, day }: { pending: readonly AgencyPendingChanges[]; timeZone: string; day: string }) {
  return (
    <section className="card no-print" aria-labelledby="agencies-pending-heading">
      <h2 id="agencies-pending-heading">Agencies with unacknowledged task changes</h2>
      {pending.length === 0 ? (
        <p role="status">Every agency has acknowledged the changes to its tasks.</p>
      ) : (
        <table className="data">
          <thead>
            <tr>
              <th scope="col">Agency</th>
              <th scope="col">Changes</th>
              <th scope="col">Latest change</th>
              <th scope="col">Last acknowledged</th>
            </tr>
          </thead>
          <tbody>
            {pending.map((p) => (
              <tr key={p.agency.id}>
                <td>
                  <Link href={`/tasks/${day}?agency=${encodeURIComponent(p.agency.id)}`}>{p.agency.name}</Link>
                </td>
                <td>{`${p.count} change${p.count === 1 ? "" : "s"}`}</td>
                <td>{formatDayTime(p.latestAt, timeZone)}</td>
                <td>{p.lastAcknowledged ? `${formatDayTime(p.lastAcknowledged.at, timeZone)} (${p.lastAcknowledged.by})` : "Never"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

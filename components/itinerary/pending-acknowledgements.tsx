import Link from "next/link";
import { formatMoment, type Dictionary, type Lang } from "@/lib/i18n";
import type { PendingAcknowledgement } from "@/lib/itinerary/changes";

/** For planners: delegations whose liaison has not acknowledged the latest changes. */
export function PendingAcknowledgements({ pending, timeZone, lang, t }: { pending: readonly PendingAcknowledgement[]; timeZone: string; lang: Lang; t: Dictionary }) {
  return (
    <section className="card" aria-labelledby="pending-heading">
      <h2 id="pending-heading">{t.page.pendingAcknowledgements}</h2>
      {pending.length === 0 ? (
        <p role="status">{t.page.allAcknowledged}</p>
      ) : (
        <table className="data">
          <thead>
            <tr>
              <th scope="col">{t.page.delegations}</th>
              <th scope="col">{t.changes.heading}</th>
              <th scope="col">{t.page.latestChange}</th>
              <th scope="col">{t.page.lastAcknowledged}</th>
            </tr>
          </thead>
          <tbody>
            {pending.map((p) => (
              <tr key={p.delegation.id}>
                <td>
                  <Link href={`/itinerary/${p.delegation.id}`}>{p.delegation.name}</Link>
                </td>
                <td>{t.changes.count(p.count)}</td>
                <td>{formatMoment(p.latestAt, timeZone, lang)}</td>
                <td>{p.lastAcknowledgedAt ? formatMoment(p.lastAcknowledgedAt, timeZone, lang) : t.page.never}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

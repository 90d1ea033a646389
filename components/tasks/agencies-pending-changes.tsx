import Link from "next/link";
import type { AgencyPendingChanges } from "@/lib/tasks/changes";
import { formatMoment, type Dictionary, type Lang } from "@/lib/i18n";

/** For planners: agencies that have not acknowledged the latest changes to their tasks. */
export function AgenciesPendingChanges({ pending, timeZone, day, lang, t }: {
  pending: readonly AgencyPendingChanges[];
  timeZone: string;
  day: string;
  lang: Lang;
  t: Dictionary;
}) {
  const words = t.tasksPage.pending;
  return (
    <section className="card no-print" aria-labelledby="agencies-pending-heading">
      <h2 id="agencies-pending-heading">{words.heading}</h2>
      {pending.length === 0 ? (
        <p role="status">{words.allAcknowledged}</p>
      ) : (
        <table className="data">
          <thead>
            <tr>
              <th scope="col">{words.agency}</th>
              <th scope="col">{words.changes}</th>
              <th scope="col">{words.latestChange}</th>
              <th scope="col">{words.lastAcknowledged}</th>
            </tr>
          </thead>
          <tbody>
            {pending.map((p) => (
              <tr key={p.agency.id}>
                <td>
                  <Link href={`/tasks/${day}?agency=${encodeURIComponent(p.agency.id)}`}>{p.agency.name}</Link>
                </td>
                <td>{words.count(p.count)}</td>
                <td>{formatMoment(p.latestAt, timeZone, lang)}</td>
                <td>{p.lastAcknowledged ? `${formatMoment(p.lastAcknowledged.at, timeZone, lang)} (${p.lastAcknowledged.by})` : words.never}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

import { formatMoment, type Dictionary, type Lang } from "@/lib/i18n";
import type { OpenBilateral } from "@/lib/itinerary/types";

/** Bilateral requests of the delegation that have no programme slot yet. */
export function OpenBilaterals({ items, timeZone, lang, t }: { items: readonly OpenBilateral[]; timeZone: string; lang: Lang; t: Dictionary }) {
  return (
    <section className="card" aria-labelledby="bilateral-requests">
      <h2 id="bilateral-requests">{t.page.bilateralRequests}</h2>
      <ul>
        {items.map((b) => (
          <li key={b.id}>
            {t.page.bilateralParties(b.withNames.join(", "))} · {t.page.minutes(b.durationMinutes)} · {t.page.bilateralStatus[b.status]}
            {b.proposedStartsAt ? ` · ${formatMoment(b.proposedStartsAt, timeZone, lang)}` : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

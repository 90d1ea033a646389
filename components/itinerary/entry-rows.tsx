"use client";
// The rows of an itinerary day (entry-table.tsx reads them out on the server). A client component
// so that the page sends each row once as a few strings (its props) beside the HTML, instead of
// the whole element tree of every cell: the itinerary is the page a liaison reloads all day.
import { Badge } from "@/components/ui/badge";
import cards from "./cards.module.css";
import styles from "./itinerary.module.css";

/** One entry as it reads: every text already in the reader's language and the summit's zone. */
export type EntryRowView = {
  /** `${source}-${id}`: the row's React key and its data-live-key (LiveRefresh marks it). */
  key: string;
  movement: boolean;
  /** CSS classes of the status ("is-cancelled", "is-draft"), or "". */
  statusClass: string;
  times: string;
  /** The times in the delegation's home zone, with the zone, or null. */
  home: string | null;
  /** The change since the last acknowledgement, in words, or null. */
  change: string | null;
  title: string;
  kindLabel: string;
  /** The delegation's own arrivals, one line each. */
  arrivals: string[];
  /** Dress code, organiser and staff notes, each labelled, and the notes as written. */
  details: string[];
  place: string;
  /** Who takes part, or null when the column is not shown. */
  attendees: string | null;
  status: string;
  statusLabel: string;
};

export type EntryRowLabels = {
  when: string;
  what: string;
  where: string;
  who: string;
  status: string;
  ownArrival: string;
};

export function EntryRows({ rows, labels }: { rows: readonly EntryRowView[]; labels: EntryRowLabels }) {
  return (
    <tbody>
      {rows.map((row) => (
        <tr
          key={row.key}
          data-live-key={row.key}
          className={[row.statusClass, row.movement ? styles.movement : "", row.change ? cards.changed : ""].filter(Boolean).join(" ") || undefined}
          data-changed={row.change ? "true" : undefined}
        >
          <td className="time" data-label={labels.when}>
            {row.home ? (
              <>
                {`${row.times} `}
                <span className={styles.home}>{row.home}</span>
              </>
            ) : (
              row.times
            )}
          </td>
          <td data-label={labels.what}>
            {row.change ? <span className={cards.changeMark}>{row.change}</span> : null}
            <strong>{row.title}</strong>
            <div className="muted">{row.kindLabel}</div>
            {row.arrivals.map((line) => (
              <div key={line} className={styles.arrival} data-testid="own-arrival">
                <span className={styles.arrivalLabel}>{`${labels.ownArrival}:`}</span> {line}
              </div>
            ))}
            {row.details.map((line, i) => (
              <div key={i} className="muted">
                {line}
              </div>
            ))}
          </td>
          <td data-label={labels.where}>{row.place || "—"}</td>
          {row.attendees !== null ? (
            <td className={styles.who} data-label={labels.who}>
              {row.attendees || "—"}
            </td>
          ) : null}
          <td data-label={labels.status}>
            <Badge variant={`status-${row.status}`}>{row.statusLabel}</Badge>
          </td>
        </tr>
      ))}
    </tbody>
  );
}

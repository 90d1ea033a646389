import { Badge } from "@/components/ui/badge";
import type { Dictionary } from "@/lib/i18n";
import { entryArrivalLines, entryAttendees, entryHomeTimes, entryKindLabel, entryPlace, entryTimes, entryTitle } from "@/lib/itinerary/present";
import type { Entry } from "@/lib/itinerary/types";
import cards from "./cards.module.css";
import styles from "./itinerary.module.css";

type Props = {
  entries: readonly Entry[];
  timeZone: string;
  homeTimeZone: string | null;
  t: Dictionary;
  showAttendees: boolean;
  /** Rows changed since the last acknowledgement, by entry id: the change's name, shown until acknowledged. */
  changed?: ReadonlyMap<string, string>;
};

/**
 * One day of an itinerary: programme items and movements in time order. A table on a wide
 * screen; on a narrow one (cards.module.css) each row reads as a card, every cell labelled.
 */
export function EntryTable({ entries, timeZone, homeTimeZone, t, showAttendees, changed }: Props) {
  const c = t.columns;
  const card = t.itineraryTasks.card;
  return (
    <div className={cards.cards}>
    <table className={`data ${cards.table}`}>
      <thead>
        <tr>
          <th scope="col">{`${c.start}–${c.end}`}</th>
          <th scope="col">{c.title}</th>
          <th scope="col">{`${c.space}, ${c.venue}`}</th>
          {showAttendees ? <th scope="col">{c.attendees}</th> : null}
          <th scope="col">{c.status}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => {
          const home = entryHomeTimes(entry, timeZone, homeTimeZone);
          const change = changed?.get(entry.id);
          const classes = [entry.status === "CANCELLED" ? "is-cancelled" : "", entry.status === "DRAFT" ? "is-draft" : "", entry.source === "movement" ? styles.movement : "", change ? cards.changed : ""];
          return (
            <tr key={`${entry.source}-${entry.id}`} data-live-key={`${entry.source}-${entry.id}`} className={classes.join(" ")} data-changed={change ? "true" : undefined}>
              <td className="time" data-label={card.when}>
                {entryTimes(entry, timeZone)}
                {home ? (
                  <>
                    {" "}
                    <span className={styles.home}>
                      {home} ({homeTimeZone})
                    </span>
                  </>
                ) : null}
              </td>
              <td data-label={card.what}>
                {change ? <span className={cards.changeMark}>{t.itineraryTasks.changes.rowChanged(change)}</span> : null}
                <strong>{entryTitle(entry, t)}</strong>
                <div className="muted">{entryKindLabel(entry, t)}</div>
                {entryArrivalLines(entry, t, timeZone).map((line) => (
                  <div key={line} className={styles.arrival} data-testid="own-arrival">
                    <span className={styles.arrivalLabel}>{t.arrivals.own.label}:</span> {line}
                  </div>
                ))}
                {entry.source === "item" && entry.dressCode ? <div className="muted">{c.dressCode}: {entry.dressCode}</div> : null}
                {entry.source === "item" && entry.organiser ? <div className="muted">{c.organiser}: {entry.organiser}</div> : null}
                {entry.notes ? <div className="muted">{entry.notes}</div> : null}
                {entry.staffNotes ? <div className="muted">{c.staffNotes}: {entry.staffNotes}</div> : null}
              </td>
              <td data-label={card.where}>{entryPlace(entry) || "—"}</td>
              {showAttendees ? <td className={styles.who} data-label={card.who}>{entryAttendees(entry, t) || "—"}</td> : null}
              <td data-label={card.status}>
                <Badge variant={`status-${entry.status}`}>{t.itemStatus[entry.status]}</Badge>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
    </div>
  );
}

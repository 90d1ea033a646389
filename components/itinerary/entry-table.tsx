import type { Dictionary } from "@/lib/i18n";
import { entryArrivalLines, entryAttendees, entryHomeTimes, entryKindLabel, entryPlace, entryTimes, entryTitle } from "@/lib/itinerary/present";
import type { Entry } from "@/lib/itinerary/types";
import cards from "./cards.module.css";
import { EntryRows, type EntryRowView } from "./entry-rows";

type Props = {
  entries: readonly Entry[];
  timeZone: string;
  homeTimeZone: string | null;
  t: Dictionary;
  showAttendees: boolean;
  /** Rows changed since the last acknowledgement, by entry id: the change's name, shown until acknowledged. */
  changed?: ReadonlyMap<string, string>;
};

/** An entry read out for its row: every text in the reader's language and the summit's zone. */
function rowView(entry: Entry, { timeZone, homeTimeZone, t, showAttendees, changed }: Omit<Props, "entries">): EntryRowView {
  const c = t.columns;
  const home = entryHomeTimes(entry, timeZone, homeTimeZone);
  const change = changed?.get(entry.id);
  const item = entry.source === "item" ? entry : null;
  return {
    key: `${entry.source}-${entry.id}`,
    movement: entry.source === "movement",
    statusClass: entry.status === "CANCELLED" ? "is-cancelled" : entry.status === "DRAFT" ? "is-draft" : "",
    times: entryTimes(entry, timeZone),
    home: home ? `${home} (${homeTimeZone})` : null,
    change: change ? t.itineraryTasks.changes.rowChanged(change) : null,
    title: entryTitle(entry, t),
    kindLabel: entryKindLabel(entry, t),
    arrivals: entryArrivalLines(entry, t, timeZone),
    details: [
      item?.dressCode ? `${c.dressCode}: ${item.dressCode}` : null,
      item?.organiser ? `${c.organiser}: ${item.organiser}` : null,
      entry.notes || null,
      entry.staffNotes ? `${c.staffNotes}: ${entry.staffNotes}` : null,
    ].filter((line): line is string => line !== null),
    place: entryPlace(entry),
    attendees: showAttendees ? entryAttendees(entry, t) : null,
    status: entry.status,
    statusLabel: t.itemStatus[entry.status],
  };
}

/**
 * One day of an itinerary: programme items and movements in time order. A table on a wide
 * screen; on a narrow one (cards.module.css) each row reads as a card, every cell labelled.
 */
export function EntryTable({ entries, ...options }: Props) {
  const { t, showAttendees } = options;
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
        <EntryRows
          rows={entries.map((entry) => rowView(entry, options))}
          labels={{ when: card.when, what: card.what, where: card.where, who: card.who, status: card.status, ownArrival: t.arrivals.own.label }}
        />
      </table>
    </div>
  );
}

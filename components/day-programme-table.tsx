import Link from "next/link";
import { Fragment, type ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import type { Turns } from "@/components/ui/turns";
import { dictionary, type Lang } from "@/lib/i18n";
import type { ProgrammeEntry } from "@/lib/programme/queries";
import { formatTime } from "@/lib/time";

type Props = {
  items: readonly ProgrammeEntry[];
  timeZone: string;
  /** For actors who may edit the programme: an edit link per item. */
  editable?: boolean;
  /** For planners: how many conflicts each item is part of. */
  conflictCounts?: Readonly<Record<string, number>>;
  lang: Lang;
  /** The request's turns of the event loop: a long day's rows render over several (server only). */
  turns?: Turns;
};

/** Rows whose turn of the event loop comes after the page's (components/ui/turns.ts). */
async function LaterRows({ turn, items, row }: { turn: Promise<void>; items: readonly ProgrammeEntry[]; row: (item: ProgrammeEntry) => ReactNode }) {
  await turn;
  return <>{items.map(row)}</>;
}

export function DayProgrammeTable({ items, timeZone, editable = false, conflictCounts, lang, turns }: Props) {
  const all = dictionary(lang);
  const t = all.planning.programme;
  const row = (item: ProgrammeEntry) => (
    <tr
      key={item.id}
      className={[item.status === "CANCELLED" ? "is-cancelled" : "", item.status === "DRAFT" ? "is-draft" : "", item.parentId ? "session-row" : ""].join(" ")}
    >
      <td className="time">
        {formatTime(item.startsAt, timeZone)}–{formatTime(item.endsAt, timeZone)}
      </td>
      <td>
        <strong>{item.restricted ? all.restrictedItem.title : item.title}</strong>
        {conflictCounts?.[item.id] ? (
          <>
            {" "}
            <Badge variant="status-DRAFT">
              {t.conflicts(conflictCounts[item.id])}
            </Badge>
          </>
        ) : null}
        {editable ? (
          <>
            {" "}
            <Link className="no-print" href={`/programme/items/${item.id}/edit`} aria-label={t.editLabel(item.title)}>
              {t.edit}
            </Link>
          </>
        ) : null}
        {item.organiser ? <div className="muted">{t.organisedBy(item.organiser)}</div> : null}
        {item.dressCode ? <div className="muted">{t.dressCode(item.dressCode)}</div> : null}
        {item.staffNotes ? <div className="muted">{t.staffNote(item.staffNotes)}</div> : null}
      </td>
      <td>{item.space?.name ?? "—"}</td>
      <td>
        {/* No kind for an item an agency sees only for its task (lib/programme/policy.ts). */}
        {item.kind ? <><Badge variant={item.kind}>{all.itemKind[item.kind]}</Badge>{" "}</> : null}
        <span className="muted">{all.planning.visibility[item.visibility]}</span>
      </td>
      <td>
        <Badge variant={`status-${item.status}`}>{all.itemStatus[item.status]}</Badge>
      </td>
    </tr>
  );
  return (
    <table className="data">
      <thead>
        <tr>
          <th scope="col">{t.time}</th>
          <th scope="col">{t.item}</th>
          <th scope="col">{t.space}</th>
          <th scope="col">{t.kind}</th>
          <th scope="col">{t.status}</th>
        </tr>
      </thead>
      <tbody>
        {turns ? (
          turns.slices(items).map((slice, i) =>
            slice.turn ? <LaterRows key={i} turn={slice.turn} items={slice.rows} row={row} /> : <Fragment key={i}>{slice.rows.map(row)}</Fragment>,
          )
        ) : (
          items.map(row)
        )}
      </tbody>
    </table>
  );
}

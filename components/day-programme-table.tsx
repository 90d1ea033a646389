import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { ITEM_KIND_LABEL, ITEM_STATUS_LABEL, VISIBILITY_LABEL } from "@/lib/programme/labels";
import type { ProgrammeEntry } from "@/lib/programme/queries";
import { formatTime } from "@/lib/time";

type Props = {
  items: readonly ProgrammeEntry[];
  timeZone: string;
  /** For actors who may edit the programme: an edit link per item. */
  editable?: boolean;
  /** For planners: how many conflicts each item is part of. */
  conflictCounts?: Readonly<Record<string, number>>;
};

export function DayProgrammeTable({ items, timeZone, editable = false, conflictCounts }: Props) {
  return (
    <table className="data">
      <thead>
        <tr>
          <th scope="col">Time</th>
          <th scope="col">Item</th>
          <th scope="col">Space</th>
          <th scope="col">Kind</th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr
            key={item.id}
            className={[item.status === "CANCELLED" ? "is-cancelled" : "", item.status === "DRAFT" ? "is-draft" : "", item.parentId ? "session-row" : ""].join(" ")}
          >
            <td className="time">
              {formatTime(item.startsAt, timeZone)}–{formatTime(item.endsAt, timeZone)}
            </td>
            <td>
              <strong>{item.title}</strong>
              {conflictCounts?.[item.id] ? (
                <>
                  {" "}
                  <Badge variant="status-DRAFT">
                    {conflictCounts[item.id]} conflict{conflictCounts[item.id] > 1 ? "s" : ""}
                  </Badge>
                </>
              ) : null}
              {editable ? (
                <>
                  {" "}
                  <Link className="no-print" href={`/programme/items/${item.id}/edit`} aria-label={`Edit ${item.title}`}>
                    Edit
                  </Link>
                </>
              ) : null}
              {item.organiser ? <div className="muted">Organised by {item.organiser}</div> : null}
              {item.dressCode ? <div className="muted">Dress code: {item.dressCode}</div> : null}
              {item.staffNotes ? <div className="muted">Staff note: {item.staffNotes}</div> : null}
            </td>
            <td>{item.space?.name ?? "—"}</td>
            <td>
              {/* No kind for an item an agency sees only for its task (lib/programme/policy.ts). */}
              {item.kind ? <><Badge variant={item.kind}>{ITEM_KIND_LABEL[item.kind]}</Badge>{" "}</> : null}
              <span className="muted">{VISIBILITY_LABEL[item.visibility]}</span>
            </td>
            <td>
              <Badge variant={`status-${item.status}`}>{ITEM_STATUS_LABEL[item.status]}</Badge>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

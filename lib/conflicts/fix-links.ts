// Where a planner goes to resolve a conflict, most direct first: the agency task to add for a
// coverage gap (the coverage matrix's "Add escort for …" link), the movement to shift when the
// conflict names one, the slot finder of a bilateral involved, else the item on the timeline at
// its time, highlighted. Pure: the page passes what it read and what the reader may do.
import { TASK_TYPE_LABEL } from "@/lib/agencies/labels";
import { isoDayOf } from "@/lib/time";
import { coverageGapOf } from "./facts";
import type { TriageRow } from "./filters";

export type FixLink = { href: string; label: string };

/** What the reader may open (a link to a page they cannot use is left out). */
export type FixPermissions = { tasks: boolean; movements: boolean; bilaterals: boolean; timeline: boolean };

/** `/timeline/<day>?highlight=<id>`: the item's day, scrolled to and marked. */
export function timelineHref(item: { id: string; day: string }): string {
  return `/timeline/${item.day}?highlight=${encodeURIComponent(item.id)}`;
}

export function fixLinks(
  row: TriageRow,
  context: { timeZone: string; bilateralOfItem: ReadonlyMap<string, string>; may: FixPermissions },
): FixLink[] {
  const { timeZone, bilateralOfItem, may } = context;
  const links: FixLink[] = [];
  const gap = coverageGapOf(row);
  if (gap && may.tasks) {
    const movement = gap.movementId ? row.movements.find((m) => m.id === gap.movementId) : undefined;
    const item = row.items[0];
    const subject = movement
      ? { value: `movement:${movement.id}`, label: movement.label, day: isoDayOf(movement.startsAt, timeZone) }
      : item && !gap.movementId
        ? { value: `item:${item.id}`, label: item.title, day: item.day }
        : undefined;
    if (subject) {
      links.push({
        href: `/tasks/new?day=${subject.day}&subject=${encodeURIComponent(subject.value)}&type=${gap.taskType}`,
        label: `Add ${TASK_TYPE_LABEL[gap.taskType].toLowerCase()} for ${subject.label}`,
      });
    }
  }
  if (may.movements) {
    for (const m of row.movements) {
      links.push({ href: `/movements/edit/${encodeURIComponent(m.id)}`, label: `${m.kind === "TRANSFER" ? "Shift" : "Edit"} ${m.label}` });
    }
  }
  if (may.bilaterals) {
    for (const item of row.items) {
      const request = bilateralOfItem.get(item.id);
      if (request) links.push({ href: `/bilaterals/${encodeURIComponent(request)}#finder-heading`, label: `Find another slot for ${item.title}` });
    }
  }
  if (may.timeline) {
    // The latest item first: of two clashing items, the later one is usually the one to move.
    for (const item of [...row.items].reverse()) links.push({ href: timelineHref(item), label: `Open ${item.title} on the timeline` });
  }
  return links;
}

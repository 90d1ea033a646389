// Where a planner goes to resolve a conflict, most direct first: the agency task to add for a
// coverage gap (the coverage matrix's "Add escort for …" link), the movement to shift when the
// conflict names one, the slot finder of a bilateral involved, else the item on the timeline at
// its time, highlighted. Pure: the page passes what it read and what the reader may do.
import { englishPhrase } from "@/lib/i18n";
import { phrase, type Phrase } from "@/lib/i18n/conflict-phrases";
import { isoDayOf } from "@/lib/time";
import { coverageGapOf } from "./facts";
import type { TriageRow } from "./filters";

/** `label` in English; `phrase` the same words for a page to render in the reader's language. */
export type FixLink = { href: string; label: string; phrase: Phrase };

const link = (href: string, said: Phrase): FixLink => ({ href, label: englishPhrase(said), phrase: said });

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
      ? { value: `movement:${movement.id}`, label: movement.labelPhrase as string | Phrase, day: isoDayOf(movement.startsAt, timeZone) }
      : item && !gap.movementId
        ? { value: `item:${item.id}`, label: item.title, day: item.day }
        : undefined;
    if (subject) {
      const href = `/tasks/items/new?day=${subject.day}&subject=${encodeURIComponent(subject.value)}&type=${gap.taskType}`;
      links.push(link(href, phrase("fixAddTask", { taskType: gap.taskType }, subject.label)));
    }
  }
  if (may.movements) {
    for (const m of row.movements) {
      links.push(link(`/movements/items/${encodeURIComponent(m.id)}/edit`, phrase(m.kind === "TRANSFER" ? "fixShift" : "fixEdit", m.labelPhrase)));
    }
  }
  if (may.bilaterals) {
    for (const item of row.items) {
      const request = bilateralOfItem.get(item.id);
      if (request) links.push(link(`/bilaterals/${encodeURIComponent(request)}#finder-heading`, phrase("fixFindSlot", item.title)));
    }
  }
  if (may.timeline) {
    // The latest item first: of two clashing items, the later one is usually the one to move.
    for (const item of [...row.items].reverse()) links.push(link(timelineHref(item), phrase("fixOnTimeline", item.title)));
  }
  return links;
}

// The audited history of a request in words, for the detail page. The audit entries' `after`
// holds the new status plus what the step was about (see mutations.ts and confirm.ts).
import { z } from "zod";
import { dictionary, formatInstantDay, type Lang } from "@/lib/i18n";
import { fillIn } from "@/lib/i18n/forms";
import { formatTime } from "@/lib/time";

const details = z
  .object({
    startsAt: z.coerce.date().optional(),
    endsAt: z.coerce.date().optional(),
    spaceName: z.string().nullish(),
    venueName: z.string().nullish(),
    delegationName: z.string().optional(),
    level: z.enum(["PRINCIPAL", "MINISTER"]).optional(),
    durationMinutes: z.number().optional(),
    parties: z.array(z.string()).optional(),
    itemCancelled: z.boolean().optional(),
  })
  .partial();

function slotText(d: z.infer<typeof details>, timeZone: string, lang: Lang): string {
  if (!d.startsAt || !d.endsAt) return "";
  const where = [d.spaceName, d.venueName].filter(Boolean).join(", ");
  return `${formatInstantDay(d.startsAt, timeZone, lang)} ${formatTime(d.startsAt, timeZone)}–${formatTime(d.endsAt, timeZone)}${where ? `, ${where}` : ""}`;
}

/** One history line, e.g. "Proposed Tue 24 Jun 2025 14:00–14:30, Bilateral Room 1, World Forum". */
export function describeHistoryEntry(entry: { action: string; after: unknown }, timeZone: string, lang: Lang = "en"): string {
  const parsed = details.safeParse(entry.after ?? {});
  const d = parsed.success ? parsed.data : {};
  const t = dictionary(lang).bilaterals;
  const w = t.log;
  // A step whose payload lost its slot is told without it ("Proposed").
  const withSlot = (phrase: string, bare: string) => {
    const slot = slotText(d, timeZone, lang);
    return slot ? fillIn(phrase, { slot }) : bare;
  };
  switch (entry.action) {
    case "request": {
      const level = d.level ? t.level[d.level].toLowerCase() : "";
      const parts = [d.parties?.join(" – "), level, d.durationMinutes ? fillIn(t.minutes, { n: d.durationMinutes }) : ""].filter(Boolean);
      return parts.length ? fillIn(w.requested, { details: parts.join(", ") }) : w.requestedPlain;
    }
    case "propose":
      return withSlot(w.proposed, w.proposedPlain);
    case "accept":
      return fillIn(w.accepted, { name: d.delegationName ?? w.someone });
    case "decline":
      return fillIn(w.declined, { name: d.delegationName ?? w.someone });
    case "confirm":
      return withSlot(w.confirmed, w.confirmedPlain);
    case "reschedule":
      return withSlot(w.moved, w.movedPlain);
    case "withdraw":
      return w.withdrawn;
    case "cancel":
      return d.itemCancelled ? w.cancelledWithItem : w.cancelled;
    default:
      return entry.action;
  }
}

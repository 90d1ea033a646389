// The audited history of a request in words, for the detail page. The audit entries' `after`
// holds the new status plus what the step was about (see mutations.ts and confirm.ts).
import { z } from "zod";
import { formatDay, formatTime } from "@/lib/time";
import { BILATERAL_LEVEL_LABEL } from "./labels";

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

function slotText(d: z.infer<typeof details>, timeZone: string): string {
  if (!d.startsAt || !d.endsAt) return "";
  const where = [d.spaceName, d.venueName].filter(Boolean).join(", ");
  return ` ${formatDay(d.startsAt, timeZone)} ${formatTime(d.startsAt, timeZone)}–${formatTime(d.endsAt, timeZone)}${where ? `, ${where}` : ""}`;
}

/** One history line, e.g. "Proposed Tue 24 Jun 2025 14:00–14:30, Bilateral Room 1, World Forum". */
export function describeHistoryEntry(entry: { action: string; after: unknown }, timeZone: string): string {
  const parsed = details.safeParse(entry.after ?? {});
  const d = parsed.success ? parsed.data : {};
  switch (entry.action) {
    case "request": {
      const level = d.level ? BILATERAL_LEVEL_LABEL[d.level].toLowerCase() : "";
      const parts = [d.parties?.join(" – "), level, d.durationMinutes ? `${d.durationMinutes} min` : ""].filter(Boolean);
      return `Requested${parts.length ? ` (${parts.join(", ")})` : ""}`;
    }
    case "propose":
      return `Proposed${slotText(d, timeZone)}`;
    case "accept":
      return `${d.delegationName ?? "A delegation"} accepted the proposed slot`;
    case "decline":
      return `${d.delegationName ?? "A delegation"} declined the proposed slot`;
    case "confirm":
      return `Confirmed${slotText(d, timeZone)}; added to the programme`;
    case "reschedule":
      return `Moved to${slotText(d, timeZone)} in the programme`;
    case "withdraw":
      return "Withdrawn";
    case "cancel":
      return d.itemCancelled ? "Cancelled; the programme item was cancelled too" : "Cancelled";
    default:
      return entry.action;
  }
}

import { z } from "zod";
import { text } from "@/lib/validation";

/** Acknowledge the changes shown, up to the newest one the reader saw. */
export const acknowledgeSchema = z.object({
  delegationId: text().min(1).max(64),
  seenUpTo: z.iso.datetime({ offset: true }).optional(),
});

export type AcknowledgeInput = z.infer<typeof acknowledgeSchema>;

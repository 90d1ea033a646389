import { z } from "zod";
import { text } from "@/lib/validation";

const id = text().min(1).max(64);
const hhmm = text()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, "Use HH:mm, e.g. 07:30.")
  .transform((v) => Number(v.slice(0, 2)) * 60 + Number(v.slice(3, 5)));

export const VENUE_KINDS = ["CONFERENCE", "PALACE", "AIRPORT", "HOTEL", "OTHER"] as const;

export const venueSchema = z.object({
  id: id.optional(),
  name: text().trim().min(1, "Enter a name.").max(120, "Use at most 120 characters."),
  kind: z.enum(VENUE_KINDS),
  address: text().trim().max(300, "Use at most 300 characters.").optional().transform((v) => v || null),
});
export type VenueInput = z.output<typeof venueSchema>;

export const spaceSchema = z
  .object({
    id: id.optional(),
    venueId: id,
    name: text().trim().min(1, "Enter a name.").max(120, "Use at most 120 characters."),
    capacity: z.coerce.number({ message: "Enter a number." }).int("Use a whole number.").min(1, "At least 1.").max(100_000, "At most 100,000."),
    securityZone: text().trim().max(40, "Use at most 40 characters.").optional().transform((v) => v || null),
    opens: z.union([z.literal("").transform(() => null), hhmm]).optional(),
    closes: z.union([z.literal("").transform(() => null), hhmm]).optional(),
  })
  .superRefine((v, ctx) => {
    const opens = v.opens ?? null;
    const closes = v.closes ?? null;
    if ((opens === null) !== (closes === null)) {
      ctx.addIssue({ code: "custom", path: [opens === null ? "opens" : "closes"], message: "Give both opening and closing time, or neither." });
    } else if (opens !== null && closes !== null && closes <= opens) {
      ctx.addIssue({ code: "custom", path: ["closes"], message: "Closing time must be after opening time." });
    }
  });
export type SpaceInput = z.output<typeof spaceSchema>;

export const travelMatrixSchema = z.object({
  entries: z
    .array(
      z.object({
        fromVenueId: id,
        toVenueId: id,
        // "" first: coercion would read an emptied cell as 0 minutes.
        minutes: z.union([z.literal("").transform(() => null), z.null(), z.coerce.number().int("Use whole minutes.").min(0, "At least 0.").max(24 * 60, "At most 24 hours.")]),
      }),
    )
    .max(10_000),
});
export type TravelMatrixInput = z.output<typeof travelMatrixSchema>;

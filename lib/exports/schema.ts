// Query parameters of the export routes. A malformed day or an unknown language is a 400;
// a well-formed id outside the reader's scope is a 404 from the scoped query.
import { z } from "zod";
import { id, text } from "@/lib/validation";
import { langSchema } from "@/lib/i18n";
import { isIsoDay } from "@/lib/time";
import { EXPORT_FORMATS } from "./types";

const day = text().refine(isIsoDay, "Use a day as YYYY-MM-DD.").optional();

export const programmeExportSchema = z.object({
  format: z.enum(EXPORT_FORMATS),
  lang: langSchema,
  day,
  venue: id.optional(),
});

export const itineraryExportSchema = z.object({
  format: z.enum(EXPORT_FORMATS),
  delegationId: id,
  lang: langSchema,
  day,
  member: id.optional(),
});

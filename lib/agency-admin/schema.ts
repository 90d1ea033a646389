// Agencies as administrators set them up: one schema per form, shared by the form (react-hook-form)
// and the server action, parsed once at the gate; the domain functions take the parsed values.
import { z } from "zod";
import { AgencyKind } from "@/lib/generated/prisma/enums";
import { adminEn } from "@/lib/i18n/agencies-users";
import { id, text } from "@/lib/validation";

export const AGENCY_KINDS = Object.values(AgencyKind) as [AgencyKind, ...AgencyKind[]];

/** The refusals in English; pages translate them for the reader (lib/i18n/agencies-users.ts). */
export const AGENCY_MESSAGES = adminEn.agencies.messages;

const agencyFields = {
  name: text().trim().min(1, AGENCY_MESSAGES.nameRequired).max(120, AGENCY_MESSAGES.nameTooLong),
  shortName: text().trim().min(1, AGENCY_MESSAGES.shortNameRequired).max(40, AGENCY_MESSAGES.shortNameTooLong),
  kind: z.enum(AGENCY_KINDS, { message: AGENCY_MESSAGES.kindRequired }),
};

/** A new agency of the given summit (the page's current summit, a hidden field). */
export const createAgencySchema = z.object({ summitId: id, ...agencyFields });
export type CreateAgencyInput = z.output<typeof createAgencySchema>;

export const updateAgencySchema = z.object({ id, ...agencyFields });
export type UpdateAgencyInput = z.output<typeof updateAgencySchema>;

/** Deactivate (`active: false`) or reactivate an agency. */
export const setAgencyActiveSchema = z.object({ id, active: z.boolean() });
export type SetAgencyActiveInput = z.output<typeof setAgencyActiveSchema>;

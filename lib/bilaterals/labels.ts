import type { BilateralLevel, BilateralStatus, PartyResponse } from "@/lib/generated/prisma/enums";
import { bilateralsEn } from "@/lib/i18n/bilaterals";

export const BILATERAL_STATUSES = [
  "REQUESTED",
  "PROPOSED",
  "ACCEPTED",
  "CONFIRMED",
  "DECLINED",
  "WITHDRAWN",
  "CANCELLED",
] as const satisfies readonly BilateralStatus[];

export const BILATERAL_LEVELS = ["PRINCIPAL", "MINISTER"] as const satisfies readonly BilateralLevel[];

// The domain's own (English) sentences use these; pages take the reader's words from the dictionary.
export const BILATERAL_STATUS_LABEL: Record<BilateralStatus, string> = bilateralsEn.status;

export const BILATERAL_LEVEL_LABEL: Record<BilateralLevel, string> = bilateralsEn.level;

export const PARTY_RESPONSE_LABEL: Record<PartyResponse, string> = bilateralsEn.response;

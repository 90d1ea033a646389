import type { BilateralLevel, BilateralStatus, PartyResponse } from "@/lib/generated/prisma/enums";

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

export const BILATERAL_STATUS_LABEL: Record<BilateralStatus, string> = {
  REQUESTED: "Requested",
  PROPOSED: "Slot proposed",
  ACCEPTED: "Accepted by all",
  CONFIRMED: "Confirmed",
  DECLINED: "Declined",
  WITHDRAWN: "Withdrawn",
  CANCELLED: "Cancelled",
};

export const BILATERAL_LEVEL_LABEL: Record<BilateralLevel, string> = {
  PRINCIPAL: "Principals",
  MINISTER: "Ministers",
};

export const PARTY_RESPONSE_LABEL: Record<PartyResponse, string> = {
  PENDING: "Awaiting answer",
  ACCEPTED: "Accepted",
  DECLINED: "Declined",
};

import type { ItemKind, ItemStatus, Visibility } from "@/lib/generated/prisma/enums";

export const ITEM_KIND_LABEL: Record<ItemKind, string> = {
  PLENARY: "Plenary",
  WORKING_DINNER: "Working dinner",
  ROYAL_DINNER: "Royal dinner",
  SIDE_EVENT: "Side event",
  SIDE_EVENT_SESSION: "Session",
  BILATERAL: "Bilateral",
  PRESS_MOMENT: "Press moment",
  TRANSFER: "Transfer",
};

export const ITEM_STATUS_LABEL: Record<ItemStatus, string> = {
  DRAFT: "Draft",
  CONFIRMED: "Confirmed",
  CANCELLED: "Cancelled",
};

export const VISIBILITY_LABEL: Record<Visibility, string> = {
  PUBLIC: "Public",
  ALL_DELEGATIONS: "All delegations",
  PARTICIPANTS: "Participants only",
  STAFF: "Staff only",
};

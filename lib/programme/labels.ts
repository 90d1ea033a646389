// Labels for the app's own pages: the English dictionary of the exports (lib/i18n), so a kind
// or status is called the same on screen and on paper.
import type { Visibility } from "@/lib/generated/prisma/enums";
import { en } from "@/lib/i18n/en";

export const ITEM_KIND_LABEL = en.itemKind;
export const ITEM_STATUS_LABEL = en.itemStatus;

export const VISIBILITY_LABEL: Record<Visibility, string> = {
  PUBLIC: "Public",
  ALL_DELEGATIONS: "All delegations",
  PARTICIPANTS: "Participants only",
  STAFF: "Staff only",
};

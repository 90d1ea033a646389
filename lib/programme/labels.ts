// Labels for the app's own pages: the English dictionary of the exports (lib/i18n), so a kind
// or status is called the same on screen and on paper.
import type { Visibility } from "@/lib/generated/prisma/enums";
import type { Dictionary } from "@/lib/i18n";
import type { ItemFormWords } from "@/lib/i18n/editors";
import { en } from "@/lib/i18n/en";

export const ITEM_KIND_LABEL = en.itemKind;
export const ITEM_STATUS_LABEL = en.itemStatus;

export const VISIBILITY_LABEL: Record<Visibility, string> = en.planning.visibility;

/** The item form's words in the reader's language (the form is a client component: plain strings). */
export function itemFormWords(t: Dictionary): ItemFormWords {
  return {
    common: t.editors.common,
    item: t.editors.item,
    preview: t.editors.preview,
    kinds: t.itemKind,
    statuses: t.itemStatus,
    visibility: t.planning.visibility,
    severity: t.planning.conflicts.severity,
  };
}

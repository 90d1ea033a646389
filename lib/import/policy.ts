// Who may import and erase: planners and administrators import spreadsheets ("data.import");
// erasing an archived summit's personal names is an administrator's job ("summits.manage"), as
// keeping summits is. Both by the role table (lib/auth/permissions.ts).
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";

/** Preview and apply a spreadsheet import. */
export const mayImport = (actor: Pick<Actor, "role">): boolean => can(actor, "data.import");

/** Erase the personal names of an archived summit's members. */
export const mayErasePersonalNames = (actor: Pick<Actor, "role">): boolean => can(actor, "summits.manage");

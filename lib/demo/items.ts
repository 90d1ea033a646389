// The shape of a demo programme item and the participant lists several items share.
import { ItemStatus, type ItemKind, type Visibility } from "@/lib/generated/prisma/enums";

import { DEMO_ALLIES } from "./delegations";
import { member, type MemberRef } from "./members";
import type { VenueKey } from "./venues";

export interface SpaceRef {
  venue: VenueKey;
  space: string;
}

export const inSpace = (venue: VenueKey, space: string): SpaceRef => ({ venue, space });

export interface DemoItem {
  key: string;
  kind: ItemKind;
  title: string;
  description?: string;
  /** Defaults to CONFIRMED. */
  status?: ItemStatus;
  visibility: Visibility;
  startsAt: Date;
  endsAt: Date;
  /**
   * null for the sessions of a side event: they take place in their parent's space, and giving
   * them that space too would double-book it (the database refuses overlapping confirmed items).
   */
  space: SpaceRef | null;
  organiser?: string;
  dressCode?: string;
  staffNotes?: string;
  /** Key of the side event a session belongs to. */
  parent?: string;
  /** Whole-delegation participations (the delegation's principal attends). */
  delegations?: readonly string[];
  /** Named members taking part. */
  members?: readonly MemberRef[];
}

export const DEFAULT_ITEM_STATUS = ItemStatus.CONFIRMED;

export const SECRETARY_GENERAL = member("NATO", "head");
export const DEPUTY_SECRETARY_GENERAL = member("NATO", "deputy");
export const HOST_PRIME_MINISTER = member("NL", "head");

export const ALLIED_HEADS: readonly MemberRef[] = DEMO_ALLIES.map((d) => member(d.code, "head"));
export const ALLIED_FOREIGN_MINISTERS: readonly MemberRef[] = DEMO_ALLIES.map((d) => member(d.code, "fm"));
export const ALLIED_DEFENCE_MINISTERS: readonly MemberRef[] = DEMO_ALLIES.map((d) => member(d.code, "dm"));

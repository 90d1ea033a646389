// Plain-data contract of the bilateral slot finder (findSlots / validateSlot).
import type { Phrase } from "@/lib/i18n/conflict-phrases";

export interface SlotRequest {
  /** Participants (members); every one of them must be free. */
  memberIds: readonly string[];
  /** Length of the meeting in whole minutes, 1 to 1440. */
  durationMinutes: number;
  /** The slot must lie inside [earliest, latest]. */
  earliest: Date;
  latest: Date;
  /** Only spaces of this venue. */
  venueId?: string;
  /** Seats needed; default: the number of participants. */
  minCapacity?: number;
  /** ISO days ("2025-06-24") in the summit time zone; slots starting on them rank first. */
  preferredDays?: readonly string[];
  /** Candidate starts lie on this summit-local wall-clock grid (default 5). */
  stepMinutes?: number;
  /** Best N slots (default 5). */
  limit?: number;
  /** Treat this item as not existing: re-checking a proposal, or moving an item. */
  ignoreItemId?: string;
}

export interface Slot {
  startsAt: Date;
  endsAt: Date;
  spaceId: string;
  venueId: string;
  /** Motorcade minutes of all participants: from their previous item and to their next one. */
  travelMinutes: number;
  /** The slot starts on one of the preferred days. */
  preferred: boolean;
}

export interface SlotSearchResult {
  /** Best first: preferred days, then least travel, then earliest start, then space name. */
  slots: Slot[];
  /** Why nothing fits, in words, with summit-local times; may be empty when slots were found. */
  explanation: string[];
  /** The same lines as phrases of the dictionary, for a page in the reader's language. */
  said: Phrase[];
}

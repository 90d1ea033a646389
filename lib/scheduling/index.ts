// Public API of the scheduling engine: pure functions over plain data, no I/O.
export { checkSummit, checkSummitOrdered, compareOrdered, conflictsForItem, conflictsInvolving, BUILT_IN_RULES, type CheckSummitOptions, type OrderedConflict } from "./check-summit";
export { buildEngineContext, placeAtEnd, placeAtStart, travelMinutes, venueOfItem } from "./context";
export { carriedMembers, movementTitle } from "./occupancy";
export { transferLinkRule } from "./rules/transfer-link";
export { compareItems, forEachOverlappingPair, itemsOverlap } from "./intervals";
export { involved, makeConflict, spoken, type ConflictFields } from "./make-conflict";
export { capacityRule } from "./rules/capacity";
export { delegationWindowRule } from "./rules/delegation-window";
export { memberOverlapRule } from "./rules/member-overlap";
export { missingCoverageConflict, type CoverageRequirement } from "./rules/missing-coverage";
export { openingHoursRule } from "./rules/opening-hours";
export { spaceOverlapRule } from "./rules/space-overlap";
export { travelTimeRule } from "./rules/travel-time";
export { arrivalSequenceRule, type ArrivalCheckData, type ArrivalCheckSequence, type ArrivalCheckSlot } from "./rules/arrival-sequence";
export {
  CONFLICT_TYPES,
  type Conflict,
  type ConflictRule,
  type ConflictSeverity,
  type ConflictType,
  type EngineContext,
  type DelegationStay,
  type ItemStatus,
  type MovementKind,
  type SummitMovement,
  type SummitDelegation,
  type SummitItem,
  type SummitMember,
  type SummitSnapshot,
  type SummitSpace,
  type SummitVenue,
  type TravelTime,
} from "./types";
export { previousItemIndexes } from "./previous-item";

// Bilateral slot finder: search (findSlots) and re-check at confirmation time (validateSlot).
export { findSlots } from "./slot-finder";
export { slotReasons, validateSlot } from "./validate-slot";
export type { Slot, SlotRequest, SlotSearchResult } from "./slot-types";
export { gridPointsIn, intersectIntervals, normalizeIntervals, subtractIntervals, type Interval } from "./free-intervals";

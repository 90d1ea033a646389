"use client";
// The one pending move of the timeline: its live conflict preview (debounced, latest answer
// wins) and saving it. After a save the pending ghost stays until the refreshed data arrives.
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import type { ConflictSummary, FollowerSummary, MoveAction, MoveRequest, PendingMove, PreviewAction, TimelineItemData } from "./types";

export type MoveStatus =
  | { state: "idle" }
  | { state: "checking" }
  | { state: "checked"; conflicts: ConflictSummary[]; followers: FollowerSummary[]; refusals: string[]; blocked: boolean }
  | { state: "saving" }
  | { state: "saved"; title: string; conflicts: ConflictSummary[] }
  | { state: "error"; message: string; canOverride?: boolean };

const MINUTE = 60_000;

export function useMove(options: {
  items: readonly TimelineItemData[];
  itemsById: ReadonlyMap<string, TimelineItemData>;
  dayStartMs: number;
  noSpaceLaneId: string;
  move: MoveAction;
  preview: PreviewAction;
}) {
  const { items, itemsById, dayStartMs, noSpaceLaneId, move, preview } = options;
  const router = useRouter();
  const [pending, setPending] = useState<PendingMove | null>(null);
  const [status, setStatus] = useState<MoveStatus>({ state: "idle" });
  const [awaitingRefresh, setAwaitingRefresh] = useState(false);
  const requestNo = useRef(0);

  const requestFor = useCallback(
    (p: PendingMove): MoveRequest | null => {
      const item = itemsById.get(p.id);
      if (!item) return null;
      return {
        id: p.id,
        version: item.version,
        startsAt: new Date(dayStartMs + p.startMinute * MINUTE),
        endsAt: new Date(dayStartMs + p.endMinute * MINUTE),
        // A session left in its event's lane keeps taking place wherever the event does.
        spaceId: p.laneId === noSpaceLaneId || (item.inheritsSpace && p.laneId === item.laneId) ? null : p.laneId,
      };
    },
    [itemsById, dayStartMs, noSpaceLaneId],
  );

  // Fresh data after a save: the item now stands where the ghost was.
  const [seenItems, setSeenItems] = useState(items);
  if (seenItems !== items) {
    setSeenItems(items);
    if (awaitingRefresh) {
      setAwaitingRefresh(false);
      setPending(null);
    }
  }

  useEffect(() => {
    if (!pending || awaitingRefresh) return;
    const request = requestFor(pending);
    if (!request) return;
    const mine = ++requestNo.current;
    const timer = setTimeout(async () => {
      setStatus({ state: "checking" });
      const result = await preview(request);
      if (mine !== requestNo.current) return;
      setStatus(result.ok ? { state: "checked", ...result.data } : { state: "error", message: result.error });
    }, 200);
    return () => clearTimeout(timer);
  }, [pending, awaitingRefresh, preview, requestFor]);

  const cancel = useCallback(() => {
    requestNo.current++;
    setPending(null);
    setStatus({ state: "idle" });
  }, []);

  const save = useCallback(async (overrideReason?: string) => {
    if (!pending || awaitingRefresh) return;
    const request = requestFor(pending);
    if (!request) return;
    const mine = ++requestNo.current;
    setStatus({ state: "saving" });
    const result = await move(overrideReason === undefined ? request : { ...request, overrideReason });
    if (mine !== requestNo.current) return;
    // A hard conflict stops Confirmed; the panel then offers to move it with a written reason.
    if (!result.ok) return setStatus({ state: "error", message: result.error, canOverride: result.fieldErrors?.overrideReason !== undefined });
    setStatus({ state: "saved", title: itemsById.get(pending.id)?.title ?? "", conflicts: result.data.conflicts });
    setAwaitingRefresh(true);
    router.refresh();
  }, [pending, awaitingRefresh, requestFor, move, itemsById, router]);

  const propose = useCallback((next: PendingMove) => {
    if (awaitingRefresh) return;
    requestNo.current++;
    setPending(next);
    setStatus({ state: "idle" });
  }, [awaitingRefresh]);

  return { pending, status, propose, save, cancel };
}

"use client";
// The venue timeline of one day: a lane per space grouped by venue, items as positioned divs.
// Move an item with the keyboard (focus it; arrows move by 5 minutes, Shift by 15, up/down to the
// neighbouring lane; Enter saves, Escape cancels) or by dragging (near an edge the timeline
// scrolls by itself); the move's conflicts are previewed before it is saved. Events are delegated
// here so the 500 items stay cheap.
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, type KeyboardEvent, type PointerEvent } from "react";
import { formatTime } from "@/lib/time";
import { LaneRow } from "./lane-row";
import { groupLanes, packRows, PX_PER_MINUTE, snap, stepMinutes, visibleRange } from "./layout";
import { MoveStatusPanel } from "./move-status";
import styles from "./timeline.module.css";
import type { MoveAction, PreviewAction, TimelineItemData, TimelineLaneData } from "./types";
import { useMove } from "./use-move";

type Props = {
  timeZone: string;
  dayStartMs: number;
  dayMinutes: number;
  lanes: readonly TimelineLaneData[];
  items: readonly TimelineItemData[];
  noSpaceLaneId: string;
  move: MoveAction;
  preview: PreviewAction;
  /** An item to scroll to and mark (the conflicts page links here with ?highlight=). */
  highlightId?: string;
};

type Drag = {
  id: string;
  pointerId: number;
  x: number;
  dragging: boolean;
  laneId: string;
  /** The scroller's scrollLeft when the drag began: scrolling while dragging moves the item too. */
  scrollLeft: number;
  /** The pointer's last position, for auto-scrolling while it rests near an edge. */
  clientX: number;
  clientY: number;
};

/** Near an edge (px) the timeline scrolls by itself while dragging, faster the closer the pointer. */
const EDGE = 48;
const MAX_SCROLL_PER_FRAME = 18;
const edgeSpeed = (distance: number) => (distance >= EDGE ? 0 : Math.ceil(((EDGE - Math.max(distance, 0)) / EDGE) * MAX_SCROLL_PER_FRAME));

export function Timeline({ timeZone, dayStartMs, dayMinutes, lanes, items, noSpaceLaneId, move, preview, highlightId }: Props) {
  const router = useRouter();
  const range = useMemo(() => visibleRange(items, dayMinutes), [items, dayMinutes]);
  const { rowOf, rowsOfLane } = useMemo(() => packRows(items), [items]);
  const groups = useMemo(() => groupLanes(lanes), [lanes]);
  const itemsById = useMemo(() => new Map(items.map((i) => [i.id, i])), [items]);
  const itemsOfLane = useMemo(() => {
    const map = new Map<string, TimelineItemData[]>();
    for (const item of items) {
      const list = map.get(item.laneId);
      if (list) list.push(item);
      else map.set(item.laneId, [item]);
    }
    return map;
  }, [items]);
  const laneById = useMemo(() => new Map(lanes.map((l, i) => [l.id, { lane: l, index: i }])), [lanes]);
  const { pending, status, propose, save, cancel } = useMove({ items, itemsById, dayStartMs, noSpaceLaneId, move, preview });
  const drag = useRef<Drag | null>(null);
  const scroller = useRef<HTMLDivElement>(null);

  // Bring the highlighted item into view once, sideways through the day and down to its lane.
  useEffect(() => {
    if (!highlightId) return;
    const el = scroller.current?.querySelector<HTMLElement>(`[data-item-id="${CSS.escape(highlightId)}"]`);
    el?.scrollIntoView?.({ block: "center", inline: "center" });
  }, [highlightId]);

  const time = useCallback((m: number) => formatTime(new Date(dayStartMs + m * 60_000), timeZone), [dayStartMs, timeZone]);
  const itemOf = (target: EventTarget) => {
    const id = (target as HTMLElement).closest<HTMLElement>("[data-item-id]")?.dataset.itemId;
    return id ? itemsById.get(id) : undefined;
  };
  const unchanged = (item: TimelineItemData) =>
    !pending || (pending.startMinute === item.startMinute && pending.laneId === item.laneId);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const item = itemOf(event.target);
    if (!item) return;
    const current = pending?.id === item.id ? pending : { id: item.id, startMinute: item.startMinute, endMinute: item.endMinute, laneId: item.laneId };
    const shiftBy = (minutes: number) => {
      const length = current.endMinute - current.startMinute;
      const start = Math.min(Math.max(current.startMinute + minutes, 0), dayMinutes - Math.min(length, dayMinutes));
      propose({ ...current, startMinute: start, endMinute: start + length });
    };
    const laneStep = (step: number) => {
      const next = lanes[(laneById.get(current.laneId)?.index ?? 0) + step];
      if (next) propose({ ...current, laneId: next.id });
    };
    switch (event.key) {
      case "ArrowLeft": shiftBy(-stepMinutes(event.shiftKey)); break;
      case "ArrowRight": shiftBy(stepMinutes(event.shiftKey)); break;
      case "ArrowUp": laneStep(-1); break;
      case "ArrowDown": laneStep(1); break;
      case "Escape": cancel(); break;
      case "Enter":
        if (pending?.id === item.id && !unchanged(item)) void save();
        else {
          cancel();
          router.push(`/programme/items/${item.id}/edit`);
        }
        break;
      default: return;
    }
    event.preventDefault();
  }

  function onPointerDown(event: PointerEvent<HTMLDivElement>) {
    const item = itemOf(event.target);
    if (!item || event.button !== 0) return;
    (event.target as HTMLElement).closest<HTMLElement>("[data-item-id]")?.setPointerCapture(event.pointerId);
    drag.current = {
      id: item.id,
      pointerId: event.pointerId,
      x: event.clientX,
      dragging: false,
      laneId: item.laneId,
      scrollLeft: scroller.current?.scrollLeft ?? 0,
      clientX: event.clientX,
      clientY: event.clientY,
    };
    autoScroll();
  }

  /** Where the dragged item would go with the pointer at (clientX, clientY). */
  function dragTo(d: Drag, clientX: number, clientY: number) {
    const item = itemsById.get(d.id);
    if (!item) return;
    d.clientX = clientX;
    d.clientY = clientY;
    const dx = clientX - d.x + (scroller.current?.scrollLeft ?? 0) - d.scrollLeft;
    const laneId = laneAt(clientX, clientY) ?? d.laneId;
    if (!d.dragging && Math.abs(dx) < 5 && laneId === item.laneId) return;
    d.dragging = true;
    d.laneId = laneId;
    const length = item.endMinute - item.startMinute;
    const start = Math.min(Math.max(item.startMinute + snap(dx / PX_PER_MINUTE), 0), dayMinutes - Math.min(length, dayMinutes));
    if (pending?.id !== item.id || pending.startMinute !== start || pending.laneId !== laneId) {
      propose({ id: item.id, startMinute: start, endMinute: start + length, laneId });
    }
  }
  const dragToRef = useRef(dragTo);
  useEffect(() => {
    dragToRef.current = dragTo;
  });

  function onPointerMove(event: PointerEvent<HTMLDivElement>) {
    const d = drag.current;
    if (!d || d.pointerId !== event.pointerId) return;
    dragTo(d, event.clientX, event.clientY);
  }

  // While an item is dragged with the pointer near an edge of the timeline or of the window, scroll
  // (sideways through the day, up and down through the lanes) and keep the item under the pointer.
  const scrolling = useRef(false);
  const autoScroll = useCallback(() => {
    if (scrolling.current) return;
    scrolling.current = true;
    const tick = () => {
      const d = drag.current;
      const box = scroller.current;
      if (!d || !box) {
        scrolling.current = false;
        return;
      }
      if (d.dragging) {
        const rect = box.getBoundingClientRect();
        const dx = edgeSpeed(rect.right - d.clientX) - edgeSpeed(d.clientX - rect.left);
        const dy = edgeSpeed(window.innerHeight - d.clientY) - edgeSpeed(d.clientY);
        const before = { left: box.scrollLeft, top: window.scrollY };
        if (dx) box.scrollLeft += dx;
        if (dy) window.scrollBy(0, dy);
        if (box.scrollLeft !== before.left || window.scrollY !== before.top) dragToRef.current(d, d.clientX, d.clientY);
      }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }, []);

  function onPointerUp(event: PointerEvent<HTMLDivElement>) {
    const d = drag.current;
    drag.current = null;
    if (!d || d.pointerId !== event.pointerId) return;
    if (!d.dragging) router.push(`/programme/items/${d.id}/edit`);
    else (event.target as HTMLElement).closest<HTMLElement>("[data-item-id]")?.focus();
  }

  const pendingItem = pending ? itemsById.get(pending.id) : undefined;
  const description =
    pending && pendingItem
      ? `Move ${pendingItem.title} to ${time(pending.startMinute)}–${time(pending.endMinute)}, ${laneById.get(pending.laneId)?.lane.name ?? "no space"}.`
      : null;
  const hours = [];
  for (let m = range.start; m < range.end; m += 60) hours.push(m);

  return (
    <>
      <div ref={scroller} role="region" aria-label="Timeline" className={styles.scroller} onKeyDown={onKeyDown} onPointerDown={onPointerDown} onPointerMove={onPointerMove} onPointerUp={onPointerUp} onPointerCancel={() => (drag.current = null)}>
        <div className={styles.ruler} aria-hidden="true">
          <div className={styles.corner}>Space</div>
          <div className={styles.hours} style={{ width: (range.end - range.start) * PX_PER_MINUTE }}>
            {hours.map((m) => (
              <span key={m} className={styles.hour} style={{ left: (m - range.start) * PX_PER_MINUTE }}>{time(m)}</span>
            ))}
          </div>
        </div>
        {groups.map((group) => (
          <section key={group.venueName} aria-label={group.venueName}>
            <div className={styles.venue}><h2 className={styles.venueLabel}>{group.venueName}</h2></div>
            {group.lanes.map((lane) => (
              <LaneRow
                key={lane.id}
                lane={lane}
                items={itemsOfLane.get(lane.id) ?? EMPTY}
                rows={rowsOfLane.get(lane.id) ?? 1}
                rowOf={rowOf}
                range={range}
                dayStartMs={dayStartMs}
                timeZone={timeZone}
                movingId={pending && pendingItem?.laneId === lane.id ? pending.id : null}
                highlightId={highlightId}
                ghost={pending && pendingItem && pending.laneId === lane.id ? { ...pending, title: pendingItem.title } : null}
              />
            ))}
          </section>
        ))}
      </div>
      {/* After the lanes and sticky at the bottom, so its changing height never shifts them mid-drag. */}
      <MoveStatusPanel description={description} status={status} onSave={(reason) => void save(reason)} onCancel={cancel} />
    </>
  );
}

const EMPTY: readonly TimelineItemData[] = [];

function laneAt(clientX: number, clientY: number): string | undefined {
  const el = document.elementFromPoint(clientX, clientY) as HTMLElement | null;
  return el?.closest<HTMLElement>("[data-lane-id]")?.dataset.laneId;
}

"use client";
// The venue timeline of one day: a grid with a row per space (grouped by venue) and items as
// positioned cells, in its own scrolling box with the space column and the hour axis sticky.
//
// Keyboard: the grid is one tab stop (roving focus). Arrows go from item to item, Home/End to the
// first/last of a space (with Ctrl of the grid); Enter opens the item; M or Space picks it up, then
// arrows move it by 5 minutes (Shift 15) or to the neighbouring space, Enter saves, Escape cancels;
// + and − zoom, 0 shows the whole day. Pointer: a click selects, a double click opens, a drag moves
// (near an edge the timeline scrolls by itself). A move's conflicts are previewed before it is
// saved. Events are delegated here so the 500 items stay cheap.
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type CSSProperties, type FocusEvent, type KeyboardEvent, type MouseEvent, type PointerEvent } from "react";
import { Turns } from "@/components/ui/turns";
import { timelineText, type TimelineZoomId } from "@/lib/i18n/timeline";
import { formatTime } from "@/lib/time";
import { LaneRow } from "./lane-row";
import { FIT_MIN_PX_PER_MINUTE, groupLanes, packRows, percentOf, snap, stepMinutes, ticks, visibleRange, zoomLevel, ZOOMS, zoomStep } from "./layout";
import { MoveStatusPanel } from "./move-status";
import { Paced } from "./paced";
import { firstItem, navIndex, nextItem, type NavKey } from "./roving";
import { GRID_ID } from "./skip-link";
import { itemLabel } from "./timeline-item";
import styles from "./timeline.module.css";
import type { MoveAction, PreviewAction, TimelineItemData, TimelineLaneData } from "./types";
import { useMove } from "./use-move";

type Props = {
  lang: "en" | "nl";
  timeZone: string;
  /** The day's name, for the grid's label ("Tue 24 Jun 2025"). */
  dayLabel: string;
  dayStartMs: number;
  dayMinutes: number;
  /** The summit's programme hours as minutes of this day (the same hours every day), if it has items. */
  span: { start: number; end: number } | null;
  lanes: readonly TimelineLaneData[];
  items: readonly TimelineItemData[];
  noSpaceLaneId: string;
  move: MoveAction;
  preview: PreviewAction;
  /** An item to scroll to and mark (the conflicts page links here with ?highlight=). */
  highlightId?: string;
  zoom: TimelineZoomId;
  /** The clock (from the server, so it can be set for a test); the now line is drawn on its day. */
  nowMs: number;
};

type Drag = {
  id: string;
  pointerId: number;
  x: number;
  dragging: boolean;
  laneId: string;
  /** Pixels a minute of the track when the drag began (the zoom's scale). */
  pxPerMinute: number;
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
const ARROWS: Record<string, NavKey> = { ArrowLeft: "ArrowLeft", ArrowRight: "ArrowRight", ArrowUp: "ArrowUp", ArrowDown: "ArrowDown", Home: "Home", End: "End" };
/** Room kept between the focused item and the sticky panel below the timeline. */
const PANEL_GAP = 8;

export function Timeline({ lang, timeZone, dayLabel, dayStartMs, dayMinutes, span, lanes, items, noSpaceLaneId, move, preview, highlightId, zoom: initialZoom, nowMs: serverNow }: Props) {
  const text = timelineText[lang];
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const range = useMemo(() => visibleRange(items, dayMinutes, span), [items, dayMinutes, span]);
  const { rowOf, rowsOfLane } = useMemo(() => packRows(items), [items]);
  // The lane of items without a space speaks the reader's language.
  const shownLanes = useMemo(
    () => lanes.map((l) => (l.id === noSpaceLaneId ? { ...l, name: text.noSpaceLane, venueName: text.noSpaceVenue } : l)),
    [lanes, noSpaceLaneId, text],
  );
  const groups = useMemo(() => groupLanes(shownLanes), [shownLanes]);
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
  const laneById = useMemo(() => new Map(shownLanes.map((l, i) => [l.id, { lane: l, index: i }])), [shownLanes]);
  // On the server, a long day's lanes render over several turns of the event loop, so one request
  // does not hold it for the whole grid; the same HTML as in one piece. The browser renders at once.
  const [laneTurns] = useState(() => (typeof window === "undefined" ? laneTurnsOf(groups, itemsOfLane) : null));
  const nav = useMemo(() => navIndex(lanes.map((l) => l.id), items), [lanes, items]);
  const { pending, status, propose, save, cancel } = useMove({ items, itemsById, dayStartMs, noSpaceLaneId, move, preview });
  const drag = useRef<Drag | null>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const grid = useRef<HTMLDivElement>(null);
  const wrapper = useRef<HTMLDivElement>(null);

  // The grid's one tab stop, the selected item (shown in the panel) and the item picked up to move.
  const [activeId, setActiveId] = useState<string | null>(highlightId ?? null);
  const [selectedId, setSelectedId] = useState<string | null>(highlightId ?? null);
  const [pickedUp, setPickedUp] = useState<string | null>(null);
  const active = activeId && itemsById.has(activeId) ? activeId : firstItem(nav);
  const selected = selectedId && itemsById.has(selectedId) ? selectedId : null;

  // Zoom: kept in the URL (?zoom=), so a reload, a shared link and the day links keep it.
  const [zoom, setZoomState] = useState<TimelineZoomId>(initialZoom);
  const level = zoomLevel(zoom);
  const zoomAnchor = useRef<number | null>(null);

  // The clock ticks on from the server's "now", so an injected time stays consistent while shown.
  const [nowMs, setNowMs] = useState(serverNow);
  const [seenNow, setSeenNow] = useState(serverNow);
  if (seenNow !== serverNow) {
    setSeenNow(serverNow);
    setNowMs(serverNow);
  }
  useEffect(() => {
    const began = Date.now();
    const timer = setInterval(() => setNowMs(serverNow + Date.now() - began), 30_000);
    return () => clearInterval(timer);
  }, [serverNow]);
  const nowMinute = (nowMs - dayStartMs) / 60_000;
  const showNow = nowMinute >= 0 && nowMinute < dayMinutes && nowMinute >= range.start && nowMinute <= range.end;

  const time = useCallback((m: number) => formatTime(new Date(dayStartMs + m * 60_000), timeZone), [dayStartMs, timeZone]);

  /** Scrolls an item into view: inside the box past the sticky axis and space column (the box's
   *  scroll-padding), and in the window above the sticky panel. */
  const reveal = useCallback((el: HTMLElement) => {
    el.scrollIntoView?.({ block: "nearest", inline: "nearest" });
    const panel = wrapper.current?.querySelector<HTMLElement>("[data-timeline-panel]");
    if (!panel) return;
    const box = el.getBoundingClientRect();
    const covered = box.bottom - (panel.getBoundingClientRect().top - PANEL_GAP);
    if (covered > 0 && box.top - covered >= 0) window.scrollBy(0, covered);
  }, []);

  // An item to bring into view once the render it caused is laid out: selecting changes the
  // panel, whose height changes the box's.
  const toReveal = useRef<string | null>(null);
  const measure = useRef<() => void>(() => {});
  const focusItem = useCallback(
    (id: string) => {
      setActiveId(id);
      setSelectedId(id);
      const el = grid.current?.querySelector<HTMLElement>(`[data-item-id="${CSS.escape(id)}"]`);
      if (!el) return;
      el.focus({ preventScroll: true });
      reveal(el);
      toReveal.current = id;
    },
    [reveal],
  );
  useLayoutEffect(() => {
    const id = toReveal.current;
    if (!id) return;
    toReveal.current = null;
    measure.current();
    const el = grid.current?.querySelector<HTMLElement>(`[data-item-id="${CSS.escape(id)}"]`);
    if (el) reveal(el);
  });

  // Bring the highlighted item into view once, sideways through the day and down to its lane.
  useEffect(() => {
    if (!highlightId) return;
    const el = grid.current?.querySelector<HTMLElement>(`[data-item-id="${CSS.escape(highlightId)}"]`);
    el?.scrollIntoView?.({ block: "center", inline: "center" });
  }, [highlightId]);

  // The box fills the window below its top, leaving room for the panel: its sideways scrollbar is
  // on screen without scrolling the page.
  useLayoutEffect(() => {
    const outer = wrapper.current;
    const box = scroller.current;
    const panel = outer?.querySelector<HTMLElement>("[data-timeline-panel]");
    if (!outer || !box || !panel) return;
    const update = () => {
      outer.style.setProperty("--timeline-top", `${box.getBoundingClientRect().top + window.scrollY}px`);
      outer.style.setProperty("--panel-h", `${panel.offsetHeight}px`);
    };
    measure.current = update;
    update();
    const observer = new ResizeObserver(update);
    observer.observe(panel);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, []);

  // A moved item comes back in fresh data (perhaps in another lane): keep the keyboard on it.
  const refocus = useRef<string | null>(null);
  useEffect(() => {
    const id = refocus.current;
    if (!id || pending) return;
    refocus.current = null;
    const el = grid.current?.querySelector<HTMLElement>(`[data-item-id="${CSS.escape(id)}"]`);
    if (el && document.activeElement !== el && (document.activeElement === document.body || !document.activeElement)) {
      el.focus({ preventScroll: true });
      reveal(el);
    }
  }, [items, pending, reveal]);

  const setZoom = useCallback(
    (next: TimelineZoomId) => {
      if (next === zoom) return;
      const box = scroller.current;
      const g = grid.current;
      if (box && g) {
        // Keep the focused item, else the middle of what is shown, where it is on screen.
        const labelWidth = g.querySelector<HTMLElement>("[role=rowheader]")?.offsetWidth ?? 0;
        const perMinute = (g.offsetWidth - labelWidth) / (range.end - range.start);
        const focused = document.activeElement instanceof HTMLElement && g.contains(document.activeElement) ? itemsById.get(document.activeElement.dataset.itemId ?? "") : undefined;
        zoomAnchor.current = focused
          ? (focused.startMinute + focused.endMinute) / 2
          : range.start + (box.scrollLeft + (box.clientWidth - labelWidth) / 2) / perMinute;
      }
      setZoomState(next);
      const params = new URLSearchParams(searchParams.toString());
      params.set("zoom", next);
      router.replace(`${pathname}?${params.toString()}`, { scroll: false });
    },
    [zoom, range, itemsById, searchParams, pathname, router],
  );
  useLayoutEffect(() => {
    const anchor = zoomAnchor.current;
    const box = scroller.current;
    const g = grid.current;
    if (anchor === null || !box || !g) return;
    zoomAnchor.current = null;
    const labelWidth = g.querySelector<HTMLElement>("[role=rowheader]")?.offsetWidth ?? 0;
    const perMinute = (g.offsetWidth - labelWidth) / (range.end - range.start);
    box.scrollLeft = (anchor - range.start) * perMinute - (box.clientWidth - labelWidth) / 2;
  }, [zoom, range]);

  const itemOf = (target: EventTarget) => {
    const id = (target as HTMLElement).closest<HTMLElement>("[data-item-id]")?.dataset.itemId;
    return id ? itemsById.get(id) : undefined;
  };
  const unchanged = (item: TimelineItemData) =>
    !pending || (pending.startMinute === item.startMinute && pending.laneId === item.laneId);
  const openItem = (id: string) => {
    cancel();
    setPickedUp(null);
    router.push(`/programme/items/${id}/edit`);
  };
  const pickUp = (id: string) => {
    setPickedUp(id);
    focusItem(id);
  };
  const drop = () => {
    cancel();
    setPickedUp(null);
  };

  function onZoomKey(event: KeyboardEvent<HTMLElement>): boolean {
    if (event.ctrlKey || event.metaKey || event.altKey) return false;
    if (event.key === "+" || event.key === "=") setZoom(zoomStep(zoom, 1));
    else if (event.key === "-" || event.key === "_") setZoom(zoomStep(zoom, -1));
    else if (event.key === "0") setZoom("day");
    else return false;
    event.preventDefault();
    return true;
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const item = itemOf(event.target);
    if (!item) return;
    if (onZoomKey(event)) return;
    if (pickedUp === item.id || pending?.id === item.id) {
      // Move mode: the keys move the picked-up item.
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
        case "Escape": drop(); break;
        case "Enter":
          if (pending?.id === item.id && !unchanged(item)) {
            refocus.current = item.id;
            setPickedUp(null);
            void save();
          } else drop();
          break;
        case " ": break;
        default: return;
      }
      event.preventDefault();
      return;
    }
    const navKey = ARROWS[event.key];
    if (navKey) {
      const to = nextItem(nav, item.id, event.ctrlKey && navKey === "Home" ? "FirstOfGrid" : event.ctrlKey && navKey === "End" ? "LastOfGrid" : navKey);
      if (to) focusItem(to);
      else setSelectedId(item.id);
      event.preventDefault();
      return;
    }
    switch (event.key) {
      case "Enter": openItem(item.id); break;
      case " ":
      case "m":
      case "M": pickUp(item.id); break;
      case "Escape": if (pending) drop(); else return; break;
      default: return;
    }
    event.preventDefault();
  }

  function onFocus(event: FocusEvent<HTMLDivElement>) {
    const item = itemOf(event.target);
    if (!item) return;
    setActiveId(item.id);
    setSelectedId(item.id);
    reveal(event.target as HTMLElement);
    toReveal.current = item.id;
  }

  function onPointerDown(event: PointerEvent<HTMLDivElement>) {
    const item = itemOf(event.target);
    if (!item || event.button !== 0) return;
    const el = (event.target as HTMLElement).closest<HTMLElement>("[data-item-id]");
    el?.setPointerCapture(event.pointerId);
    const trackWidth = el?.parentElement?.getBoundingClientRect().width ?? 0;
    drag.current = {
      id: item.id,
      pointerId: event.pointerId,
      x: event.clientX,
      dragging: false,
      laneId: item.laneId,
      pxPerMinute: trackWidth > 0 ? trackWidth / (range.end - range.start) : 1,
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
    const start = Math.min(Math.max(item.startMinute + snap(dx / d.pxPerMinute), 0), dayMinutes - Math.min(length, dayMinutes));
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
        const dyBox = edgeSpeed(rect.bottom - d.clientY) - edgeSpeed(d.clientY - rect.top);
        const dy = edgeSpeed(window.innerHeight - d.clientY) - edgeSpeed(d.clientY);
        const before = { left: box.scrollLeft, top: box.scrollTop, page: window.scrollY };
        if (dx) box.scrollLeft += dx;
        if (dyBox) box.scrollTop += dyBox;
        if (dy) window.scrollBy(0, dy);
        if (box.scrollLeft !== before.left || box.scrollTop !== before.top || window.scrollY !== before.page) dragToRef.current(d, d.clientX, d.clientY);
      }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }, []);

  function onPointerUp(event: PointerEvent<HTMLDivElement>) {
    const d = drag.current;
    drag.current = null;
    if (!d || d.pointerId !== event.pointerId) return;
    // A click selects the item (a double click opens it); after a drag the keys go on moving it.
    if (d.dragging) setPickedUp(d.id);
    focusItem(d.id);
  }

  function onDoubleClick(event: MouseEvent<HTMLDivElement>) {
    const item = itemOf(event.target);
    if (item) openItem(item.id);
  }

  const pendingItem = pending ? itemsById.get(pending.id) : undefined;
  const pendingLane = pending ? laneById.get(pending.laneId)?.lane : undefined;
  const description =
    pending && pendingItem
      ? text.panel.description(pendingItem.title, `${time(pending.startMinute)}–${time(pending.endMinute)}`, pendingLane ? (pendingLane.id === noSpaceLaneId ? text.panel.noSpace : pendingLane.name) : text.panel.noSpace)
      : null;
  const selectedItem = selected ? itemsById.get(selected) : undefined;
  const selectedLane = selectedItem ? laneById.get(selectedItem.laneId)?.lane : undefined;
  const selectedSummary = selectedItem
    ? {
        id: selectedItem.id,
        label: itemLabel(selectedItem, selectedLane ? laneName(selectedLane) : text.noSpaceLane, `${time(selectedItem.startMinute)}–${time(selectedItem.endMinute)}`, text),
        conflictMessages: selectedItem.conflictMessages,
        editHref: `/programme/items/${selectedItem.id}/edit`,
      }
    : null;
  const minutes = range.end - range.start;
  const activeLane = active ? itemsById.get(active)?.laneId : undefined;
  const selectedLaneId = selectedItem?.laneId;
  const gridStyle: CSSProperties & Record<"--tick-size", string> = {
    "--tick-size": `${(100 * level.tick) / minutes}%`,
    ...(level.pxPerMinute === null
      ? { width: "100%", minWidth: `calc(var(--label-w) + ${Math.ceil(minutes * FIT_MIN_PX_PER_MINUTE)}px)` }
      : { width: `calc(var(--label-w) + ${minutes * level.pxPerMinute}px)` }),
  };

  return (
    <div ref={wrapper} className={styles.timeline}>
      <div className={`${styles.toolbar} no-print`}>
        <div role="group" aria-label={text.zoom.label} className={styles.zoom} onKeyDown={(e) => void onZoomKey(e)}>
          <button type="button" className="button button--secondary" onClick={() => setZoom(zoomStep(zoom, -1))} disabled={zoom === ZOOMS[0].id} aria-keyshortcuts="-">
            <span aria-hidden="true">−</span>
            <span className={styles.srOnly}>{text.zoom.zoomOut}</span>
          </button>
          {ZOOMS.map((z) => (
            <button key={z.id} type="button" className={`button button--secondary ${styles.zoomLevel}`} aria-pressed={zoom === z.id} onClick={() => setZoom(z.id)}>
              {text.zoom.levels[z.id]}
            </button>
          ))}
          <button type="button" className="button button--secondary" onClick={() => setZoom(zoomStep(zoom, 1))} disabled={zoom === ZOOMS[ZOOMS.length - 1].id} aria-keyshortcuts="+">
            <span aria-hidden="true">+</span>
            <span className={styles.srOnly}>{text.zoom.zoomIn}</span>
          </button>
        </div>
        <details className={styles.keys}>
          <summary>{text.keys.summary}</summary>
          <ul id="timeline-keys">
            <li>{text.keys.browse}</li>
            <li>{text.keys.open}</li>
            <li>{text.keys.move}</li>
            <li>{text.keys.zoom}</li>
          </ul>
        </details>
      </div>
      <div
        ref={scroller}
        role="region"
        aria-label={text.region}
        className={styles.scroller}
        data-zoom={zoom}
        onKeyDown={onKeyDown}
        onFocus={onFocus}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={() => (drag.current = null)}
        onDoubleClick={onDoubleClick}
      >
        <div ref={grid} id={GRID_ID} role="grid" aria-label={text.grid(dayLabel)} aria-describedby="timeline-keys" className={styles.grid} style={gridStyle} data-timeline-grid="">
          <div className={styles.ruler} aria-hidden="true">
            <div className={styles.corner}>{text.corner}</div>
            <div className={styles.hours}>
              {ticks(range, level.tick).map((m) => (
                <span key={m} className={m % 60 === 0 ? styles.hour : `${styles.hour} ${styles.minorHour}`} style={{ left: `${percentOf(m, range)}%` }}>{time(m)}</span>
              ))}
              {showNow ? (
                <span className={styles.nowTag} style={{ left: `${percentOf(nowMinute, range)}%` }}>{text.now(time(Math.floor(nowMinute)))}</span>
              ) : null}
            </div>
          </div>
          {groups.map((group) => (
            <div key={group.venueName} role="rowgroup" aria-label={group.venueName}>
              <div className={styles.venue} role="row">
                <div className={styles.venueLabel} role="rowheader">
                  <h2>{group.venueName}</h2>
                </div>
              </div>
              {group.lanes.map((lane) => (
                <Paced key={lane.id} turn={laneTurns?.get(lane.id) ?? null}>
                  <LaneRow
                    lane={lane}
                    laneName={laneName(lane)}
                    items={itemsOfLane.get(lane.id) ?? EMPTY}
                    rows={rowsOfLane.get(lane.id) ?? 1}
                    rowOf={rowOf}
                    range={range}
                    dayStartMs={dayStartMs}
                    timeZone={timeZone}
                    movingId={pending && pendingItem?.laneId === lane.id ? pending.id : null}
                    activeId={activeLane === lane.id ? active : null}
                    selectedId={selectedLaneId === lane.id ? selected : null}
                    highlightId={highlightId}
                    ghost={pending && pendingItem && pending.laneId === lane.id ? { ...pending, title: pendingItem.title } : null}
                    text={text}
                  />
                </Paced>
              ))}
            </div>
          ))}
          {showNow ? (
            <div className={styles.nowLine} style={{ "--at": percentOf(nowMinute, range) / 100 } as CSSProperties} data-now-line="" aria-hidden="true" />
          ) : null}
        </div>
      </div>
      {/* After the lanes and sticky at the bottom, so its changing height never shifts them mid-drag. */}
      <MoveStatusPanel
        description={description}
        status={status}
        selected={selectedSummary}
        pickedUp={pickedUp !== null && pickedUp === selected}
        onSave={(reason) => {
          if (pending) refocus.current = pending.id;
          setPickedUp(null);
          void save(reason);
        }}
        onCancel={drop}
        onPickUp={() => selected && pickUp(selected)}
        text={text}
      />
    </div>
  );
}

const EMPTY: readonly TimelineItemData[] = [];

/** Each lane's turn of the server render, weighed by its items (components/ui/turns.ts). */
function laneTurnsOf(groups: readonly { lanes: readonly TimelineLaneData[] }[], itemsOfLane: ReadonlyMap<string, readonly TimelineItemData[]>): Map<string, Promise<void> | null> {
  const turns = new Turns();
  return new Map(groups.flatMap((g) => g.lanes).map((lane) => [lane.id, turns.take(1 + (itemsOfLane.get(lane.id)?.length ?? 0))]));
}

/** "Forum Hall, World Forum": a space and its venue (once, when they are named alike). */
function laneName(lane: TimelineLaneData): string {
  return lane.venueName === lane.name ? lane.name : `${lane.name}, ${lane.venueName}`;
}

function laneAt(clientX: number, clientY: number): string | undefined {
  const el = document.elementFromPoint(clientX, clientY) as HTMLElement | null;
  return el?.closest<HTMLElement>("[data-lane-id]")?.dataset.laneId;
}

"use client";
// "Skip to the timeline": the first stop of the timeline page, so the grid is two Tab presses from
// the top. It focuses the grid's current item (its one tab stop), not just the region.
import styles from "./timeline.module.css";

export const GRID_ID = "timeline-grid";

export function TimelineSkipLink({ label }: { label: string }) {
  return (
    <a
      href={`#${GRID_ID}`}
      className={styles.skip}
      onClick={(event) => {
        const item = document.getElementById(GRID_ID)?.querySelector<HTMLElement>('[tabindex="0"]');
        if (!item) return;
        event.preventDefault();
        item.focus();
      }}
    >
      {label}
    </a>
  );
}

"use client";
import styles from "./itinerary.module.css";

export function PrintButton({ label }: { label: string }) {
  return (
    <span className={styles.links}>
      <button type="button" onClick={() => window.print()}>
        {label}
      </button>
    </span>
  );
}

"use client";
import { use, type ReactNode } from "react";

/**
 * Its children, once `turn` has come: the server render's turn of the event loop for them
 * (components/ui/turns.ts). Null in the browser, which renders them at once.
 */
export function Paced({ turn, children }: { turn: Promise<void> | null; children: ReactNode }) {
  if (turn) use(turn);
  return children;
}

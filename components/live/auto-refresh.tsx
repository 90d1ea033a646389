"use client";
// Reloads the page's server data every `seconds` (router.refresh keeps scroll and focus), until
// live push exists. Paused while the tab is hidden: a wall screen in another tab need not poll.
import { useRouter } from "next/navigation";
import { useEffect } from "react";

export function AutoRefresh({ seconds }: { seconds: number }) {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => {
      if (document.visibilityState === "visible") router.refresh();
    }, seconds * 1000);
    return () => clearInterval(timer);
  }, [router, seconds]);
  return null;
}

"use client";

import { useEffect } from "react";

/**
 * Marks the document once React has hydrated the page: `<html data-hydrated="true">`. It sits last
 * in the body, and effects run after those of everything rendered before it, so by then every
 * control on the page answers to events. Browser tests wait for it before they type into a form
 * (a field filled before hydration can be reset by the form's registration).
 */
export function HydrationMark() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = "true";
  }, []);
  return null;
}

// The demo summit itself: the NATO summit in The Hague, 24–25 June 2025.
import { DEMO_TIME_ZONE, dateColumn } from "./time";

export const DEMO_SUMMIT_SLUG = "nato-2025-the-hague";

export const DEMO_SUMMIT = {
  slug: DEMO_SUMMIT_SLUG,
  name: "NATO Summit The Hague 2025",
  host: "Kingdom of the Netherlands",
  timeZone: DEMO_TIME_ZONE,
  startDate: dateColumn("2025-06-24"),
  endDate: dateColumn("2025-06-25"),
  travelBufferMinutes: 10,
  isDemo: true,
} as const;

import type { TaskView } from "@/lib/tasks/task-view";
import type { Lang } from "@/lib/i18n";
import type { Entry, VanishedItem } from "@/lib/itinerary/types";
import type { IsoDay } from "@/lib/time";

/** Whose view an export shows, printed in its header. */
export type ReaderScope =
  | { role: "staff" }
  | { role: "liaison"; codes: string[] }
  | { role: "agency"; name: string }
  | { role: "viewer" };

export type ExportHeading =
  /** `code`: the delegation's code, whose attendees the itinerary lists (it names the iCalendar view). */
  | { kind: "itinerary"; delegation: string; code: string; member: string | null }
  | { kind: "programme"; venue: string | null }
  | { kind: "feed" }
  /** The agency's day: one agency's tasks (its name), or every agency's for staff (null). */
  | { kind: "tasks"; agency: string | null };

/**
 * Everything an export prints, already loaded and scoped: the renderers below take this and
 * nothing else, so they can be timed (and tested) without a database.
 */
export type ExportDocument = {
  summitName: string;
  timeZone: string;
  heading: ExportHeading;
  /** The day exported, or null for the whole summit. */
  day: IsoDay | null;
  /** A delegation's home zone, printed beside summit times (itineraries only). */
  homeTimeZone: string | null;
  scope: ReaderScope;
  generatedAt: Date;
  entries: Entry[];
  /**
   * The agency's day (heading "tasks"): the tasks exactly as the scoped task query returned them.
   * When set, the renderers print these lines instead of entries, which stay empty.
   */
  tasks?: readonly TaskView[];
  /**
   * Items that left the reader's calendar since they saw them (lib/itinerary/vanished.ts): the
   * iCalendar file carries them as cancelled so copies imported earlier are corrected. The other
   * formats print what there is now; they are not kept by calendars.
   */
  vanished?: readonly VanishedItem[];
  /** Adds the attendees column (itineraries). */
  showAttendees: boolean;
  /** Adds the staff notes column (staff readers only). */
  showStaffNotes: boolean;
  /** ASCII file name without extension, made of ids and codes within the reader's scope. */
  fileStem: string;
};

export type RenderOptions = { lang: Lang };

export const EXPORT_FORMATS = ["pdf", "ics", "csv", "xlsx"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

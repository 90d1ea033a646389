// Header texts shared by the PDF, CSV and iCalendar renderers.
import { dictionary, formatIsoDay, formatMoment, type Lang } from "@/lib/i18n";
import type { ExportDocument, ReaderScope } from "./types";

export function scopeText(scope: ReaderScope, lang: Lang): string {
  const t = dictionary(lang).scope;
  switch (scope.role) {
    case "staff":
      return t.staff;
    case "liaison":
      return t.liaison(scope.codes.join(", "));
    case "agency":
      return t.agency(scope.name);
    default:
      return t.viewer;
  }
}

export function documentTitle(doc: ExportDocument, lang: Lang): string {
  const t = dictionary(lang).doc;
  switch (doc.heading.kind) {
    case "itinerary":
      return doc.heading.member ? t.memberItinerary(doc.heading.member) : t.itinerary(doc.heading.delegation);
    case "programme":
      return doc.heading.venue ? t.venueProgramme(doc.heading.venue) : t.programme;
    case "tasks":
      return dictionary(lang).tasks.title(doc.heading.agency);
    default:
      return t.feed;
  }
}

export function dayText(doc: ExportDocument, lang: Lang): string {
  return doc.day ? formatIsoDay(doc.day, lang) : dictionary(lang).doc.allDays;
}

export function generatedText(doc: ExportDocument, lang: Lang): string {
  return dictionary(lang).doc.generatedAt(formatMoment(doc.generatedAt, doc.timeZone, lang));
}

/** Keep file names to safe ASCII whatever an id or code contains. */
export function safeFileStem(parts: readonly (string | null | undefined)[]): string {
  return parts
    .filter((p): p is string => !!p)
    .map((p) => p.replace(/[^A-Za-z0-9_-]+/g, "_"))
    .join("-");
}

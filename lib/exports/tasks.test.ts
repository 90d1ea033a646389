// The agency's day through the lib/exports renderers, on hand-made tasks: summit-zone times under
// an odd TZ, task UIDs and SEQUENCE, a cancelled item's task cancelled, Dutch labels, staff notes
// only when the document allows them.
import { describe, expect, it } from "vitest";
import type { TaskView } from "@/lib/tasks/task-view";
import { renderCsv, renderIcs, type ExportDocument } from "@/lib/exports";
import { csvRows, icsEvents } from "@/tests/unit/exports-support";

const t = (hhmm: string) => new Date(`2025-06-24T${hhmm}:00+02:00`);
const escort: TaskView = {
  id: "t1", type: "ESCORT", status: "DONE", startsAt: t("18:20"), endsAt: t("18:45"), location: null,
  note: "Wait at the side gate", agencyNote: "At the gate", staffNotes: "Motorcade order", version: 3,
  agency: { id: "a", name: "National Police", shortName: "Police" },
  subject: {
    target: "MOVEMENT", id: "m", kind: "TRANSFER", delegation: "Türkiye", from: "Hilton", to: "Huis ten Bosch", flight: null,
    startsAt: t("18:20"), endsAt: t("18:45"), partySize: 9, principalLevel: "HEAD_OF_STATE_OR_GOVERNMENT",
    routeNote: null, roadClosureNeeded: true, staffNotes: null, version: 1,
  },
};
const perimeter: TaskView = {
  ...escort, id: "t2", type: "SECURITY_PERIMETER", status: "PLANNED", startsAt: t("17:00"), endsAt: t("23:00"), location: "Outer ring",
  note: null, agencyNote: null, staffNotes: null, version: 1,
  subject: {
    target: "ITEM", id: "i", title: "Royal dinner", kind: "ROYAL_DINNER", restricted: false, status: "CANCELLED", startsAt: t("19:30"), endsAt: t("22:30"),
    place: "Huis ten Bosch — Dining Room", partySize: 38, principalLevel: "HEAD_OF_STATE_OR_GOVERNMENT", version: 2,
  },
};

const doc = (over: Partial<ExportDocument> = {}): ExportDocument => ({
  summitName: "NATO Summit 2025", timeZone: "Europe/Amsterdam", heading: { kind: "tasks", agency: "National Police" }, day: "2025-06-24",
  homeTimeZone: null, scope: { role: "agency", name: "Police" }, generatedAt: t("08:00"), entries: [], tasks: [perimeter, escort],
  showAttendees: false, showStaffNotes: false, fileStem: "tasks-2025-06-24", ...over,
});

describe("the agency's day as iCalendar", () => {
  it("has one event per task over its window, UID task-<id>.<view>, SEQUENCE from the task and item versions, the cancelled item's task CANCELLED", () => {
    const { events } = icsEvents(renderIcs(doc(), { lang: "en" }));
    expect(events.map((e) => [e.uid, e.sequence, e.status])).toEqual([
      ["task-t2.agency-Police.en@summit-logistics", 1, "CANCELLED"], // item changed once (cancelled): version 2
      ["task-t1.agency-Police.en@summit-logistics", 2, "CONFIRMED"],
    ]);
    expect(events[1]).toMatchObject({ summary: "Escort · Transfer · Türkiye", start: t("18:20"), end: t("18:45"), location: "Hilton → Huis ten Bosch" });
    expect(events[1].description.split("\n")).toEqual([
      "Status: Done",
      "Covers: Transfer · Türkiye · 18:20–18:45 · Hilton → Huis ten Bosch",
      "party of 9 · Head of state or government · road closure needed",
      "Note for the agency: Wait at the side gate",
      "Note from the agency: At the gate",
    ]);
    expect(events[0].location).toBe("Outer ring");
  });

  it("speaks Dutch on request and adds staff notes only when the document shows them", () => {
    const nl = icsEvents(renderIcs(doc(), { lang: "nl" })).events[1];
    expect(nl.summary).toBe("Escorte · Verplaatsing · Türkiye");
    expect(nl.description).toContain("Status: Gereed");
    expect(nl.description).toContain("Notitie voor de dienst: Wait at the side gate\nNotitie van de dienst: At the gate");
    expect(nl.description).not.toContain("Motorcade order");
    const staff = icsEvents(renderIcs(doc({ showStaffNotes: true }), { lang: "en" })).events[1];
    expect(staff.description).toContain("Staff notes: Motorcade order");
  });
});

describe("every agency's day (a planner's file)", () => {
  const rws = { ...perimeter, agency: { id: "b", name: "Rijkswaterstaat", shortName: "RWS" } };
  const all = doc({ heading: { kind: "tasks", agency: null }, scope: { role: "staff" }, tasks: [rws, escort] });

  it("names each task's agency in the iCalendar description, in the reader's language", () => {
    const en = icsEvents(renderIcs(all, { lang: "en" })).events;
    expect(en.map((e) => e.description.split("\n").slice(0, 2))).toEqual([["Status: Planned", "Agency: RWS"], ["Status: Done", "Agency: Police"]]);
    const nl = icsEvents(renderIcs(all, { lang: "nl" })).events;
    expect(nl.map((e) => e.description.split("\n")[1])).toEqual(["Dienst: RWS", "Dienst: Police"]);
  });

  it("does not repeat the agency on the tasks of one agency's file", () => {
    const { events } = icsEvents(renderIcs(doc(), { lang: "en" }));
    expect(events.every((e) => !e.description.includes("Agency: "))).toBe(true);
  });
});

describe("the agency's day as CSV through renderCsv", () => {
  it("is the task CSV in the reader's language, staff notes only when shown", () => {
    const en = csvRows(renderCsv(doc(), { lang: "en" }));
    expect(en.bom).toBe(true);
    expect(en.rows.map((r) => [r["Task id"], r.Start, r.Type, r.Status])).toEqual([["t2", "17:00", "Security perimeter", "Planned"], ["t1", "18:20", "Escort", "Done"]]);
    expect(en.header).not.toContain("Staff notes");
    const nl = csvRows(renderCsv(doc({ showStaffNotes: true }), { lang: "nl" }));
    expect(nl.rows[1]).toMatchObject({
      "Soort taak": "Escorte", Status: "Gereed", Voor: "Verplaatsing · Türkiye", "Hoogste functie": "Staatshoofd of regeringsleider", Details: "wegafsluiting nodig",
      "Notitie voor de dienst": "Wait at the side gate", "Notitie van de dienst": "At the gate", "Interne notities": "Motorcade order",
    });
  });
});

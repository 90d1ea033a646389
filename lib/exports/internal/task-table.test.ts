import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import type { TaskView } from "@/lib/tasks/task-view";
import { tasksCsv } from "./task-table";

const t = (hhmm: string) => new Date(`2025-06-24T${hhmm}:00+02:00`);
const task: TaskView = {
  id: "t1", type: "ESCORT", status: "DONE", startsAt: t("18:20"), endsAt: t("18:45"), location: null,
  note: "=HYPERLINK(\"x\")", agencyNote: "@SUM(1)", staffNotes: "staff only", version: 2,
  agency: { id: "a", name: "National Police", shortName: "Police" },
  subject: {
    target: "MOVEMENT", id: "m", kind: "TRANSFER", delegation: "Türkiye", from: "Hilton", to: "Huis ten Bosch", flight: null,
    startsAt: t("18:20"), endsAt: t("18:45"), partySize: 9, principalLevel: "HEAD_OF_STATE_OR_GOVERNMENT",
    routeNote: null, roadClosureNeeded: true, staffNotes: "never exported", version: 1,
  },
};

const parse = (csv: string) => Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true });

describe("tasksCsv", () => {
  it("writes one row per task in summit time, with what is behind it", () => {
    const csv = tasksCsv([task], "Europe/Amsterdam", { staffNotes: false });
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const { data, meta } = parse(csv);
    expect(meta.fields).not.toContain("Staff notes");
    expect(data).toEqual([expect.objectContaining({
      Date: "2025-06-24", Start: "18:20", End: "18:45", Agency: "Police", Type: "Escort", Status: "Done",
      Covers: "Transfer · Türkiye", "Covers time": "18:20–18:45", "Place or route": "Hilton → Huis ten Bosch",
      "Party size": "9", "Principal level": "Head of state or government", Details: "road closure needed",
    })]);
    expect(csv).not.toContain("staff only");
    expect(csv).not.toContain("never exported");
  });

  it("escapes cells a spreadsheet would run as a formula; staff notes only when asked", () => {
    const { data } = parse(tasksCsv([task], "Europe/Amsterdam", { staffNotes: true }));
    expect(data[0]["Note for the agency"]).toBe("'=HYPERLINK(\"x\")");
    expect(data[0]["Note from the agency"]).toBe("'@SUM(1)");
    expect(data[0]["Staff notes"]).toBe("staff only");
  });
});

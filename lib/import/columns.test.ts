// Finding the header row and guessing which column holds which field, from English and Dutch
// header names, on real workbooks (title rows merged above the header, blank rows, extra columns).
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { guessColumns, guessKind } from "@/lib/import/columns";
import { detectHeaderRow, findHeaderRow } from "@/lib/import/header";
import { detectLayout, sourceRows } from "@/lib/import/layout";
import { ImportFileError } from "@/lib/import/limits";
import { readWorkbook } from "@/lib/import/workbook";

async function workbook(rows: unknown[][], build?: (ws: ExcelJS.Worksheet) => void) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Lijst");
  for (const row of rows) ws.addRow(row);
  build?.(ws);
  return readWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()));
}

describe("header row detection", () => {
  it("skips a merged title, a note and blank rows above the header", async () => {
    const book = await workbook(
      [
        ["Delegatieleden NAVO-top 2025", null, null, null],
        [],
        ["Aangeleverd door het protocol, versie 3"],
        [],
        ["Landcode", "Functie", "Titel", "Naam", "Paspoortnummer"],
        ["NL", "Sherpa", "Sherpa van Nederland", "J. Jansen", "NX123"],
      ],
      (ws) => ws.mergeCells("A1:D1"),
    );
    expect(detectHeaderRow(book.sheets[0].rows)).toBe(4);
    const layout = detectLayout(book);
    expect(layout).toMatchObject({ sheet: "Lijst", headerRow: 5, kind: "members", matrix: false, rowCount: 1 });
    expect(layout.mapping).toEqual({ delegation: 0, function: 1, title: 2, personalName: 3, precedence: null });
    // The passport column is mapped to nothing, so it is never read.
    const [row] = sourceRows(book, layout);
    expect(row.row).toBe(6);
    expect(Object.values(row.cells)).not.toContain("NX123");
    expect(row.columns.function).toBe("B (Functie)");
  });

  it("a row of data is not a header, and a sheet without one is refused", async () => {
    const rows = [
      ["NL", "Sherpa", "Sherpa of the Netherlands"],
      ["BE", "Security", "Security officer"],
    ];
    expect(findHeaderRow(rows)).toBeNull();
    expect(() => detectHeaderRow(rows)).toThrow(ImportFileError);
    expect(() => detectLayout({ format: "csv", sheets: [{ name: "CSV", rows }] })).toThrow(/No header row found/);
    // Numbers below text are data even when a word in them looks like a header.
    expect(findHeaderRow([["Code", 12], ["Name", 14]])).toBeNull();
  });

  it("a header row chosen by the planner wins over the detected one", async () => {
    const book = await workbook([["Code", "Name", "Kind"], ["Country", "Title", "Type"], ["NL", "Netherlands", "Ally"]]);
    expect(detectLayout(book, { headerRow: 2, kind: "delegations" }).headerRow).toBe(2);
  });
});

describe("column guessing", () => {
  it.each([
    ["English", ["Code", "Name", "Kind", "Time zone", "Hotel"], { code: 0, name: 1, kind: 2, homeTimeZone: 3, hotel: 4 }],
    ["Dutch", ["Landcode", "Naam", "Soort", "Tijdzone", "Accommodatie"], { code: 0, name: 1, kind: 2, homeTimeZone: 3, hotel: 4 }],
    ["mixed case and punctuation", ["  DELEGATION CODE: ", "Délégation", "Type", "Opmerkingen"], { code: 0, name: 1, kind: 2, homeTimeZone: null, hotel: null }],
  ])("delegations, %s", (_, headers, expected) => {
    expect(guessColumns(headers, "delegations")).toEqual(expected);
  });

  it("movements: English and Dutch, combined or separate date and time", () => {
    expect(guessColumns(["Delegation", "Arrival or departure", "Airport", "Flight number", "Date and time", "Pax"], "movements")).toMatchObject({
      delegation: 0, direction: 1, airport: 2, flight: 3, when: 4, date: null, time: null, partySize: 5,
    });
    expect(guessColumns(["Delegatie", "Richting", "Luchthaven", "Vluchtnummer", "Datum", "Tijd", "Aantal personen", "Hoogste functie"], "movements")).toEqual({
      delegation: 0, direction: 1, airport: 2, flight: 3, when: null, date: 4, time: 5, partySize: 6, principalLevel: 7,
    });
  });

  it("a header holding a field's name among other words", () => {
    expect(guessColumns(["Venue", "Room", "Capacity (seats)", "Opening time", "Closing time"], "venues")).toMatchObject({
      venue: 0, space: 1, capacity: 2, opens: 3, closes: 4,
    });
  });

  it("no column serves two fields", () => {
    const mapping = guessColumns(["Name", "Name"], "members");
    expect(Object.values(mapping).filter((c) => c !== null)).toEqual([0]);
  });

  it.each([
    [["Code", "Name", "Kind"], "delegations"],
    [["Landcode", "Functie", "Titel", "Naam"], "members"],
    [["Delegatie", "Aankomst/vertrek", "Luchthaven", "Datum", "Tijd", "Aantal personen"], "movements"],
    [["Locatie", "Zaal", "Capaciteit"], "venues"],
    [["Van", "Naar", "Minuten"], "travel-times"],
    [["Agency", "Task type", "Programme item", "Start", "End"], "tasks"],
    [["Something", "Else"], null],
  ])("guesses the kind of %j", (headers, kind) => {
    expect(guessKind(headers)).toBe(kind);
  });
});

describe("a square travel-time sheet", () => {
  it("becomes one from/to/minutes row per filled cell, each naming its cell", async () => {
    const book = await workbook([
      ["Reistijden in minuten"],
      [null, "World Forum", "Huis ten Bosch", "Hotel Des Indes"],
      ["World Forum", null, 15, 12],
      ["Huis ten Bosch", 16, null, null],
    ]);
    const layout = detectLayout(book);
    expect(layout).toMatchObject({ kind: "travel-times", matrix: true, headerRow: 2 });
    const rows = sourceRows(book, layout);
    expect(rows.map((r) => [r.cells.from, r.cells.to, r.cells.minutes, r.columns.minutes])).toEqual([
      ["World Forum", "Huis ten Bosch", 15, "C3"],
      ["World Forum", "Hotel Des Indes", 12, "D3"],
      ["Huis ten Bosch", "World Forum", 16, "B4"],
    ]);
  });
});

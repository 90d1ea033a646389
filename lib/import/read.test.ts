// Reading the files people send: real .xlsx workbooks made with exceljs, real CSV bytes in UTF-8
// (with and without BOM) and Windows-1252, comma- and semicolon-separated, and the bad inputs.
import ExcelJS from "exceljs";
import { unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { ImportFileError, MAX_FILE_BYTES, MAX_ROWS } from "@/lib/import/limits";
import { readWorkbook } from "@/lib/import/workbook";
import { MAX_UNPACKED_BYTES, readXlsx } from "@/lib/import/xlsx";

async function xlsx(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const utf8 = (text: string) => new TextEncoder().encode(text);

/** Windows-1252 bytes of text within Latin-1 (what old Excel writes for "CSV"). */
const cp1252 = (text: string) => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));

const refusal = async (bytes: Uint8Array) => {
  const error = await readWorkbook(bytes).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ImportFileError);
  return (error as Error).message;
};

describe("reading .xlsx", () => {
  it("reads values: text, numbers, dates, rich text, and every sheet", async () => {
    const bytes = await xlsx((wb) => {
      const ws = wb.addWorksheet("Members");
      ws.addRow(["Code", "Count", "When"]);
      ws.addRow(["NL", 24, new Date(Date.UTC(2025, 5, 24, 14, 30))]);
      ws.getCell("A3").value = { richText: [{ text: "Bel" }, { font: { bold: true }, text: "gium" }] };
      wb.addWorksheet("Notes").addRow(["Anything"]);
    });
    const book = await readWorkbook(bytes);
    expect(book.format).toBe("xlsx");
    expect(book.sheets.map((s) => s.name)).toEqual(["Members", "Notes"]);
    expect(book.sheets[0].rows[1]).toEqual(["NL", 24, new Date(Date.UTC(2025, 5, 24, 14, 30))]);
    expect(book.sheets[0].rows[2]).toEqual(["Belgium"]);
  });

  it("reads a formula's saved result and never computes one", async () => {
    const bytes = await xlsx((wb) => {
      const ws = wb.addWorksheet("S");
      ws.getCell("A1").value = { formula: "20+4", result: 24 } as ExcelJS.CellFormulaValue;
      // Saved without a result: a reader that evaluated formulas would give 1 + 1 = 2 here.
      ws.getCell("B1").value = { formula: "1+1" } as ExcelJS.CellFormulaValue;
      ws.getCell("C1").value = { formula: 'HYPERLINK("http://example.org","x")', result: "x" } as ExcelJS.CellFormulaValue;
    });
    const book = await readWorkbook(bytes);
    expect(book.sheets[0].rows[0]).toEqual([24, null, "x"]);
  });

  it("keeps a merged title's text in its first cell only", async () => {
    const bytes = await xlsx((wb) => {
      const ws = wb.addWorksheet("S");
      ws.addRow(["Delegation list", null, null]);
      ws.mergeCells("A1:C1");
      ws.addRow(["Code", "Name", "Kind"]);
    });
    const book = await readWorkbook(bytes);
    expect(book.sheets[0].rows[0]).toEqual(["Delegation list"]);
  });
});

describe("reading CSV", () => {
  it("UTF-8 with and without a byte-order mark, commas", async () => {
    const text = "Code,Name\nTR,Türkiye\n";
    const plain = await readWorkbook(utf8(text));
    const bom = await readWorkbook(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]));
    expect(plain.format).toBe("csv");
    expect(plain.sheets[0].rows).toEqual([["Code", "Name"], ["TR", "Türkiye"]]);
    expect(bom.sheets[0].rows).toEqual(plain.sheets[0].rows);
  });

  it("Windows-1252 with semicolons, as Dutch Excel saves it", async () => {
    // 0x80–0x9F are where Windows-1252 differs from Latin-1: €, – and the curly quotes.
    const text = 'Landcode;Naam;Opmerking\r\nCI;Côte d\'Ivoire;"Aankomst; later"\r\nDE;Deutschland – Bund;“VIP” €50\r\n';
    const book = await readWorkbook(cp1252(text.replace("–", "\x96").replace("“", "\x93").replace("”", "\x94").replace("€", "\x80")));
    expect(book.sheets[0].rows).toEqual([
      ["Landcode", "Naam", "Opmerking"],
      ["CI", "Côte d'Ivoire", "Aankomst; later"],
      ["DE", "Deutschland – Bund", "“VIP” €50"],
    ]);
  });

  it("semicolons in UTF-8 with quoted commas inside", async () => {
    const book = await readWorkbook(utf8('Code;Name\nNL;"Netherlands, Kingdom of the"\n'));
    expect(book.sheets[0].rows[1]).toEqual(["NL", "Netherlands, Kingdom of the"]);
  });
});

describe("bad input: a clear message", () => {
  it("a file that is not a spreadsheet", async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    expect(await refusal(png)).toMatch(/not a spreadsheet/);
    expect(await refusal(utf8("%PDF-1.7\n%\u0000\u0001binary"))).toMatch(/not a spreadsheet/);
    // A zip that is not a workbook (a .docx renamed, say).
    expect(await refusal(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6]))).toMatch(/not an Excel workbook/);
    expect(await refusal(new Uint8Array())).toMatch(/empty/);
  });

  it("a password-protected workbook (an encrypted compound file) and an old .xls", async () => {
    // Excel saves an encrypted .xlsx as an OLE compound file with an "EncryptionInfo" stream.
    const header = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
    const name = [..."EncryptionInfo"].flatMap((c) => [c.charCodeAt(0), 0]);
    const encrypted = new Uint8Array(4096);
    encrypted.set(header, 0);
    encrypted.set(name, 1024);
    expect(await refusal(encrypted)).toMatch(/protected with a password/);
    const xls = new Uint8Array(4096);
    xls.set(header, 0);
    expect(await refusal(xls)).toMatch(/old Excel file/);
  });

  it("a workbook that unpacks to far more than it weighs (a zip bomb) is refused before anything is unpacked", async () => {
    const real = await xlsx((wb) => {
      wb.addWorksheet("S").getCell("A1").value = "Code";
    });
    // The real workbook's parts plus 12 MB of zeros, which pack to a few kilobytes.
    const bomb = zipSync({ ...unzipSync(real), "xl/media/padding.bin": [new Uint8Array(12 * 1024 * 1024), { level: 9 }] });
    expect(bomb.length).toBeLessThan(100_000);
    expect((await readXlsx(real, 10 * 1024 * 1024))[0].rows).toEqual([["Code"]]);
    const error = await readXlsx(bomb, 10 * 1024 * 1024).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportFileError);
    expect((error as Error).message).toMatch(/unpacks to more than 10 MB/);
    expect(MAX_UNPACKED_BYTES).toBe(400 * 1024 * 1024);
  });

  it("a file over 25 MB", async () => {
    expect(await refusal(new Uint8Array(MAX_FILE_BYTES + 1))).toMatch(/larger than 25 MB/);
  });

  it("more than 100,000 rows, in CSV and in a workbook", async () => {
    expect(await refusal(utf8(`Code,Name\n${"X,Y\n".repeat(MAX_ROWS)}`))).toMatch(/more than 100,000 rows/);
    const big = await xlsx((wb) => {
      const ws = wb.addWorksheet("S");
      ws.getCell(`A${MAX_ROWS + 1}`).value = "x";
    });
    expect(await refusal(big)).toMatch(/more than 100,000 rows/);
  });
});

// Files that cannot be imported at all: each refused with a clear message and nothing written —
// not a spreadsheet, a password-protected workbook, a file over 25 MB or 100,000 rows, a sheet
// with no header row; and formulas, whose saved results are read and never recomputed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type ExcelJS from "exceljs";
import { ImportFileError, MAX_FILE_BYTES, MAX_ROWS } from "@/lib/import/limits";
import { applyImport } from "@/lib/import/mutations";
import { previewImport } from "@/lib/import/queries";
import { csv, demoImportFixture, fingerprint, xlsx } from "./import-fixture";
import { testDb } from "./helpers";

const db = testDb();
let fx: Awaited<ReturnType<typeof demoImportFixture>>;

beforeAll(async () => {
  fx = await demoImportFixture(db);
});
afterAll(() => db.$disconnect());

async function refused(bytes: Uint8Array, message: RegExp) {
  const before = await fingerprint(db);
  const error = await applyImport(db, fx.planner, { summitId: fx.summit.id, bytes }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ImportFileError);
  expect((error as Error).message).toMatch(message);
  await expect(previewImport(db, fx.planner, { summitId: fx.summit.id, bytes: bytes })).rejects.toThrow(message);
  expect(await fingerprint(db)).toEqual(before);
}

describe("bad input", () => {
  it("a file that is not a spreadsheet", async () => {
    await refused(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0x00, 0x01, 0x02]), /not a spreadsheet/);
  });

  it("a password-protected workbook", async () => {
    const bytes = new Uint8Array(2048);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
    bytes.set([..."EncryptionInfo"].flatMap((c) => [c.charCodeAt(0), 0]), 512);
    await refused(bytes, /protected with a password/);
  });

  it("a file over 25 MB, and a sheet of more than 100,000 rows", async () => {
    await refused(new Uint8Array(MAX_FILE_BYTES + 1), /larger than 25 MB/);
    await refused(csv(`Code,Name,Kind\n${"XX,Somewhere,Ally\n".repeat(MAX_ROWS)}`), /more than 100,000 rows/);
  });

  it("a sheet with no header row", async () => {
    await refused(await xlsx([["Delegation list"], ["NL", "Netherlands", "Ally"], ["BE", "Belgium", "Ally"]]), /No header row found/);
  });

  it("formulas: the saved result is imported, a formula without one gives an empty cell, nothing is computed", async () => {
    const bytes = await xlsx([["Code", "Name", "Kind"]], (ws: ExcelJS.Worksheet) => {
      ws.getCell("A2").value = "BR";
      ws.getCell("B2").value = { formula: 'CONCATENATE("Bra","zil")', result: "Brazil" } as ExcelJS.CellFormulaValue;
      ws.getCell("C2").value = "Partner";
      ws.getCell("A3").value = "IE";
      ws.getCell("B3").value = { formula: 'CONCATENATE("Ire","land")' } as ExcelJS.CellFormulaValue;
      ws.getCell("C3").value = "Partner";
    });
    const preview = await previewImport(db, fx.planner, { summitId: fx.summit.id, bytes: bytes });
    expect(preview.plan?.rows.map((r) => [r.label, r.status, r.errors.map((e) => `${e.column}: ${e.message}`)])).toEqual([
      ["BR Brazil", "new", []],
      ["IE", "error", ["B (Name): Name is empty."]],
    ]);
  });
});

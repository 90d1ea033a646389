// Reads an uploaded file into the Workbook of types.ts: sheets of rows of plain values. Whatever
// the file was (.xlsx or .csv), the rest of the import sees only that, so every rule is tested once.
import { ImportFileError, MAX_FILE_BYTES, tooLarge } from "./limits";
import { readCsv } from "./csv";
import type { Workbook } from "./types";
import { readXlsx } from "./xlsx";

const ZIP = [0x50, 0x4b, 0x03, 0x04];
// OLE compound file: a legacy .xls, or an .xlsx encrypted with a password (Excel wraps it).
const COMPOUND = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);

/** The stream name Excel gives the encryption header of a password-protected workbook (UTF-16LE). */
const ENCRYPTION_INFO = new Uint8Array([..."EncryptionInfo"].flatMap((c) => [c.charCodeAt(0), 0]));

function contains(bytes: Uint8Array, needle: Uint8Array): boolean {
  outer: for (let i = 0; i <= bytes.length - needle.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** Read an .xlsx or .csv file (told apart by its bytes, not its name). */
export async function readWorkbook(bytes: Uint8Array): Promise<Workbook> {
  if (bytes.byteLength > MAX_FILE_BYTES) throw tooLarge();
  if (bytes.byteLength === 0) throw new ImportFileError("The file is empty. Nothing was imported.");
  if (startsWith(bytes, COMPOUND)) {
    if (contains(bytes, ENCRYPTION_INFO)) {
      throw new ImportFileError("The workbook is protected with a password. Save a copy without a password (File → Info → Protect Workbook) and upload that. Nothing was imported.");
    }
    throw new ImportFileError("This is an old Excel file (.xls). Save it as an Excel workbook (.xlsx) or CSV and upload that. Nothing was imported.");
  }
  if (startsWith(bytes, ZIP)) return { format: "xlsx", sheets: await readXlsx(bytes) };
  return { format: "csv", sheets: [readCsv(bytes)] };
}

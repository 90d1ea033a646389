// Cell values as text, and header text reduced to what matters for matching ("Délégation code:"
// and "delegation  CODE" are the same header).
import type { Cell } from "./types";

/** Lower case, accents and punctuation dropped, single spaces. */
export function normalizeHeader(value: string): string {
  return value
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

const pad = (n: number) => String(n).padStart(2, "0");

/** A cell as the text a reader sees in it (dates as ISO date-times of their wall clock). */
export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return "";
  if (cell instanceof Date) {
    const day = `${cell.getUTCFullYear()}-${pad(cell.getUTCMonth() + 1)}-${pad(cell.getUTCDate())}`;
    return cell.getUTCHours() || cell.getUTCMinutes() ? `${day} ${pad(cell.getUTCHours())}:${pad(cell.getUTCMinutes())}` : day;
  }
  if (typeof cell === "number") return Number.isInteger(cell) ? String(cell) : String(Math.round(cell * 1e6) / 1e6);
  return String(cell).trim();
}

export const isBlank = (cell: Cell | undefined) => cellText(cell) === "";

/** Spreadsheet column letters: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

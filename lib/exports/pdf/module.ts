// @react-pdf/renderer is ESM-only (its hyphenation subpackage has no require entry). Loading it
// with a dynamic import keeps renderPdf usable from CommonJS callers too (tsx scripts, benches).
import { registerPdfFonts } from "./fonts";

export type PdfModule = typeof import("@react-pdf/renderer");

let loaded: Promise<PdfModule> | null = null;

export function loadPdfModule(): Promise<PdfModule> {
  loaded ??= import("@react-pdf/renderer").then((pdf) => {
    registerPdfFonts(pdf.Font);
    return pdf;
  });
  return loaded;
}

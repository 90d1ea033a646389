// The PDF font is bundled in the repository (lib/exports/fonts, DejaVu Sans: full Latin, Greek
// and Cyrillic coverage), so nothing is downloaded and "Türkiye" prints as written.
import path from "node:path";

export const PDF_FONT = "DejaVu Sans";

const FONT_DIR = path.join(process.cwd(), "lib", "exports", "fonts");

/** The font registry of @react-pdf/renderer, named here so this file needs nothing of module.ts. */
type PdfFontRegistry = (typeof import("@react-pdf/renderer"))["Font"];

export function registerPdfFonts(Font: PdfFontRegistry): void {
  Font.register({
    family: PDF_FONT,
    fonts: [
      { src: path.join(FONT_DIR, "DejaVuSans.ttf"), fontWeight: 400 },
      { src: path.join(FONT_DIR, "DejaVuSans-Bold.ttf"), fontWeight: 700 },
    ],
  });
  // Whole words only: hyphenated titles are harder to read and to search.
  Font.registerHyphenationCallback((word) => [word]);
}

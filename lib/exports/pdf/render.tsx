import type { ExportDocument, RenderOptions } from "../types";
import { ExportPdf } from "./document";
import { loadPdfModule } from "./module";
import { packPages, pdfBlocks } from "./rows";

/** Page objects in a PDF as pdfkit writes them (`/Type /Page`, not the `/Type /Pages` tree). */
export function pdfPageCount(pdf: Buffer): number {
  return pdf.toString("latin1").match(/\/Type \/Page\b(?!s)/g)?.length ?? 0;
}

/**
 * The document as an A4 PDF. Pure rendering: the data is loaded and scoped beforehand.
 * Rows are packed into pages by estimated height (packPages) and the pages are numbered from that
 * packing: react-pdf's own "page n of m" makes it lay out every page twice more (a tenth of a
 * 500-item day). Should react-pdf still have to break a page (an estimate too low), the PDF has
 * more pages than packed and is rendered again with react-pdf's numbering, so a number is never wrong.
 */
export async function renderPdf(doc: ExportDocument, options: RenderOptions): Promise<Buffer> {
  const pdf = await loadPdfModule();
  const pages = packPages(pdfBlocks(doc, options.lang));
  const props = { pdf, doc, lang: options.lang, pages };
  const packed = await pdf.renderToBuffer(<ExportPdf {...props} numbering="known" />);
  if (pdfPageCount(packed) === pages.length) return packed;
  return pdf.renderToBuffer(<ExportPdf {...props} numbering="react-pdf" />);
}

import type { ExportDocument, RenderOptions } from "../types";
import { ExportPdf } from "./document";
import { loadPdfModule } from "./module";

/** The document as an A4 PDF. Pure rendering: the data is loaded and scoped beforehand. */
export async function renderPdf(doc: ExportDocument, options: RenderOptions): Promise<Buffer> {
  const pdf = await loadPdfModule();
  return pdf.renderToBuffer(<ExportPdf pdf={pdf} doc={doc} lang={options.lang} />);
}

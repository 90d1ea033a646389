import { dictionary, formatIsoDay, type Lang } from "@/lib/i18n";
import { dayText, documentTitle, generatedText, scopeText } from "../text";
import type { ExportDocument } from "../types";
import type { PdfModule } from "./module";
import type { PdfBlock, PdfRow } from "./rows";
import { styles } from "./styles";

type Props = { pdf: PdfModule; doc: ExportDocument; lang: Lang };

function Header({ pdf, doc, lang }: Props) {
  const { Text, View } = pdf;
  const t = dictionary(lang);
  const zones = [t.doc.timesIn(doc.timeZone), ...(doc.homeTimeZone && doc.homeTimeZone !== doc.timeZone ? [t.doc.homeTimeIn(doc.homeTimeZone)] : [])];
  return (
    <View style={styles.header} fixed>
      <View style={styles.headerRow}>
        <Text style={styles.summit}>{doc.summitName}</Text>
        <Text style={styles.meta}>{generatedText(doc, lang)}</Text>
      </View>
      <Text style={styles.title}>{documentTitle(doc, lang)}</Text>
      <Text style={styles.meta}>{`${dayText(doc, lang)} · ${scopeText(doc.scope, lang)} · ${zones.join(", ")}`}</Text>
      <View style={styles.columns}>
        <Text style={styles.time}>{`${t.columns.start}–${t.columns.end}`}</Text>
        <Text style={styles.main}>{t.columns.title}</Text>
        <Text style={styles.place}>{doc.tasks ? t.tasks.columns.placeAndStatus : `${t.columns.space}, ${t.columns.venue} / ${t.columns.status}`}</Text>
      </View>
    </View>
  );
}

// Three text blocks per row, with nested runs: layout cost grows with the number of blocks.
function Row({ pdf, row }: { pdf: PdfModule; row: PdfRow }) {
  const { Text, View } = pdf;
  return (
    <View style={styles.row} wrap={false}>
      <Text style={styles.time}>
        <Text style={styles.bold}>{row.times}</Text>
        {row.home ? <Text style={styles.small}>{`\n${row.home}`}</Text> : null}
      </Text>
      <Text style={styles.main}>
        <Text style={row.cancelled ? [styles.bold, styles.cancelled] : styles.bold}>{row.title}</Text>
        {row.details ? <Text style={styles.small}>{`\n${row.details}`}</Text> : null}
      </Text>
      <Text style={styles.place}>
        {row.place || null}
        <Text style={row.cancelled ? styles.bold : styles.small}>{`${row.place ? "\n" : ""}${row.status}`}</Text>
      </Text>
    </View>
  );
}

/**
 * How pages are numbered: from our own packing (`known`, the total being the packed page count),
 * or by react-pdf once it has paginated (`react-pdf`), which lays every page out twice more.
 */
export type PageNumbering = "known" | "react-pdf";

type DocumentProps = Props & { pages: readonly (readonly PdfBlock[])[]; numbering: PageNumbering };

/** A4 document: header on every page (summit, title, day, reader's scope, generation time), page numbers. */
export function ExportPdf({ pdf, doc, lang, pages, numbering }: DocumentProps) {
  const { Document, Page, Text, View } = pdf;
  const t = dictionary(lang);
  const title = documentTitle(doc, lang);
  return (
    // Dated when the document was loaded, as the header says, not when it was drawn: the same
    // document gives the same file whichever thread draws it, and whenever.
    <Document title={title} author={doc.summitName} language={lang} creationDate={doc.generatedAt} modificationDate={doc.generatedAt}>
      {pages.map((blocks, n) => (
        <Page key={n} size="A4" style={styles.page}>
          <Header pdf={pdf} doc={doc} lang={lang} />
          {(doc.tasks ?? doc.entries).length === 0 ? <Text style={styles.empty}>{t.doc.nothing}</Text> : null}
          {blocks.map((block) =>
            block.kind === "day" ? (
              <Text key={block.day} style={styles.dayHeading} minPresenceAhead={40}>{formatIsoDay(block.day, lang)}</Text>
            ) : (
              <Row key={block.row.key} pdf={pdf} row={block.row} />
            ),
          )}
          <View style={styles.footer} fixed>
            <Text>{title}</Text>
            {numbering === "known" ? (
              <Text>{t.doc.page(n + 1, pages.length)}</Text>
            ) : (
              <Text render={({ pageNumber, totalPages }) => t.doc.page(pageNumber, totalPages ?? pageNumber)} />
            )}
          </View>
        </Page>
      ))}
    </Document>
  );
}

// The arrival documents: the list for protocol (order, time, party, principal, greeter) as PDF
// and XLSX in the reader's language, the family photo's line-up as PDF, and each agency's
// motorcade schedule and a delegation's own arrival as CSV and iCalendar. The table, CSV, fonts
// and line folding are the exports' own (lib/exports); the data is loaded and scoped beforehand.
import { createEvents } from "ics";
import { dictionary, formatIsoDay, type Lang } from "@/lib/i18n";
import { foldIcs } from "@/lib/exports/ics-lines";
import { loadPdfModule } from "@/lib/exports/pdf/module";
import { PDF_FONT } from "@/lib/exports/pdf/fonts";
import { col, tableCsv, type ExportTable } from "@/lib/exports/table";
import { formatTime, isoDayOf } from "@/lib/time";
import { familyPhotoRows, HOST } from "./photo";
import type { TaskType } from "@/lib/generated/prisma/enums";
import type { MotorcadeRow, OwnArrival } from "../queries";
import type { SequenceView } from "../types";

const PHOTO_PER_ROW = 9;

export function arrivalListTable(view: SequenceView, lang: Lang, timeZone: string): ExportTable {
  const c = dictionary(lang).arrivals.sequence.columns;
  return {
    columns: [col(c.position, "number"), col(`${c.time} (${timeZone})`, "time"), col(c.party), col(c.principal), col(c.greeter), col(c.entrance)],
    rows: view.rows.map((r) => [r.position, formatTime(r.arrivesAt, timeZone), r.party, r.principal ?? "", view.greeter, view.entrance.name]),
  };
}

export async function arrivalListXlsx(view: SequenceView, lang: Lang, timeZone: string): Promise<Uint8Array> {
  const table = arrivalListTable(view, lang, timeZone);
  const { Workbook } = (await import("exceljs")).default;
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet(dictionary(lang).arrivals.sequence.downloads.slice(0, 31));
  sheet.addRow(table.columns.map((column) => column.header)).font = { bold: true };
  for (const row of table.rows) {
    sheet.addRow(row.map((cell, i) => {
      if (table.columns[i].kind !== "time" || typeof cell !== "string") return cell;
      const [h, m] = cell.split(":").map(Number);
      return new Date(Date.UTC(1899, 11, 30, h, m));
    }));
  }
  sheet.getColumn(2).numFmt = "hh:mm";
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  table.columns.forEach((_, i) => (sheet.getColumn(i + 1).width = Math.min(50, Math.max(8, ...table.rows.map((r) => String(r[i] ?? "").length + 2), table.columns[i].header.length + 2))));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export async function arrivalListPdf(view: SequenceView, lang: Lang, timeZone: string): Promise<Buffer> {
  const pdf = await loadPdfModule();
  const { Document, Page, Text, View } = pdf;
  const w = dictionary(lang).arrivals;
  const table = arrivalListTable(view, lang, timeZone);
  const widths = ["7%", "12%", "25%", "28%", "14%", "14%"];
  const cell = (value: string | number | null, i: number, bold = false) => (
    <Text key={i} style={{ width: widths[i], paddingRight: 4, fontWeight: bold ? 700 : 400 }}>{value === null ? "" : String(value)}</Text>
  );
  return pdf.renderToBuffer(
    <Document title={w.documents.listTitle(view.item.title)} language={lang}>
      <Page size="A4" style={{ fontFamily: PDF_FONT, fontSize: 9, padding: 32 }}>
        <Text style={{ fontSize: 14, fontWeight: 700, marginBottom: 4 }}>{w.documents.listTitle(view.item.title)}</Text>
        <Text style={{ marginBottom: 10 }}>{`${isoDayOf(view.item.startsAt, timeZone)} ${formatTime(view.item.startsAt, timeZone)} · ${view.entrance.name}${view.item.venueName ? `, ${view.item.venueName}` : ""}`}</Text>
        <View style={{ flexDirection: "row", borderBottomWidth: 1, paddingBottom: 2, marginBottom: 2 }} fixed>
          {table.columns.map((column, i) => cell(column.header, i, true))}
        </View>
        {table.rows.map((row, r) => (
          <View key={r} style={{ flexDirection: "row", paddingVertical: 2, borderBottomWidth: 0.5, borderBottomColor: "#ccc" }} wrap={false}>
            {row.map((value, i) => cell(value, i))}
          </View>
        ))}
      </Page>
    </Document>,
  );
}

/** The line-up by precedence (most senior nearest the host, in the centre of the front row). */
export async function familyPhotoPdf(view: SequenceView, precedenceOrder: readonly string[], host: string, lang: Lang): Promise<Buffer> {
  const pdf = await loadPdfModule();
  const { Document, Page, Text, View } = pdf;
  const w = dictionary(lang).arrivals;
  const byId = new Map(view.rows.map((r) => [r.delegationId, r]));
  const order = precedenceOrder.filter((id) => byId.has(id));
  const rows = familyPhotoRows(order, PHOTO_PER_ROW);
  return pdf.renderToBuffer(
    <Document title={w.documents.photoTitle(view.item.title)} language={lang}>
      <Page size="A4" orientation="landscape" style={{ fontFamily: PDF_FONT, fontSize: 8, padding: 28 }}>
        <Text style={{ fontSize: 14, fontWeight: 700, marginBottom: 12 }}>{w.documents.photoTitle(view.item.title)}</Text>
        {/* Back row on top, as seen from the camera. */}
        {[...rows.entries()].reverse().map(([index, row]) => (
          <View key={index} style={{ marginBottom: 10 }}>
            <Text style={{ marginBottom: 3, color: "#555" }}>{w.documents.row(index + 1)}</Text>
            <View style={{ flexDirection: "row", justifyContent: "center" }}>
              {row.map((id) => {
                const party = id === HOST ? null : byId.get(id)!;
                return (
                  <View key={id} style={{ width: 82, margin: 2, padding: 4, borderWidth: id === HOST ? 2 : 1, borderColor: id === HOST ? "#0b2545" : "#999", textAlign: "center" }}>
                    <Text style={{ fontWeight: 700 }}>{party ? party.party : `${w.documents.host}: ${host}`}</Text>
                    {party?.principal ? <Text>{party.principal}</Text> : null}
                  </View>
                );
              })}
            </View>
          </View>
        ))}
      </Page>
    </Document>,
  );
}

export function motorcadeTable(rows: readonly MotorcadeRow[], lang: Lang, timeZone: string): ExportTable {
  const t = dictionary(lang);
  const c = t.arrivals.sequence.columns;
  return {
    columns: [
      col(t.columns.date), col(c.departs, "time"), col(c.time, "time"), col(c.party), col(c.from), col(c.entrance), col(t.arrivals.items.item),
      col(t.tasksPage.columns.task), col(t.tasksPage.columns.time),
    ],
    rows: rows.map((r) => [
      isoDayOf(r.departsAt, timeZone), formatTime(r.departsAt, timeZone), formatTime(r.arrivesAt, timeZone), r.party, r.from ?? "", r.entrance, r.itemTitle ?? t.restrictedItem.title,
      t.tasks.type[r.type as TaskType] ?? r.type, `${formatTime(r.taskStartsAt, timeZone)}–${formatTime(r.taskEndsAt, timeZone)}`,
    ]),
  };
}

/** The agency's motorcade schedule on paper: what leaves when, and its own task with each (escort, road closure). */
export async function motorcadePdf(rows: readonly MotorcadeRow[], lang: Lang, timeZone: string, agencyName: string): Promise<Buffer> {
  const pdf = await loadPdfModule();
  const { Document, Page, Text, View } = pdf;
  const title = `${dictionary(lang).arrivals.documents.motorcadesTitle} · ${agencyName}`;
  const table = motorcadeTable(rows, lang, timeZone);
  // On paper the day is named ("Tue 24 Jun 2025"); the CSV keeps the ISO date a spreadsheet sorts.
  const named = table.rows.map(([day, ...rest]) => [formatIsoDay(String(day), lang), ...rest]);
  const widths = ["11%", "9%", "8%", "13%", "13%", "12%", "14%", "11%", "9%"];
  const cell = (value: string | number | null, i: number, bold = false) => (
    <Text key={i} style={{ width: widths[i], paddingRight: 4, fontWeight: bold ? 700 : 400 }}>{value === null ? "" : String(value)}</Text>
  );
  return pdf.renderToBuffer(
    <Document title={title} language={lang}>
      <Page size="A4" orientation="landscape" style={{ fontFamily: PDF_FONT, fontSize: 8, padding: 28 }}>
        <Text style={{ fontSize: 14, fontWeight: 700, marginBottom: 4 }}>{title}</Text>
        <Text style={{ marginBottom: 10 }}>{timeZone}</Text>
        <View style={{ flexDirection: "row", borderBottomWidth: 1, paddingBottom: 2, marginBottom: 2 }} fixed>
          {table.columns.map((column, i) => cell(column.header, i, true))}
        </View>
        {named.map((row, r) => (
          <View key={r} style={{ flexDirection: "row", paddingVertical: 2, borderBottomWidth: 0.5, borderBottomColor: "#ccc" }} wrap={false}>
            {row.map((value, i) => cell(value, i))}
          </View>
        ))}
      </Page>
    </Document>,
  );
}

export function motorcadeCsv(rows: readonly MotorcadeRow[], lang: Lang, timeZone: string): string {
  return tableCsv(motorcadeTable(rows, lang, timeZone), dictionary(lang).listSeparator);
}

const utc = (at: Date) => ({ start: at.getTime(), startInputType: "utc", startOutputType: "utc" }) as const;

function calendar(events: Parameters<typeof createEvents>[0]): string {
  const { error, value } = createEvents(events, { productId: "-//Summit logistics//Arrivals//EN" });
  if (error || !value) throw error ?? new Error("iCalendar failed");
  return foldIcs(value);
}

export function motorcadeIcs(rows: readonly MotorcadeRow[], lang: Lang): string {
  const w = dictionary(lang).arrivals;
  return calendar(rows.map((r) => ({
    uid: `${r.taskId}.motorcade.${lang}@summit-logistics`,
    sequence: r.version - 1,
    ...utc(r.taskStartsAt),
    end: r.taskEndsAt.getTime(),
    endInputType: "utc",
    endOutputType: "utc",
    title: `${r.party}: ${r.from ?? ""} → ${r.entrance}`,
    description: `${w.documents.motorcadesTitle} — ${r.itemTitle ?? dictionary(lang).restrictedItem.title}`,
  })));
}

export function ownArrivalsTable(rows: readonly OwnArrival[], lang: Lang, timeZone: string): ExportTable {
  const c = dictionary(lang).arrivals.sequence.columns;
  return {
    columns: [col(dictionary(lang).arrivals.items.item), col(c.from), col(c.departs, "time"), col(c.entrance), col(c.time, "time")],
    rows: rows.map((r) => [r.itemTitle, r.fromPlace ?? "", r.departsAt ? formatTime(r.departsAt, timeZone) : "", `${r.entrance}, ${r.venue}`, formatTime(r.arrivesAt, timeZone)]),
  };
}

export function ownArrivalsCsv(rows: readonly OwnArrival[], lang: Lang, timeZone: string): string {
  return tableCsv(ownArrivalsTable(rows, lang, timeZone), dictionary(lang).listSeparator);
}

export function ownArrivalsIcs(rows: readonly OwnArrival[], lang: Lang, timeZone: string): string {
  const w = dictionary(lang).arrivals.own;
  return calendar(rows.map((r) => ({
    uid: `arrival-${r.delegationCode}-${r.arrivesAt.getTime()}.${lang}@summit-logistics`,
    ...utc(r.departsAt ?? r.arrivesAt),
    end: r.arrivesAt.getTime(),
    endInputType: "utc",
    endOutputType: "utc",
    title: `${r.itemTitle}: ${w.arrives(formatTime(r.arrivesAt, timeZone), r.entrance)}`,
    description: r.departsAt && r.fromPlace ? w.leaves(formatTime(r.departsAt, timeZone), r.fromPlace) : undefined,
    location: r.venue,
  })));
}

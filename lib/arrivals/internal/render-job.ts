// What an export worker thread runs for the arrival documents (lib/exports/pool/task.ts loads this
// file by its path): the protocol list as PDF or XLSX and the family photo's line-up, from data the
// request loaded and scoped. Nothing here reads the database or the session.
import type { Lang } from "@/lib/i18n";
import type { SequenceView } from "../types";
import type { MotorcadeRow } from "../queries";
import { arrivalListPdf, arrivalListXlsx, familyPhotoPdf, motorcadePdf } from "./documents";

export type ArrivalDocumentInput =
  | { kind: "list"; format: "pdf" | "xlsx"; view: SequenceView; lang: Lang; timeZone: string }
  | { kind: "photo"; view: SequenceView; precedenceOrder: readonly string[]; host: string; lang: Lang }
  | { kind: "motorcades"; rows: readonly MotorcadeRow[]; agencyName: string; lang: Lang; timeZone: string };

export default async function renderArrivalJob(input: ArrivalDocumentInput): Promise<Uint8Array> {
  if (input.kind === "motorcades") return new Uint8Array(await motorcadePdf(input.rows, input.lang, input.timeZone, input.agencyName));
  if (input.kind === "photo") return new Uint8Array(await familyPhotoPdf(input.view, input.precedenceOrder, input.host, input.lang));
  if (input.format === "xlsx") return arrivalListXlsx(input.view, input.lang, input.timeZone);
  return new Uint8Array(await arrivalListPdf(input.view, input.lang, input.timeZone));
}

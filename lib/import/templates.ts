// The .xlsx a planner starts from: per kind, a template (headers, one example row, a second sheet
// explaining each column) and the summit's current data in the same shape, so a team can export,
// edit in Excel and import again. Headers are the fields' labels, which the import recognises.
import ExcelJS from "exceljs";
import type { DbOrTx } from "@/lib/db";
import { formatTime, isoDayOf } from "@/lib/time";
import { minutesToHhmm } from "@/lib/venues/queries";
import { FIELDS, KIND_LABEL, KEY_FIELDS, type FieldDef, type ImportKindName } from "./fields";
import type { ImportSummit } from "./kinds/types";
import { ENUM_LABELS } from "./values";

/** The columns a template and an export have: a movement's or task's time in one column (the split date and time columns are the import's alternative). */
export function sheetFields(kind: ImportKindName): FieldDef[] {
  const split = kind === "movements" ? ["date", "time"] : kind === "tasks" ? ["date"] : [];
  return FIELDS[kind].filter((f) => !split.includes(f.name));
}

type Value = string | number | null;

const NOTES: Partial<Record<ImportKindName, string>> = {
  "travel-times": "A square sheet is read too: venue names across the first row and down the first column, minutes in the cells.",
  tasks: "Tasks on transfers are not in exports: they are set in the app. A programme item is named by its title, which must be unique.",
};

async function workbook(kind: ImportKindName, rows: Value[][]): Promise<Uint8Array> {
  const fields = sheetFields(kind);
  const wb = new ExcelJS.Workbook();
  const data = wb.addWorksheet(KIND_LABEL[kind].slice(0, 31));
  data.addRow(fields.map((f) => f.label)).font = { bold: true };
  for (const row of rows) data.addRow(row);
  data.columns.forEach((column, i) => (column.width = Math.min(40, Math.max(12, fields[i]?.label.length ?? 10, ...rows.slice(0, 200).map((r) => String(r[i] ?? "").length)))));
  data.views = [{ state: "frozen", ySplit: 1 }];
  const help = wb.addWorksheet("Explanation");
  help.addRow(["Column", "Needed", "What to write", "Example"]).font = { bold: true };
  for (const f of fields) help.addRow([f.label, KEY_FIELDS[kind].includes(f.name) ? "always" : f.required ? "for a new row" : "no", f.help, f.example]);
  if (NOTES[kind]) help.addRow(["", "", NOTES[kind], ""]);
  help.addRow(["", "", "Times are read in the summit's time zone. Columns with other headers are ignored.", ""]);
  help.columns = [{ width: 20 }, { width: 14 }, { width: 90 }, { width: 28 }];
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Headers, the example row and the explanation sheet. */
export function templateWorkbook(kind: ImportKindName): Promise<Uint8Array> {
  return workbook(kind, [sheetFields(kind).map((f) => f.example)]);
}

const when = (instant: Date, timeZone: string) => {
  const [y, m, d] = isoDayOf(instant, timeZone).split("-");
  return `${d}-${m}-${y} ${formatTime(instant, timeZone)}`;
};

/** The summit's current rows of the kind, in the template's columns. */
export async function exportRows(db: DbOrTx, summit: ImportSummit, kind: ImportKindName): Promise<Value[][]> {
  const z = summit.timeZone;
  switch (kind) {
    case "delegations": {
      const rows = await db.delegation.findMany({ where: { summitId: summit.id }, orderBy: { code: "asc" }, select: { code: true, name: true, kind: true, homeTimeZone: true, hotel: { select: { name: true } } } });
      return rows.map((d) => [d.code, d.name, ENUM_LABELS.kind[d.kind], d.homeTimeZone, d.hotel?.name ?? null]);
    }
    case "members": {
      const rows = await db.member.findMany({ where: { delegation: { summitId: summit.id } }, orderBy: [{ delegation: { code: "asc" } }, { precedence: "asc" }, { title: "asc" }], select: { title: true, personalName: true, function: true, precedence: true, delegation: { select: { code: true } } } });
      return rows.map((m) => [m.delegation.code, ENUM_LABELS.function[m.function], m.title, m.personalName, m.precedence]);
    }
    case "movements": {
      const rows = await db.movement.findMany({ where: { summitId: summit.id, kind: { in: ["ARRIVAL", "DEPARTURE"] } }, orderBy: [{ startsAt: "asc" }, { id: "asc" }], select: { kind: true, flight: true, startsAt: true, partySize: true, principalLevel: true, delegation: { select: { code: true } }, fromVenue: { select: { name: true } }, toVenue: { select: { name: true } } } });
      return rows.map((m) => [m.delegation.code, ENUM_LABELS.direction[m.kind], (m.kind === "ARRIVAL" ? m.toVenue : m.fromVenue)?.name ?? null, m.flight, when(m.startsAt, z), m.partySize, m.principalLevel ? ENUM_LABELS.principalLevel[m.principalLevel] : null]);
    }
    case "venues": {
      const venues = await db.venue.findMany({ where: { summitId: summit.id }, orderBy: { name: "asc" }, select: { name: true, kind: true, address: true, spaces: { orderBy: { name: "asc" }, select: { name: true, capacity: true, securityZone: true, opensMinute: true, closesMinute: true } } } });
      return venues.flatMap((v) => {
        const venue: Value[] = [v.name, ENUM_LABELS.venueKind[v.kind], v.address];
        if (v.spaces.length === 0) return [[...venue, null, null, null, null, null]];
        return v.spaces.map((s) => [...venue, s.name, s.capacity, s.securityZone, s.opensMinute === null ? null : minutesToHhmm(s.opensMinute), s.closesMinute === null ? null : minutesToHhmm(s.closesMinute)]);
      });
    }
    case "travel-times": {
      const rows = await db.travelTime.findMany({ where: { summitId: summit.id }, orderBy: [{ fromVenue: { name: "asc" } }, { toVenue: { name: "asc" } }], select: { minutes: true, fromVenue: { select: { name: true } }, toVenue: { select: { name: true } } } });
      return rows.map((t) => [t.fromVenue.name, t.toVenue.name, t.minutes]);
    }
    case "tasks": {
      const rows = await db.agencyTask.findMany({
        where: { agency: { summitId: summit.id }, OR: [{ itemId: { not: null } }, { movement: { kind: { in: ["ARRIVAL", "DEPARTURE"] } } }] },
        orderBy: [{ startsAt: "asc" }, { id: "asc" }],
        select: { type: true, startsAt: true, endsAt: true, location: true, note: true, agency: { select: { shortName: true } }, item: { select: { title: true } }, movement: { select: { kind: true, delegation: { select: { code: true } } } } },
      });
      return rows.map((t) => [
        t.agency.shortName, ENUM_LABELS.type[t.type], t.item?.title ?? null, t.movement?.delegation.code ?? null, t.movement ? ENUM_LABELS.direction[t.movement.kind] : null,
        when(t.startsAt, z), when(t.endsAt, z), t.location, t.note,
      ]);
    }
  }
}

export async function exportWorkbook(db: DbOrTx, summit: ImportSummit, kind: ImportKindName): Promise<Uint8Array> {
  return workbook(kind, await exportRows(db, summit, kind));
}

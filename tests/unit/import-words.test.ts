// The import pages speak English or Dutch (lib/i18n/import.ts). The import itself refuses in
// English; the page translates what it recognises. This holds the word file complete in both
// languages, the English words to what the page said before (the e2e spec and the import's own
// field list rely on them), and the refusals the import really gives to Dutch sentences.
import { describe, expect, it } from "vitest";
import { adminEn } from "@/lib/i18n/agencies-users";
import { fillWords, importEn, importNl, localizeRow, translateColumn, translateImport, type ImportRefusals, type ImportText } from "@/lib/i18n/import";
import { parseLocalDateTime, parseMinuteOfDay } from "@/lib/import/datetime";
import { FIELDS, IMPORT_KINDS, KIND_LABEL } from "@/lib/import/fields";
import { NO_HEADER_ROW } from "@/lib/import/header";
import { outsideSummit } from "@/lib/import/kinds/window";
import { detectLayout, type SourceRow } from "@/lib/import/layout";
import { ImportFileError, MAX_FILE_BYTES, NOT_A_SPREADSHEET, tooLarge, tooManyRows } from "@/lib/import/limits";
import { duplicateKeyIssues } from "@/lib/import/plan";
import { RowReader } from "@/lib/import/reader";
import { reportCsv } from "@/lib/import/report";
import { importFormSchema } from "@/lib/import/schema";
import { readDelegationKind } from "@/lib/import/values";
import type { Workbook } from "@/lib/import/types";
import { readWorkbook } from "@/lib/import/workbook";
import { DATABASE_UNAVAILABLE_MESSAGE } from "@/lib/errors";

type Leaf = { path: string; value: unknown };

function leaves(value: unknown, path = ""): Leaf[] {
  if (value && typeof value === "object") return Object.entries(value).flatMap(([key, v]) => leaves(v, path ? `${path}.${key}` : key));
  return [{ path, value }];
}

const placeholders = (template: string) => [...new Set([...template.matchAll(/\{(\w+)/g)].map((m) => m[1]))].sort();

/** The words a reader reads: the language tag and the choice names (checked apart) left out. */
const wordsOnly = (t: ImportText) => Object.fromEntries(Object.entries(t).filter(([key]) => key !== "lang" && key !== "enumNames"));

const dutch = (message: string) => translateImport(importNl, message);

async function refusal(bytes: Uint8Array): Promise<string> {
  const error = await readWorkbook(bytes).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ImportFileError);
  return (error as Error).message;
}

const utf8 = (text: string) => new TextEncoder().encode(text);

describe("the import's word file", () => {
  it("has every key in both languages, none empty, with the same placeholders", () => {
    const { enumNames: enNames, ...english } = importEn;
    const { enumNames: nlNames, ...local } = importNl;
    expect(leaves(local).map((l) => l.path)).toEqual(leaves(english).map((l) => l.path));
    const nl = new Map(leaves(local).map((l) => [l.path, l.value]));
    for (const { path, value } of leaves(english)) {
      expect(typeof nl.get(path), path).toBe(typeof value);
      if (typeof value !== "string") continue;
      expect(value.trim(), path).not.toBe("");
      expect(String(nl.get(path)).trim(), path).not.toBe("");
      expect(placeholders(String(nl.get(path))), path).toEqual(placeholders(value));
    }
    expect(Object.keys(nlNames).sort()).toEqual(Object.keys(enNames).sort());
    for (const [word, same] of Object.entries(enNames)) expect(same).toBe(word);
  });

  it("is Dutch in Dutch: only names, codes and loanwords read the same", () => {
    const english = wordsOnly(importEn);
    const local = wordsOnly(importNl);
    const nl = new Map(leaves(local).map((l) => [l.path, l.value]));
    const same = leaves(english).filter((l) => nl.get(l.path) === l.value).map((l) => `${l.path}: ${String(l.value)}`);
    expect(same).toEqual([
      "fields.delegations.code.label: Code",
      "fields.delegations.hotel.label: Hotel",
      "table.statusColumn: Status",
      "refusals.fieldReason: {field} {reason}",
    ]);
    expect(importNl.kinds).toMatchObject({ delegations: "Delegaties", movements: "Aankomsten en vertrekken", "travel-times": "Reistijden" });
    expect(importNl.enumNames).toMatchObject({ Ally: "Bondgenoot", Arrival: "Aankomst", "Head of state or government": "Staatshoofd of regeringsleider", Escort: "Escorte", Other: "Overig" });
  });

  it("says in English what the import's field list and the page said before", () => {
    for (const kind of IMPORT_KINDS) {
      expect(importEn.kinds[kind]).toBe(KIND_LABEL[kind]);
      expect(Object.keys(importEn.fields[kind])).toEqual(FIELDS[kind].map((f) => f.name));
      expect(Object.keys(importNl.fields[kind])).toEqual(FIELDS[kind].map((f) => f.name));
      for (const f of FIELDS[kind]) expect(importEn.fields[kind][f.name], `${kind}.${f.name}`).toEqual({ label: f.label, help: f.help });
    }
    // What e2e/import-members.spec.ts finds the page by.
    expect(importEn.wizard).toMatchObject({ file: "Spreadsheet (.xlsx or .csv)", read: "Read the file", preview: "Preview", previewHeading: "Preview", import: "Import", importedHeading: "Imported", downloadReport: "Download the report (CSV)" });
    expect(importEn.layout).toMatchObject({ headerRow: "Header row", holds: "The file holds" });
    expect(importEn.table.status.new).toBe("New");
    expect(fillWords(importEn.wizard.counts, { new: 3, changed: 0, unchanged: 0, error: 0 })).toBe("3 new, 0 changed, 0 unchanged, 0 with errors");
    expect(fillWords(importEn.wizard.reportCounts, { added: 3, updated: 0, unchanged: 0, removed: 0, refused: 0 })).toBe("Added 3, updated 0, unchanged 0, removed 0, refused 0");
  });

  it("gives the report the words it has always had in English, and Dutch ones in Dutch", () => {
    const input = {
      counts: { added: 1, updated: 1, unchanged: 0, removed: 1, refused: 0 },
      rows: [
        { row: 2, key: "nl", label: "NL Netherlands", status: "new" as const, changes: [], errors: [] },
        { row: 3, key: "be", label: "BE Belgium", status: "changed" as const, changes: [{ field: "kind", label: "Kind", before: "Ally", after: "" }], errors: [] },
      ],
      removed: [{ label: "XX Nowhere" }],
      applied: true,
    };
    expect(reportCsv(input, importEn.report)).toBe(reportCsv(input));
    const local = reportCsv({ ...input, rows: input.rows.map((r) => localizeRow(importNl, r)) }, importNl.report);
    expect(local).toContain("Rij,Gegevens,Uitkomst,Toelichting");
    expect(local).toContain("3,BE Belgium,bijgewerkt,Soort: Bondgenoot → (leeg)");
    expect(local).toContain(",XX Nowhere,verwijderd,");
    expect(local).toContain(",Toegevoegd,1,");
  });

  it("fills templates, plurals by their number", () => {
    expect(fillWords(importNl.refusals.problems, { problems: 1, rows: 1 })).toMatch(/^1 probleem in 1 rij:/);
    expect(fillWords(importNl.refusals.problems, { problems: 3, rows: 2 })).toMatch(/^3 problemen in 2 rijen:/);
    expect(fillWords(importEn.personalData.erase.confirm, { n: 4, summit: "NATO {2025}" })).toBe("Yes, erase 4 names of NATO {2025}");
  });
});

describe("the file-level refusals", () => {
  it("come out in Dutch, as the import really words them", async () => {
    const cases: [string, string][] = [
      [await refusal(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02])), importNl.refusals.notSpreadsheet],
      [NOT_A_SPREADSHEET, importNl.refusals.notSpreadsheet],
      [await refusal(new Uint8Array(MAX_FILE_BYTES + 1)), importNl.refusals.tooLarge],
      [tooLarge().message, importNl.refusals.tooLarge],
      [tooManyRows().message, importNl.refusals.tooManyRows],
      [await refusal(utf8(`Code,Name\n${"X,Y\n".repeat(100_001)}`)), importNl.refusals.tooManyRows],
      [await refusal(new Uint8Array(0)), importNl.refusals.empty],
      [await refusal(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...[..."EncryptionInfo"].flatMap((c) => [c.charCodeAt(0), 0])])), importNl.refusals.protected],
      [await refusal(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0])), importNl.refusals.oldExcel],
      [await refusal(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])), importNl.refusals.notXlsx],
      [NO_HEADER_ROW, importNl.refusals.noHeaderRow],
    ];
    for (const [english, expected] of cases) {
      expect(dutch(english), english).toBe(expected);
      expect(expected).not.toBe(english);
      expect(translateImport(importEn, english)).toBe(english);
    }
    expect(dutch(NO_HEADER_ROW)).toMatch(/^Geen rij met kolomkoppen gevonden/);
    expect(dutch(tooLarge().message)).toBe("Het bestand is groter dan 25 MB. Splits het, of importeer de soorten een voor een. Er is niets geïmporteerd.");
  });

  it("include the sheet and row the planner chose, and the form's own refusals", () => {
    const book: Workbook = { format: "csv", sheets: [{ name: "CSV", rows: [["Code", "Name", "Kind"], ["NL", "Netherlands", "Ally"]] }] };
    const layoutError = (options: Parameters<typeof detectLayout>[1]) => {
      try {
        detectLayout(book, options);
      } catch (error) {
        return (error as Error).message;
      }
      throw new Error("no refusal");
    };
    expect(dutch(layoutError({ sheet: "Blad 2" }))).toBe('De werkmap heeft geen blad "Blad 2".');
    expect(dutch(layoutError({ headerRow: 40 }))).toBe("Het blad heeft geen rij 40.");
    const missing = importFormSchema.safeParse(new FormData()).error?.issues.map((i) => i.message) ?? [];
    expect(missing.length).toBeGreaterThan(0);
    for (const message of missing) expect(dutch(message)).toBe("Kies een bestand om te importeren.");
    expect(dutch("Choose the column that holds: Delegation, Function, Title.")).toBe("Kies de kolom met: Delegatie, Functie, Titel.");
    expect(dutch("Choose what the file holds: its headers do not say.")).toBe(importNl.refusals.chooseKind);
    expect(dutch("The sheet has no rows below its header.")).toBe(importNl.refusals.noRows);
  });

  it("and the gate's answers", () => {
    for (const [key, sentence] of Object.entries(adminEn.gate)) expect(importEn.refusals[key as keyof ImportRefusals]).toBe(sentence);
    expect(importEn.refusals.databaseDown).toBe(DATABASE_UNAVAILABLE_MESSAGE);
    expect(dutch("Not found.")).toBe("Niet gevonden.");
    expect(dutch(DATABASE_UNAVAILABLE_MESSAGE)).toBe("De database is niet bereikbaar; er is niets opgeslagen.");
  });
});

describe("the refusal of an import as a whole", () => {
  it("comes out in Dutch with its counts and the file problem it carries", () => {
    expect(dutch("1 problem in 1 row: nothing was imported. Correct the file and try again.")).toBe("1 probleem in 1 rij: er is niets geïmporteerd. Verbeter het bestand en probeer het opnieuw.");
    expect(dutch("5 problems in 3 rows: nothing was imported. Correct the file and try again.")).toMatch(/^5 problemen in 3 rijen: er is niets geïmporteerd/);
    expect(dutch("The sheet has no rows below its header. Nothing was imported.")).toBe("Het blad heeft geen rijen onder de kolomkoppen. Er is niets geïmporteerd.");
    expect(dutch("Choose the column that holds: Code. Nothing was imported.")).toBe("Kies de kolom met: Code. Er is niets geïmporteerd.");
    expect(dutch("The records to remove changed since the preview. Preview again; nothing was imported.")).toBe(importNl.refusals.removalsChanged);
  });

  it("stays English where it carries a sentence the word file does not know", () => {
    const conflict = "Not imported: a hard conflict stops Confirmed — Plenary. Change the file, or make this change in the app with a written reason to accept it.";
    expect(dutch(conflict)).toBe(conflict);
    expect(dutch("Something nobody wrote down. Nothing was imported.")).toBe("Something nobody wrote down. Nothing was imported.");
  });
});

describe("a row's errors", () => {
  const row = (cells: SourceRow["cells"], columns: SourceRow["columns"]): SourceRow => ({ row: 4, cells, columns });

  it("from reading its cells come out in Dutch, with the field names and choices translated", () => {
    const r = new RowReader(row({ name: null, kind: "Friend", partySize: "many", code: 9000 }, { name: "B (Name)", kind: "C (Kind)", partySize: "F (Party size)", code: "A (Code)" }), "delegations", "Europe/Amsterdam");
    r.text("name", { required: true });
    r.choice("kind", readDelegationKind, "Ally, Partner, Organisation", { required: true });
    const m = new RowReader(row({ partySize: "many", when: "tomorrow", principalLevel: 0 }, { partySize: "F (Party size)", when: "E (Date and time)" }), "movements", "Europe/Amsterdam");
    m.int("partySize", 1, 5000);
    m.dateTime(["when"], { required: true, label: "Date and time" });
    const n = new RowReader(row({ partySize: 0 }, { partySize: "F (Party size)" }), "movements", "Europe/Amsterdam");
    n.int("partySize", 1, 5000);
    n.text("airport", { required: true });
    const messages = [...r.issues, ...m.issues, ...n.issues].map((i) => dutch(i.message));
    expect(messages).toEqual([
      "Naam is leeg.",
      '"Friend" is niet een van: Bondgenoot, Partner, Organisatie.',
      '"many" is geen heel getal.',
      'Datum en tijd "tomorrow" is geen datum of tijd (gebruik 24-06-2025 14:30, 2025-06-24T14:30 of 24/06/2025).',
      "0 ligt buiten 1–5000.",
      "Luchthaven is leeg.",
    ]);
    expect(n.issues.map((i) => translateColumn(importNl, i.column ?? ""))).toEqual(["F (Party size)", "Luchthaven"]);
  });

  it("from dates and times: every reason the reader gives has Dutch words", () => {
    const reasons = [
      parseLocalDateTime([-5], "UTC"),
      parseLocalDateTime([new Date(Number.NaN)], "UTC"),
      parseLocalDateTime(["2025-02-30 10:00"], "UTC"),
      parseLocalDateTime(["31-02-2025"], "UTC"),
      parseLocalDateTime(["25:61"], "UTC"),
      parseLocalDateTime(["soon"], "UTC"),
      parseLocalDateTime([true], "UTC"),
      parseLocalDateTime(["14:30"], "UTC"),
      parseLocalDateTime(["24-06-2025"], "UTC"),
      parseMinuteOfDay("24-06-2025", "UTC"),
    ].map((p) => (p.ok ? "" : p.message));
    expect(reasons.filter((r) => r === "")).toEqual([]);
    for (const reason of reasons) {
      const sentence = `Start ${reason}`;
      expect(dutch(sentence), sentence).toMatch(/^Begin (is|heeft|")/);
      expect(dutch(sentence)).not.toBe(sentence);
    }
    expect(dutch(`Opens ${reasons[9]}`)).toBe("Opent is een datum, geen tijdstip (gebruik 07:30).");
  });

  it("against the summit's data come out in Dutch", () => {
    const rows = [row({}, {}), { ...row({}, {}), row: 9 }];
    const [issue] = duplicateKeyIssues(rows.map((r) => ({ row: r, key: "nl", value: null })), (key) => `Code ${key.toUpperCase()}`).values();
    const outside = outsideSummit("2024-06-24T12:30", ["2025-06-24", "2025-06-25"])!;
    const cases: [string, string][] = [
      [issue.message, "De code NL staat al op rij 4: elk komt maar één keer in een bestand voor."],
      ["This venue and space is on row 2 already: each appears once in a file.", "Deze locatie en zaal staat al op rij 2: elk komt maar één keer in een bestand voor."],
      [outside, "2024-06-24 valt buiten de dagen van de top (2025-06-24 tot en met 2025-06-25, met de dag ervoor en erna)."],
      ['No delegation "XX" in this summit.', 'Geen delegatie "XX" in deze top.'],
      ['No venue "Eindhoven" in this summit (import venues first).', 'Geen locatie "Eindhoven" in deze top (importeer eerst de locaties).'],
      ['Delegation BE is already called "Belgium".', 'Delegatie BE heet al "Belgium".'],
      ['No agency "Fire Brigade" in this summit.', 'Geen dienst "Fire Brigade" in deze top.'],
      ["Give the programme item, or the delegation and Arrival or Departure, that the task covers.", importNl.refusals.giveSubject],
      ['No arrival of "NL" in this summit.', 'Geen aankomst van "NL" in deze top.'],
      ["A venue has no travel time to itself.", "Een locatie heeft geen reistijd naar zichzelf."],
      ['"Astronaut" is not one of: Head of state or government, Foreign minister, Defence minister, Sherpa, Interpreter, Security, Other.', '"Astronaut" is niet een van: Staatshoofd of regeringsleider, Minister van Buitenlandse Zaken, Minister van Defensie, Sherpa, Tolk, Beveiliging, Overig.'],
      ["1 agency task would fall outside the new time; change it first.", "1 taak van diensten zou buiten de nieuwe tijd vallen; wijzig die eerst."],
      ["takes part in 2 programme items; remove them from the items first", "neemt deel aan 2 programmaonderdelen; haal het lid daar eerst uit"],
      // A venue offered for removal, and why it cannot go.
      ["Catshuis, with its 1 space and travel times", "Catshuis, met 1 zaal en de reistijden"],
      ["Catshuis, with its travel times", "Catshuis, met de reistijden"],
      ["holds 2 programme items and 0 proposed bilaterals; move them first", "heeft 2 programmaonderdelen en 0 voorgestelde bilaterale gesprekken; verplaats die eerst"],
      ["Police was deactivated during the import and gets no new tasks. Nothing was imported.", "Police is tijdens de import gedeactiveerd en krijgt geen nieuwe taken. Er is niets geïmporteerd."],
    ];
    for (const [english, expected] of cases) expect(dutch(english), english).toBe(expected);
  });

  it("stay English where they are a form's own rule", () => {
    for (const sentence of ["Letters, digits and - only.", "Unknown time zone (e.g. Europe/Kyiv).", "Closing time must be after opening time."]) expect(dutch(sentence)).toBe(sentence);
  });

  it("each English template is recognised as itself", () => {
    const sample: Record<string, [string, string]> = {
      field: ["Party size", "Omvang gezelschap"],
      fields: ["Code, Name", "Code, Naam"],
      choices: ["Ally, Other", "Bondgenoot, Overig"],
      reason: [importEn.refusals.notValidDate, importNl.refusals.notValidDate],
      sentence: [importEn.refusals.noRows, importNl.refusals.noRows],
      what: [importEn.refusals.duplicateVenue, importNl.refusals.duplicateVenue],
    };
    for (const [key, template] of Object.entries(importEn.refusals) as [keyof ImportRefusals, string][]) {
      const english: Record<string, string | number> = {};
      const local: Record<string, string | number> = {};
      for (const name of placeholders(template)) {
        const [e, l] = sample[name] ?? [/^(value|name|code|sheet|day|first|last|agency|title|ref|items)$/.test(name) ? "Zeta" : "2", ""];
        english[name] = e;
        local[name] = l || e;
      }
      const sentence = fillWords(template, english);
      expect(dutch(sentence), key).toBe(fillWords(importNl.refusals[key], local));
    }
  });

  it("and a row's changes, in the preview and the report", () => {
    const plan = {
      row: 3,
      errors: [{ row: 3, column: "Title", message: "Title is empty." }],
      changes: [
        { field: "function", label: "Function", before: "Sherpa", after: "Head of state or government" },
        { field: "title", label: "Title", before: "Other", after: "" },
      ],
    };
    expect(localizeRow(importNl, plan)).toEqual({
      row: 3,
      errors: [{ row: 3, column: "Titel", message: "Titel is leeg." }],
      changes: [
        { field: "function", label: "Functie", before: "Sherpa", after: "Staatshoofd of regeringsleider" },
        // A title is the planner's own text, never a choice: it stays as written.
        { field: "title", label: "Titel", before: "Other", after: "" },
      ],
    });
    expect(localizeRow(importEn, plan)).toBe(plan);
  });
});

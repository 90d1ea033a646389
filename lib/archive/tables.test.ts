// The archive covers the schema: a table or column added to prisma/schema.prisma fails here until
// the archive carries it (lib/archive/format.ts) or says why it leaves it out (lib/archive/tables.ts).
import { describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { summitRowSchema, tableSchemas } from "./format";
import { REFERENCES } from "./references";
import { ADDED_FIELDS, ARCHIVED_TABLES, DROPPED_COLUMNS, EXCLUDED_TABLES, IMPLIED_COLUMN } from "./tables";

const models = Object.values(Prisma.ModelName);
const archived = Object.entries(ARCHIVED_TABLES) as [Prisma.ModelName, keyof typeof tableSchemas | "summit"][];

/** The generated client's list of a model's columns (e.g. Prisma.VenueScalarFieldEnum). */
function columnsOf(model: string): string[] {
  const columns = (Prisma as unknown as Record<string, Record<string, string> | undefined>)[`${model}ScalarFieldEnum`];
  if (!columns) throw new Error(`the generated client has no ${model}ScalarFieldEnum`);
  return Object.values(columns);
}

function fieldsOf(key: keyof typeof tableSchemas | "summit"): string[] {
  return Object.keys(key === "summit" ? summitRowSchema.shape : tableSchemas[key].shape);
}

describe("the archive's coverage of the schema", () => {
  it("reads the models from the generated client", () => {
    expect(models.length).toBeGreaterThan(20);
    expect(models).toContain("ProgrammeItem");
  });

  it("archives or deliberately excludes every table, never both", () => {
    const uncovered = models.filter((m) => !(m in ARCHIVED_TABLES) && !(m in EXCLUDED_TABLES));
    expect(uncovered).toEqual([]);
    expect(models.filter((m) => m in ARCHIVED_TABLES && m in EXCLUDED_TABLES)).toEqual([]);
    for (const reason of Object.values(EXCLUDED_TABLES)) expect(reason.length).toBeGreaterThan(20);
    // Nothing listed that the schema no longer has.
    expect([...Object.keys(ARCHIVED_TABLES), ...Object.keys(EXCLUDED_TABLES)].filter((m) => !models.includes(m as Prisma.ModelName))).toEqual([]);
  });

  it("gives every archived table a table of the file", () => {
    const keys = archived.map(([, key]) => key).filter((k) => k !== "summit");
    expect([...keys].sort()).toEqual(Object.keys(tableSchemas).sort());
  });

  it("writes every column of an archived table, or says why not", () => {
    const missing: string[] = [];
    const unknown: string[] = [];
    for (const [model, key] of archived) {
      const columns = columnsOf(model);
      const fields = fieldsOf(key);
      for (const column of columns) {
        if (!fields.includes(column) && !(`${model}.${column}` in DROPPED_COLUMNS) && column !== IMPLIED_COLUMN) missing.push(`${model}.${column}`);
      }
      for (const field of fields) if (!columns.includes(field) && !(`${model}.${field}` in ADDED_FIELDS)) unknown.push(`${model}.${field}`);
    }
    expect(missing).toEqual([]);
    expect(unknown).toEqual([]);
    for (const name of [...Object.keys(DROPPED_COLUMNS), ...Object.keys(ADDED_FIELDS)]) {
      const [model, column] = name.split(".");
      expect(models).toContain(model);
      expect(name in ADDED_FIELDS || columnsOf(model).includes(column)).toBe(true);
    }
  });

  it("knows where every id column of the file points, so import remaps them all", () => {
    const listed = new Set(REFERENCES.map((r) => `${r.table}.${r.field}`));
    // Not references to one table: the audit trail's subject (any entity) and the engine's conflict key.
    const special = new Set(["auditEntries.entityId", "conflictOverrides.conflictId"]);
    const idFields = Object.entries(tableSchemas).flatMap(([table, schema]) =>
      Object.keys(schema.shape)
        .filter((field) => field !== "id" && /Id$/.test(field))
        .map((field) => `${table}.${field}`),
    );
    expect(idFields.filter((f) => !listed.has(f) && !special.has(f))).toEqual([]);
    for (const ref of REFERENCES) expect(Object.keys(tableSchemas[ref.table].shape)).toContain(ref.field);
  });
});

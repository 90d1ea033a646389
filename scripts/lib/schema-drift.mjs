// Does a database built by the committed migrations match prisma/schema.prisma? Reads the schema
// with Prisma's own parser (the WebAssembly build from npm, no engine download) and the database
// from PostgreSQL's catalogue, and lists every difference: tables, columns (type, nullability),
// enums, primary keys, unique and plain indexes (B-tree or GIN), foreign keys with their delete rule.
//
// What Prisma's schema language cannot express is left out on purpose: CHECK and exclusion
// constraints, partial indexes, column defaults. Those live only in hand-edited migrations.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

const SCALAR_UDT = {
  String: "text",
  Int: "int4",
  BigInt: "int8",
  Float: "float8",
  Decimal: "numeric",
  Boolean: "bool",
  Json: "jsonb",
  Bytes: "bytea",
  DateTime: "timestamp",
};
const NATIVE_UDT = { Timestamptz: "timestamptz", Timestamp: "timestamp", Date: "date", VarChar: "varchar", Text: "text", Uuid: "uuid", Integer: "int4", SmallInt: "int2" };
const DELETE_RULE = { a: "NoAction", r: "Restrict", c: "Cascade", n: "SetNull", d: "SetDefault" };

/** Prisma's view of the schema (its DMMF), parsed by the same code `prisma generate` uses. */
export function readDatamodel(schemaText) {
  const wasm = require("@prisma/prisma-schema-wasm");
  return JSON.parse(wasm.get_dmmf(JSON.stringify({ prismaSchema: [["schema.prisma", schemaText]] }))).datamodel;
}

function expectedUdt(field) {
  const base = field.kind === "enum" ? field.type : field.nativeType ? NATIVE_UDT[field.nativeType[0]] ?? field.nativeType[0].toLowerCase() : SCALAR_UDT[field.type];
  return field.isList ? `_${base}` : base;
}

const columnOf = (field) => field.dbName ?? field.name;
const tableOf = (model) => model.dbName ?? model.name;
const key = (table, columns) => `${table}(${columns.join(",")})`;

async function catalogue(client) {
  // One client runs one query at a time.
  const rows = [];
  for (const sql of [
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
    `SELECT table_name, column_name, udt_name, is_nullable FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`,
    `SELECT t.typname::text AS name, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS labels
         FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
        WHERE n.nspname = 'public' GROUP BY t.typname`,
    // Whole-table indexes only (partial ones are hand-written); with the columns in index order.
    `SELECT c.relname AS table_name, i.indisprimary AS primary, i.indisunique AS unique, am.amname AS method,
              array_agg(a.attname::text ORDER BY k.ord) AS columns
         FROM pg_index i
         JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
         CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)
         JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
         JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_am am ON am.oid = ic.relam
        WHERE n.nspname = 'public' AND c.relname <> '_prisma_migrations' AND i.indpred IS NULL AND am.amname IN ('btree', 'gin')
        GROUP BY c.relname, i.indexrelid, i.indisprimary, i.indisunique, am.amname`,
    `SELECT c.relname AS table_name, f.relname AS ref_table, con.confdeltype AS on_delete,
              (SELECT array_agg(a.attname::text ORDER BY k.ord) FROM unnest(con.conkey) WITH ORDINALITY k(n, ord)
                 JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.n) AS columns,
              (SELECT array_agg(a.attname::text ORDER BY k.ord) FROM unnest(con.confkey) WITH ORDINALITY k(n, ord)
                 JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.n) AS ref_columns
         FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid JOIN pg_class f ON f.oid = con.confrelid
         JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE con.contype = 'f' AND n.nspname = 'public'`,
  ]) rows.push((await client.query(sql)).rows);
  const [tables, columns, enums, indexes, foreignKeys] = rows;
  return { tables, columns, enums, indexes, foreignKeys };
}

/** Every difference between the schema text and the database the client is connected to. */
export async function schemaDrift(client, schemaText) {
  const dm = readDatamodel(schemaText);
  const db = await catalogue(client);
  const problems = [];
  const compareSets = (what, expected, actual) => {
    const e = new Set(expected);
    const a = new Set(actual);
    for (const x of e) if (!a.has(x)) problems.push(`${what} ${x} is in schema.prisma but not in the database`);
    for (const x of a) if (!e.has(x)) problems.push(`${what} ${x} is in the database but not in schema.prisma`);
  };

  const models = new Map(dm.models.map((m) => [m.name, m]));
  compareSets("table", dm.models.map(tableOf), db.tables.map((t) => t.name));

  const dbColumns = new Map(db.columns.map((c) => [`${c.table_name}.${c.column_name}`, c]));
  const expectedColumns = [];
  for (const model of dm.models) {
    for (const field of model.fields.filter((f) => f.kind === "scalar" || f.kind === "enum")) {
      const name = `${tableOf(model)}.${columnOf(field)}`;
      expectedColumns.push(name);
      const column = dbColumns.get(name);
      if (!column) continue;
      const udt = expectedUdt(field);
      if (column.udt_name !== udt) problems.push(`column ${name} is ${column.udt_name} in the database, ${udt} in schema.prisma`);
      // Prisma leaves list columns nullable whatever the schema says.
      const nullable = column.is_nullable === "YES";
      if (!field.isList && nullable === field.isRequired) {
        problems.push(`column ${name} is ${nullable ? "nullable" : "NOT NULL"} in the database, ${field.isRequired ? "required" : "optional"} in schema.prisma`);
      }
    }
  }
  compareSets("column", expectedColumns, [...dbColumns.keys()]);

  const enumLabels = new Map(db.enums.map((e) => [e.name, e.labels]));
  compareSets("enum", dm.enums.map((e) => e.dbName ?? e.name), [...enumLabels.keys()]);
  for (const en of dm.enums) {
    const labels = enumLabels.get(en.dbName ?? en.name);
    const expected = en.values.map((v) => v.dbName ?? v.name);
    if (labels && labels.join(",") !== expected.join(",")) problems.push(`enum ${en.name} has values ${labels.join(", ")} in the database, ${expected.join(", ")} in schema.prisma`);
  }

  const fieldColumn = (modelName, fieldName) => columnOf(models.get(modelName).fields.find((f) => f.name === fieldName));
  const indexKey = (kind, modelName, fields) => `${kind} ${key(tableOf(models.get(modelName)), fields.map((f) => fieldColumn(modelName, f)))}`;
  // A GIN index (`type: Gin` in schema.prisma, on an array column) is named by its method too; the
  // GiST indexes behind the hand-written exclusion constraints are left out, as partial ones are.
  const kindOf = (kind, method) => (method && method.toLowerCase() !== "btree" ? `${kind} (${method.toLowerCase()})` : kind);
  const expectedIndexes = dm.indexes
    .filter((i) => ["id", "unique", "normal"].includes(i.type))
    .map((i) => indexKey(kindOf(i.type === "id" ? "primary key" : i.type === "unique" ? "unique index" : "index", i.algorithm), i.model, i.fields.map((f) => f.name)));
  const actualIndexes = db.indexes.map((i) => `${kindOf(i.primary ? "primary key" : i.unique ? "unique index" : "index", i.method)} ${key(i.table_name, i.columns)}`);
  compareSets("", expectedIndexes, actualIndexes);

  const expectedKeys = [];
  for (const model of dm.models) {
    for (const field of model.fields.filter((f) => f.kind === "object" && f.relationFromFields?.length)) {
      const target = models.get(field.type);
      // Prisma's defaults when the schema names no rule: SetNull for optional relations, Restrict otherwise.
      const onDelete = field.relationOnDelete ?? (field.isRequired ? "Restrict" : "SetNull");
      expectedKeys.push(
        `foreign key ${key(tableOf(model), field.relationFromFields.map((f) => fieldColumn(model.name, f)))} → ${key(tableOf(target), field.relationToFields.map((f) => fieldColumn(target.name, f)))} on delete ${onDelete}`,
      );
    }
  }
  const actualKeys = db.foreignKeys.map((k) => `foreign key ${key(k.table_name, k.columns)} → ${key(k.ref_table, k.ref_columns)} on delete ${DELETE_RULE[k.on_delete]}`);
  compareSets("", expectedKeys, actualKeys);

  return problems.map((p) => p.trim());
}

// `npm run import -- --summit <slug> [--kind delegations|members|movements|venues|travel-times|tasks]
// [--dry-run] [--remove-missing] [--as <e-mail>] <file>`: the import page's steps on the server,
// for files the page does not take (up to 25 MB). Prints what was detected and each row's outcome;
// --dry-run stops after the preview. Audited as the user named by --as, else as the command line.
import fs from "node:fs";
import { parseArgs } from "node:util";
import type { Actor } from "../lib/auth/actor";
import { can } from "../lib/auth/permissions";
import { createPrismaClient } from "../lib/db";
import { DomainError } from "../lib/errors";
import { IMPORT_KINDS, isImportKind, KIND_LABEL } from "../lib/import/fields";
import { applyImport, ImportRefusedError } from "../lib/import/mutations";
import type { RowPlan } from "../lib/import/plan";
import { importSummitBySlug, previewImport } from "../lib/import/queries";
import { columnLetter } from "../lib/import/text";

const USAGE = `Usage: npm run import -- --summit <slug> [--kind ${IMPORT_KINDS.join("|")}] [--dry-run] [--remove-missing] [--as <e-mail>] <file>`;

class UsageError extends Error {}

function rowLine(r: RowPlan): string {
  const detail = r.status === "error" ? r.errors.map((e) => `${e.column ? `${e.column}: ` : ""}${e.message}`).join("; ") : r.changes.map((c) => `${c.label}: ${c.before || "(empty)"} → ${c.after || "(empty)"}`).join("; ");
  return `  row ${String(r.row).padStart(5)}  ${r.status.padEnd(9)} ${r.label}${detail ? `  — ${detail}` : ""}`;
}

async function main() {
  const { values, positionals } = parseArgs({
    args: process.argv.slice(2),
    options: { summit: { type: "string" }, kind: { type: "string" }, "dry-run": { type: "boolean" }, "remove-missing": { type: "boolean" }, as: { type: "string" } },
    allowPositionals: true,
  });
  if (!values.summit || positionals.length !== 1) throw new UsageError(USAGE);
  if (values.kind && !isImportKind(values.kind)) throw new UsageError(`Unknown kind "${values.kind}". ${USAGE}`);
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: point it at the installation's PostgreSQL.");
  const bytes = new Uint8Array(fs.readFileSync(positionals[0]));
  const db = createPrismaClient(url, 2);
  try {
    const summit = await importSummitBySlug(db, values.summit).catch(() => {
      throw new UsageError(`No summit "${values.summit}".`);
    });
    let actor: Actor = { userId: "", name: "Command-line import", email: "", role: "ADMIN", delegationIds: [], agencyId: null, mustChangePassword: false };
    if (values.as) {
      const user = await db.user.findUnique({ where: { email: values.as.toLowerCase() }, select: { id: true, name: true, email: true, role: true, active: true } });
      if (!user?.active || !can(user, "data.import")) throw new UsageError(`${values.as} is not an active planner or administrator.`);
      actor = { ...actor, userId: user.id, name: user.name, email: user.email, role: user.role };
    }
    const options = { kind: values.kind && isImportKind(values.kind) ? values.kind : null, removeMissing: !!values["remove-missing"] };
    const preview = await previewImport(db, actor, { summitId: summit.id, bytes, options });
    const { layout, plan } = preview;
    console.log(`Summit ${summit.name} (times in ${summit.timeZone}); sheet "${layout.sheet}", header row ${layout.headerRow}, ${layout.rowCount} rows.`);
    if (!layout.kind) throw new UsageError("The headers do not say what the file holds: give --kind.");
    console.log(`Kind: ${KIND_LABEL[layout.kind]}${layout.matrix ? " (square sheet)" : ""}`);
    if (!layout.matrix) for (const [field, column] of Object.entries(layout.mapping)) console.log(`  ${field.padEnd(16)} ← ${column === null ? "(not in the file)" : `${columnLetter(column)} (${layout.headers[column]})`}`);
    for (const message of preview.fileErrors) console.error(`✖ ${message}`);
    if (!plan) return void (process.exitCode = 1);
    for (const row of plan.rows) if (row.status !== "unchanged") console.log(rowLine(row));
    for (const r of plan.removals) console.log(`  not in the file: ${r.label}${r.blocker ? ` (cannot be removed: ${r.blocker})` : ""}`);
    const c = plan.counts;
    console.log(`${c.new} new, ${c.changed} changed, ${c.unchanged} unchanged, ${c.error} with errors.`);
    if (c.error > 0) {
      console.error("✖ Nothing was imported: correct the file and run again.");
      return void (process.exitCode = 1);
    }
    if (values["dry-run"]) return void console.log("Dry run: nothing was written.");
    const remove = values["remove-missing"] ? plan.removals.filter((r) => !r.blocker).map((r) => r.id) : [];
    const report = await applyImport(db, actor, { summitId: summit.id, bytes, options: { ...options, remove } });
    const r = report.counts;
    console.log(`✔ Imported: added ${r.added}, updated ${r.updated}, unchanged ${r.unchanged}, removed ${r.removed}, refused ${r.refused}.`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  if (error instanceof ImportRefusedError) {
    for (const i of error.issues) console.error(`  ${i.row ? `row ${i.row} ` : ""}${i.column ? `${i.column}: ` : ""}${i.message}`);
    console.error(`✖ ${error.message}`);
  } else if (error instanceof UsageError || error instanceof DomainError) console.error(`✖ ${error.message}`);
  else console.error(`✖ ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
  process.exitCode = error instanceof UsageError ? 2 : 1;
});

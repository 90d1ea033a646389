// Agency tasks, keyed by agency, task type and what the task covers (a programme item by its
// title, or a delegation's arrival or departure). Checked with the task form's own schema and its
// window rule (within hours of what it covers); written and audited as the form's save does, so
// the agency's "changes since you last acknowledged" lists them.
import { ValidationError } from "@/lib/errors";
import { worded } from "@/lib/i18n/errors";
import { taskWindowErrors } from "@/lib/programme/task-window";
import { createTaskSchema } from "@/lib/tasks/schema";
import { recordAudits } from "@/lib/audit/record";
import type { DbOrTx } from "@/lib/db";
import type { TaskType } from "@/lib/generated/prisma/enums";
import { formatDayTime } from "@/lib/time";
import { instantOf } from "../datetime";
import { FIELDS } from "../fields";
import { changesOf, countRows, duplicateKeyIssues, type Removal, type RowPlan } from "../plan";
import { RowReader } from "../reader";
import { ENUM_LABELS, readDirection, readTaskType } from "../values";
import { newId } from "./ids";
import { keyOf, type Importer, type KindPlan } from "./types";
import { outsideSummit } from "./window";

type Data = { agencyId: string; itemId: string | null; movementId: string | null; type: TaskType; startsAt: Date; endsAt: Date; location: string | null; note: string | null };
type Write = { id: string | null; version: number | null; data: Data; before: Record<string, unknown> | null };

const LABELS = Object.fromEntries(FIELDS.tasks.map((f) => [f.name, f.label]));
const AUDITED = {
  id: true, agencyId: true, itemId: true, movementId: true, type: true, status: true,
  startsAt: true, endsAt: true, location: true, note: true, agencyNote: true, staffNotes: true, version: true,
} as const;
const TYPES = "Security perimeter, Escort, Road closure, Airport handling, Crowd management, Medical, Liaison, Other";

async function load(db: DbOrTx, summitId: string) {
  return Promise.all([
    db.agency.findMany({ where: { summitId }, select: { id: true, name: true, shortName: true, deactivatedAt: true } }),
    db.programmeItem.findMany({ where: { summitId }, select: { id: true, title: true, startsAt: true, endsAt: true, status: true } }),
    db.movement.findMany({ where: { summitId, kind: { in: ["ARRIVAL", "DEPARTURE"] } }, select: { id: true, kind: true, startsAt: true, endsAt: true, delegation: { select: { id: true, code: true, name: true } } } }),
    db.agencyTask.findMany({ where: { agency: { summitId } }, select: AUDITED }),
  ] as const);
}

export const tasksImporter: Importer<Write> = {
  async plan(db, summit, rows, { removals: wantRemovals }) {
    const [agencies, items, movements, tasks] = await load(db, summit.id);
    const agencyByRef = new Map<string, (typeof agencies)[number]>();
    for (const a of agencies) agencyByRef.set(keyOf(a.name), a);
    for (const a of agencies) agencyByRef.set(keyOf(a.shortName), a);
    const itemsByTitle = new Map<string, (typeof items)[number][]>();
    for (const i of items) itemsByTitle.set(keyOf(i.title), [...(itemsByTitle.get(keyOf(i.title)) ?? []), i]);
    const movementsByRef = new Map<string, (typeof movements)[number][]>();
    for (const m of movements) {
      // By code and by name (NATO's are the same: once).
      for (const ref of new Set([keyOf(m.delegation.code), keyOf(m.delegation.name)])) movementsByRef.set(keyOf(ref, m.kind), [...(movementsByRef.get(keyOf(ref, m.kind)) ?? []), m]);
    }
    const subjectName = (t: { itemId: string | null; movementId: string | null }) => {
      const m = movements.find((x) => x.id === t.movementId);
      return t.itemId ? (items.find((i) => i.id === t.itemId)?.title ?? "") : m ? `${m.delegation.code} ${ENUM_LABELS.direction[m.kind]}` : "";
    };
    const read = rows.map((row) => {
      const r = new RowReader(row, "tasks", summit.timeZone);
      const agencyRef = r.text("agency", { required: true });
      const agency = agencyRef ? agencyByRef.get(keyOf(agencyRef)) : undefined;
      if (agencyRef && !agency) r.fail("agency", `No agency "${agencyRef}" in this summit.`);
      const type = r.choice("type", readTaskType, TYPES, { required: true });
      const title = r.text("item");
      const delegationRef = r.text("delegation");
      const direction = r.choice("movement", readDirection, "Arrival, Departure");
      let subject: { itemId: string | null; movementId: string | null; startsAt: Date; endsAt: Date | null } | null = null;
      if (title) {
        const found = itemsByTitle.get(keyOf(title)) ?? [];
        if (found.length === 0) r.fail("item", `No programme item "${title}" in this summit.`);
        else if (found.length > 1) r.fail("item", `${found.length} programme items are called "${title}": give this task in the app.`);
        else subject = { itemId: found[0].id, movementId: null, startsAt: found[0].startsAt, endsAt: found[0].endsAt };
      } else if (delegationRef && direction) {
        const found = movementsByRef.get(keyOf(delegationRef, direction)) ?? [];
        if (found.length !== 1) r.fail("delegation", found.length === 0 ? `No ${ENUM_LABELS.direction[direction].toLowerCase()} of "${delegationRef}" in this summit.` : `"${delegationRef}" has ${found.length} of these: give this task in the app.`);
        else subject = { itemId: null, movementId: found[0].id, startsAt: found[0].startsAt, endsAt: found[0].endsAt };
      } else r.fail(r.has("item") ? "item" : null, "Give the programme item, or the delegation and Arrival or Departure, that the task covers.");
      const key = agency && type && subject ? keyOf(agency.id, type, subject.itemId ?? subject.movementId) : `row ${row.row}`;
      return { row, r, agency, type, subject, key, label: [agency?.shortName, type ? ENUM_LABELS.type[type] : null, title ?? (delegationRef && direction ? `${delegationRef} ${ENUM_LABELS.direction[direction]}` : null)].filter(Boolean).join(" · ") };
    });
    const duplicates = duplicateKeyIssues(read.map((x) => ({ row: x.row, key: x.key, value: null })), () => "A task of this agency and type for the same item or movement");
    const existingByKey = new Map<string, (typeof tasks)[number][]>();
    for (const t of tasks) existingByKey.set(keyOf(t.agencyId, t.type, t.itemId ?? t.movementId), [...(existingByKey.get(keyOf(t.agencyId, t.type, t.itemId ?? t.movementId)) ?? []), t]);
    const out: RowPlan[] = [];
    const writes: Write[] = [];
    for (const { row, r, agency, type, subject, key, label } of read) {
      const duplicate = duplicates.get(row);
      if (duplicate) r.issues.push(duplicate);
      const start = r.dateTime(["start", "date"], { required: true, label: "Start" });
      const end = r.dateTime(["end", "date"], { required: true, label: "End" });
      for (const [field, local] of [["start", start], ["end", end]] as const) {
        const outside = local ? outsideSummit(local, summit.days) : null;
        if (outside) r.fail(field, outside);
      }
      const location = r.text("location");
      const note = r.text("note");
      const found = existingByKey.get(key) ?? [];
      if (found.length > 1) r.fail("type", `${found.length} such tasks exist in the app: change them there.`);
      const existing = found.length === 1 ? found[0] : undefined;
      // As in the app: a deactivated agency keeps (and may see edited) the tasks it has, but gets no new one.
      if (agency?.deactivatedAt && !existing) r.fail("agency", `${agency.shortName} is deactivated and gets no new tasks.`);
      if (r.issues.length > 0 || !agency || !type || !subject || !start || !end) {
        out.push({ row: row.row, key, label, status: "error", changes: [], errors: r.issues });
        continue;
      }
      const data: Data = {
        agencyId: agency.id, itemId: subject.itemId, movementId: subject.movementId, type,
        startsAt: instantOf(start, summit.timeZone), endsAt: instantOf(end, summit.timeZone),
        location: location === undefined ? (existing?.location ?? null) : location,
        note: note === undefined ? (existing?.note ?? null) : note,
      };
      const checked = createTaskSchema.safeParse({
        agencyId: agency.id, subject: subject.itemId ? `item:${subject.itemId}` : `movement:${subject.movementId}`, type,
        startsAt: start, endsAt: end, location: data.location, note: data.note, staffNotes: existing?.staffNotes ?? null,
      });
      if (!checked.success) r.schemaIssues(checked.error, { startsAt: "start", endsAt: "end", subject: "item", agencyId: "agency" });
      for (const [field, message] of Object.entries(taskWindowErrors(data, subject, summit.timeZone))) r.fail(field === "startsAt" ? "start" : "end", message);
      if (r.issues.length > 0) {
        out.push({ row: row.row, key, label, status: "error", changes: [], errors: r.issues });
        continue;
      }
      const when = (v: unknown) => (v instanceof Date ? formatDayTime(v, summit.timeZone) : "");
      const changes = existing
        ? changesOf({ ...LABELS, startsAt: "Start", endsAt: "End", note: "Instruction" }, { startsAt: existing.startsAt, endsAt: existing.endsAt, location: existing.location, note: existing.note }, { startsAt: data.startsAt, endsAt: data.endsAt, location: data.location, note: data.note }, { startsAt: when, endsAt: when })
        : [];
      const status = !existing ? "new" : changes.length > 0 ? "changed" : "unchanged";
      out.push({ row: row.row, key: existing?.id ?? key, label, status, changes, errors: [] });
      if (status !== "unchanged") writes.push({ id: existing?.id ?? null, version: existing?.version ?? null, data, before: existing ?? null });
    }
    // Removal is confined to the agencies the file lists, and to tasks a file can name at all (on
    // an item with a title of its own, or on an arrival or departure): a transfer's escort, which
    // no row can express, is never offered for removal.
    const listedAgencies = new Set(read.flatMap((x) => (x.agency ? [x.agency.id] : [])));
    const listed = new Set(out.map((r) => r.key));
    const expressible = (t: (typeof tasks)[number]) =>
      t.itemId !== null
        ? (itemsByTitle.get(keyOf(items.find((i) => i.id === t.itemId)?.title ?? "")) ?? []).length === 1
        : movements.some((m) => m.id === t.movementId);
    const removals: Removal[] = wantRemovals
      ? tasks
          .filter((t) => listedAgencies.has(t.agencyId) && !listed.has(t.id) && expressible(t))
          .map((t) => ({ id: t.id, label: [agencies.find((a) => a.id === t.agencyId)?.shortName, ENUM_LABELS.type[t.type], subjectName(t)].filter(Boolean).join(" · "), blocker: null }))
      : [];
    return { kind: "tasks", rows: out, removals, counts: countRows(out), writes } satisfies KindPlan<Write>;
  },

  async apply(tx, actor, summit, plan, remove) {
    const ids = new Map(plan.writes.map((w) => [w, w.id ?? newId()]));
    const created = plan.writes.filter((w) => !w.id);
    // Read the agencies that get new tasks with a share lock, as the app's task form does: a
    // deactivation saved meanwhile either waits for this import or is seen here.
    const newFor = [...new Set(created.map((w) => w.data.agencyId))];
    if (newFor.length > 0) {
      const locked = await tx.$queryRaw<{ shortName: string; deactivatedAt: Date | null }[]>`SELECT "shortName", "deactivatedAt" FROM "Agency" WHERE id = ANY(${newFor}) FOR SHARE`;
      const off = locked.find((a) => a.deactivatedAt !== null);
      if (off) throw new ValidationError(worded("agencyDeactivatedDuringImport", (t) => t.agencyDeactivatedDuringImport(off.shortName)));
    }
    if (created.length > 0) await tx.agencyTask.createMany({ data: created.map((w) => ({ id: ids.get(w)!, ...w.data })) });
    for (const w of plan.writes) {
      if (!w.id) continue;
      const { count } = await tx.agencyTask.updateMany({ where: { id: w.id, version: w.version! }, data: { ...w.data, version: { increment: 1 } } });
      if (count !== 1) throw new Error("A task changed during the import.");
    }
    const gone = await tx.agencyTask.findMany({ where: { id: { in: plan.removals.filter((r) => remove.includes(r.id)).map((r) => r.id) }, agency: { summitId: summit.id } }, select: AUDITED });
    if (gone.length > 0) await tx.agencyTask.deleteMany({ where: { id: { in: gone.map((t) => t.id) } } });
    const after = new Map((await tx.agencyTask.findMany({ where: { id: { in: [...ids.values()] } }, select: AUDITED })).map((t) => [t.id, t]));
    await recordAudits(tx, [
      ...plan.writes.map((w) => ({ actor, summitId: summit.id, entity: "AgencyTask" as const, entityId: ids.get(w)!, action: w.id ? "update" : "create", before: w.before, after: after.get(ids.get(w)!) })),
      ...gone.map((t) => ({ actor, summitId: summit.id, entity: "AgencyTask" as const, entityId: t.id, action: "delete", before: t })),
    ]);
  },
};

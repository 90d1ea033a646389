// Arrivals and departures, keyed by delegation and direction (one of each per delegation): a
// corrected file moves the flight in place. Checked with the movement form's own schema and, as
// the form's save does, against the agency tasks that cover the flight; written with the form's
// audit entries (so the liaison sees a moved arrival among the changes) and refused, like an edit,
// when it leaves a hard conflict.
import { tasksOutsideMessage } from "@/lib/programme/task-window";
import { recordAudits } from "@/lib/audit/record";
import type { DbOrTx } from "@/lib/db";
import type { MemberFunction } from "@/lib/generated/prisma/enums";
import { AUDITED, guardMovements } from "@/lib/movements/mutations";
import { createMovementSchema } from "@/lib/movements/schema";
import { formatDayTime, toLocalInput } from "@/lib/time";
import { instantOf } from "../datetime";
import { FIELDS } from "../fields";
import { changesOf, countRows, duplicateKeyIssues, type Removal, type RowPlan } from "../plan";
import { RowReader } from "../reader";
import { ENUM_LABELS, readDirection, readMemberFunction } from "../values";
import { newId } from "./ids";
import { FUNCTION_NAMES } from "./members";
import { keyOf, type Importer, type KindPlan } from "./types";
import { outsideSummit } from "./window";

type Direction = "ARRIVAL" | "DEPARTURE";
type Data = {
  delegationId: string; kind: Direction; fromVenueId: string | null; toVenueId: string | null; flight: string | null;
  startsAt: Date; endsAt: Date | null; partySize: number; principalLevel: MemberFunction | null;
};
type Write = { id: string | null; version: number | null; data: Data; before: Record<string, unknown> | null };

const LABELS = Object.fromEntries(FIELDS.movements.map((f) => [f.name, f.label]));
const WHEN = ["when", "date", "time"];

async function load(db: DbOrTx, summitId: string) {
  const [delegations, venues, movements] = await Promise.all([
    db.delegation.findMany({ where: { summitId }, select: { id: true, code: true, name: true } }),
    db.venue.findMany({ where: { summitId }, select: { id: true, name: true } }),
    db.movement.findMany({
      where: { summitId, kind: { in: ["ARRIVAL", "DEPARTURE"] } },
      select: { ...AUDITED, tasks: { select: { startsAt: true, endsAt: true } } },
    }),
  ]);
  return { delegations, venues, movements };
}

export const movementsImporter: Importer<Write> = {
  async plan(db, summit, rows, { removals: wantRemovals }) {
    const { delegations, venues, movements } = await load(db, summit.id);
    const delegationByRef = new Map<string, (typeof delegations)[number]>();
    for (const d of delegations) delegationByRef.set(keyOf(d.name), d);
    for (const d of delegations) delegationByRef.set(keyOf(d.code), d);
    const venueByName = new Map(venues.map((v) => [keyOf(v.name), v]));
    const venueName = new Map(venues.map((v) => [v.id, v.name]));
    const existingByKey = new Map<string, (typeof movements)[number][]>();
    for (const m of movements) existingByKey.set(keyOf(m.delegationId, m.kind), [...(existingByKey.get(keyOf(m.delegationId, m.kind)) ?? []), m]);

    const read = rows.map((row) => {
      const r = new RowReader(row, "movements", summit.timeZone);
      const ref = r.text("delegation", { required: true });
      const delegation = ref ? delegationByRef.get(keyOf(ref)) : undefined;
      if (ref && !delegation) r.fail("delegation", `No delegation "${ref}" in this summit.`);
      const direction = r.choice("direction", readDirection, "Arrival, Departure", { required: true });
      return { row, r, ref, delegation, direction, key: delegation && direction ? keyOf(delegation.id, direction) : `row ${row.row}` };
    });
    const duplicates = duplicateKeyIssues(read.map((x) => ({ row: x.row, key: x.key, value: null })), () => "This delegation's arrival or departure");
    const out: RowPlan[] = [];
    const writes: Write[] = [];
    for (const { row, r, delegation, direction, key } of read) {
      const duplicate = duplicates.get(row);
      if (duplicate) r.issues.push(duplicate);
      const found = delegation && direction ? (existingByKey.get(key) ?? []) : [];
      if (found.length > 1) r.fail("direction", `${delegation!.code} has ${found.length} ${direction === "ARRIVAL" ? "arrivals" : "departures"} in the app: change them there.`);
      const existing = found.length === 1 ? found[0] : undefined;
      const airportName = r.text("airport", { required: true });
      const airport = airportName ? venueByName.get(keyOf(airportName)) : undefined;
      if (airportName && !airport) r.fail("airport", `No venue "${airportName}" in this summit (import venues first).`);
      const flight = r.text("flight");
      const local = r.dateTime(WHEN, { required: true, label: "Date and time" });
      const timeField = WHEN.find((f) => r.has(f) && r.cell(f) !== null) ?? "when";
      const outside = local ? outsideSummit(local, summit.days) : null;
      if (outside) r.fail(timeField, outside);
      const partySize = r.int("partySize", 1, 5000, { required: true });
      const principalLevel = r.choice("principalLevel", readMemberFunction, FUNCTION_NAMES);
      const label = [delegation?.code, direction ? ENUM_LABELS.direction[direction] : null, flight].filter(Boolean).join(" · ");
      if (r.issues.length > 0 || !delegation || !direction || !airport || !local || partySize == null) {
        out.push({ row: row.row, key, label, status: "error", changes: [], errors: r.issues });
        continue;
      }
      const startsAt = instantOf(local, summit.timeZone);
      // A moved flight keeps its ground time: the end moves with the start.
      const endsAt = existing?.endsAt ? new Date(existing.endsAt.getTime() + startsAt.getTime() - existing.startsAt.getTime()) : null;
      const data: Data = {
        delegationId: delegation.id, kind: direction,
        fromVenueId: direction === "DEPARTURE" ? airport.id : null, toVenueId: direction === "ARRIVAL" ? airport.id : null,
        flight: flight === undefined ? (existing?.flight ?? null) : flight,
        startsAt, endsAt, partySize,
        principalLevel: principalLevel === undefined ? (existing?.principalLevel ?? null) : principalLevel,
      };
      // The form's own rules, on the values as they will be saved.
      const checked = createMovementSchema.safeParse({
        ...data, startsAt: local, endsAt: endsAt ? toLocalInput(endsAt, summit.timeZone) : null,
        routeNote: existing?.routeNote ?? null, roadClosureNeeded: existing?.roadClosureNeeded ?? false, staffNotes: existing?.staffNotes ?? null,
      });
      if (!checked.success) r.schemaIssues(checked.error, { fromVenueId: "airport", toVenueId: "airport", startsAt: timeField, endsAt: timeField, kind: "direction" });
      const misfit = existing ? tasksOutsideMessage(existing.tasks, data, summit.timeZone) : null;
      if (misfit) r.fail(timeField, misfit);
      if (r.issues.length > 0) {
        out.push({ row: row.row, key, label, status: "error", changes: [], errors: r.issues });
        continue;
      }
      const place = (v: unknown) => (v ? (venueName.get(String(v)) ?? "") : "");
      const changes = existing
        ? changesOf(
            { ...LABELS, startsAt: "Date and time", fromVenueId: "Airport", toVenueId: "Airport" },
            { fromVenueId: existing.fromVenueId, toVenueId: existing.toVenueId, flight: existing.flight, startsAt: existing.startsAt, partySize: existing.partySize, principalLevel: existing.principalLevel },
            { fromVenueId: data.fromVenueId, toVenueId: data.toVenueId, flight: data.flight, startsAt: data.startsAt, partySize: data.partySize, principalLevel: data.principalLevel },
            { startsAt: (v) => (v instanceof Date ? formatDayTime(v, summit.timeZone) : ""), fromVenueId: place, toVenueId: place, principalLevel: (v) => ENUM_LABELS.principalLevel[String(v)] ?? "" },
          )
        : [];
      const status = !existing ? "new" : changes.length > 0 ? "changed" : "unchanged";
      out.push({ row: row.row, key: existing?.id ?? key, label, status, changes, errors: [] });
      if (status !== "unchanged") {
        writes.push({ id: existing?.id ?? null, version: existing?.version ?? null, data, before: existing ? withoutTasks(existing) : null });
      }
    }
    const listedDelegations = new Set(read.flatMap((x) => (x.delegation ? [x.delegation.id] : [])));
    const listed = new Set(out.map((r) => r.key));
    const removals: Removal[] = wantRemovals
      ? movements
          .filter((m) => listedDelegations.has(m.delegationId) && !listed.has(m.id))
          .map((m) => ({
            id: m.id,
            label: [delegations.find((d) => d.id === m.delegationId)?.code, ENUM_LABELS.direction[m.kind], m.flight].filter(Boolean).join(" · "),
            blocker: m.tasks.length > 0 ? `${m.tasks.length} agency task${m.tasks.length === 1 ? "" : "s"} cover it; remove them first` : null,
          }))
      : [];
    return { kind: "movements", rows: out, removals, counts: countRows(out), writes } satisfies KindPlan<Write>;
  },

  async apply(tx, actor, summit, plan, remove) {
    const ids = new Map(plan.writes.map((w) => [w, w.id ?? newId()]));
    const created = plan.writes.filter((w) => !w.id);
    if (created.length > 0) {
      // One INSERT from arrays (createMany prepares each row in JavaScript first).
      const column = <T>(pick: (w: Write) => T) => created.map(pick);
      await tx.$executeRaw`
        INSERT INTO "Movement" (id, "summitId", "delegationId", kind, "fromVenueId", "toVenueId", flight, "startsAt", "endsAt", "partySize", "principalLevel")
        SELECT u.id, ${summit.id}, u.delegation_id, u.kind, u.from_venue_id, u.to_venue_id, u.flight, u.starts_at, u.ends_at, u.party_size, u.principal_level
        FROM unnest(${column((w) => ids.get(w)!)}::text[], ${column((w) => w.data.delegationId)}::text[], ${column((w) => w.data.kind)}::"MovementKind"[],
          ${column((w) => w.data.fromVenueId)}::text[], ${column((w) => w.data.toVenueId)}::text[], ${column((w) => w.data.flight)}::text[],
          ${column((w) => w.data.startsAt)}::timestamptz[], ${column((w) => w.data.endsAt)}::timestamptz[], ${column((w) => w.data.partySize)}::int[],
          ${column((w) => w.data.principalLevel)}::"MemberFunction"[])
          AS u(id, delegation_id, kind, from_venue_id, to_venue_id, flight, starts_at, ends_at, party_size, principal_level)`;
    }
    for (const w of plan.writes) {
      if (!w.id) continue;
      const { count } = await tx.movement.updateMany({ where: { id: w.id, version: w.version! }, data: { ...w.data, version: { increment: 1 } } });
      if (count !== 1) throw new Error("A movement changed during the import.");
    }
    const removed = await tx.movement.findMany({ where: { id: { in: plan.removals.filter((r) => remove.includes(r.id)).map((r) => r.id) }, summitId: summit.id }, select: AUDITED });
    if (removed.length > 0) await tx.movement.deleteMany({ where: { id: { in: removed.map((m) => m.id) } } });
    const after = await tx.movement.findMany({ where: { id: { in: [...ids.values()] } }, select: AUDITED });
    const afterOf = new Map(after.map((m) => [m.id, m]));
    await recordAudits(tx, [
      ...plan.writes.map((w) => ({ actor, summitId: summit.id, entity: "Movement" as const, entityId: ids.get(w)!, action: w.id ? "update" : "create", before: w.before, after: { ...afterOf.get(ids.get(w)!), source: "import" } })),
      ...removed.map((m) => ({ actor, summitId: summit.id, entity: "Movement" as const, entityId: m.id, action: "delete", before: m, after: { source: "import" } })),
    ]);
    // As the form does: a hard conflict the written movements are in refuses the whole import.
    const befores = plan.writes.flatMap((w) => (w.before ? [w.before as { startsAt: Date; endsAt: Date | null }] : []));
    const was = befores.length > 0
      ? { startsAt: new Date(Math.min(...befores.map((b) => b.startsAt.getTime()))), endsAt: new Date(Math.max(...befores.map((b) => (b.endsAt ?? b.startsAt).getTime()))) }
      : undefined;
    await guardMovements(tx, actor, summit.id, after, undefined, was);
  },
};

function withoutTasks<T extends { tasks: unknown }>(movement: T): Omit<T, "tasks"> {
  const copy: Partial<T> = { ...movement };
  delete copy.tasks;
  return copy as Omit<T, "tasks">;
}

// Travel times between venues, from from/to/minutes rows or a square sheet, keyed by the
// (from, to) pair as stored. Checked with the matrix form's own schema; written as its save does,
// with one audit entry for the import as a whole (the form records one per save).
import { recordAudits } from "@/lib/audit/record";
import { travelMatrixSchema } from "@/lib/venues/schema";
import { countRows, duplicateKeyIssues, type Removal, type RowPlan } from "../plan";
import { RowReader } from "../reader";
import { keyOf, type Importer, type KindPlan } from "./types";

type Write = { id: string | null; fromVenueId: string; toVenueId: string; minutes: number; before: number | null };

export const travelTimesImporter: Importer<Write> = {
  async plan(db, summit, rows, { removals: wantRemovals }) {
    const [venues, times] = await Promise.all([
      db.venue.findMany({ where: { summitId: summit.id }, select: { id: true, name: true } }),
      db.travelTime.findMany({ where: { summitId: summit.id }, select: { id: true, fromVenueId: true, toVenueId: true, minutes: true } }),
    ]);
    const venueByName = new Map(venues.map((v) => [keyOf(v.name), v]));
    const nameOf = new Map(venues.map((v) => [v.id, v.name]));
    const timeByPair = new Map(times.map((t) => [`${t.fromVenueId}>${t.toVenueId}`, t]));
    const read = rows.map((row) => {
      const r = new RowReader(row, "travel-times", summit.timeZone);
      const venue = (field: "from" | "to") => {
        const name = r.text(field, { required: true });
        const found = name ? venueByName.get(keyOf(name)) : undefined;
        if (name && !found) r.fail(field, `No venue "${name}" in this summit (import venues first).`);
        return found;
      };
      const from = venue("from");
      const to = venue("to");
      return { row, r, from, to, key: from && to ? `${from.id}>${to.id}` : `row ${row.row}` };
    });
    const duplicates = duplicateKeyIssues(read.map((x) => ({ row: x.row, key: x.key, value: null })), () => "This pair of venues");
    const out: RowPlan[] = [];
    const writes: Write[] = [];
    for (const { row, r, from, to, key } of read) {
      const duplicate = duplicates.get(row);
      if (duplicate) r.issues.push(duplicate);
      const minutes = r.int("minutes", 0, 24 * 60, { required: true });
      // In a square sheet the fault is the cell on the diagonal, in rows the To column.
      if (from && to && from.id === to.id) r.fail(/^[A-Z]+\d+$/.test(row.columns.minutes ?? "") ? "minutes" : "to", "A venue has no travel time to itself.");
      if (from && to && minutes !== null && minutes !== undefined) {
        const checked = travelMatrixSchema.safeParse({ entries: [{ fromVenueId: from.id, toVenueId: to.id, minutes }] });
        if (!checked.success) r.schemaIssues(checked.error, {});
      }
      const label = `${from?.name ?? "?"} → ${to?.name ?? "?"}`;
      if (r.issues.length > 0 || !from || !to || minutes === null || minutes === undefined) {
        out.push({ row: row.row, key, label, status: "error", changes: [], errors: r.issues });
        continue;
      }
      const existing = timeByPair.get(key);
      const status = !existing ? "new" : existing.minutes !== minutes ? "changed" : "unchanged";
      const changes = status === "changed" ? [{ field: "minutes", label: "Minutes", before: String(existing!.minutes), after: String(minutes) }] : [];
      out.push({ row: row.row, key, label, status, changes, errors: [] });
      if (status !== "unchanged") writes.push({ id: existing?.id ?? null, fromVenueId: from.id, toVenueId: to.id, minutes, before: existing?.minutes ?? null });
    }
    // Removal is confined to pairs between venues the file names.
    const named = new Set(read.flatMap((x) => [x.from?.id, x.to?.id]).filter((id): id is string => !!id));
    const listed = new Set(out.map((r) => r.key));
    const removals: Removal[] = wantRemovals
      ? times
          .filter((t) => named.has(t.fromVenueId) && named.has(t.toVenueId) && !listed.has(`${t.fromVenueId}>${t.toVenueId}`))
          .map((t) => ({ id: t.id, label: `${nameOf.get(t.fromVenueId)} → ${nameOf.get(t.toVenueId)} (${t.minutes} min)`, blocker: null }))
      : [];
    return { kind: "travel-times", rows: out, removals, counts: countRows(out), writes } satisfies KindPlan<Write>;
  },

  async apply(tx, actor, summit, plan, remove) {
    const created = plan.writes.filter((w) => !w.id);
    if (created.length > 0) await tx.travelTime.createMany({ data: created.map((w) => ({ summitId: summit.id, fromVenueId: w.fromVenueId, toVenueId: w.toVenueId, minutes: w.minutes })) });
    for (const w of plan.writes) if (w.id) await tx.travelTime.update({ where: { id: w.id }, data: { minutes: w.minutes }, select: { id: true } });
    const gone = await tx.travelTime.findMany({ where: { id: { in: plan.removals.filter((r) => remove.includes(r.id)).map((r) => r.id) }, summitId: summit.id }, select: { id: true, fromVenueId: true, toVenueId: true, minutes: true } });
    if (gone.length > 0) await tx.travelTime.deleteMany({ where: { id: { in: gone.map((t) => t.id) } } });
    if (plan.writes.length === 0 && gone.length === 0) return;
    await recordAudits(tx, [{
      actor, summitId: summit.id, entity: "TravelTime", entityId: summit.id, action: "update",
      before: [...plan.writes.filter((w) => w.before !== null).map((w) => ({ fromVenueId: w.fromVenueId, toVenueId: w.toVenueId, minutes: w.before })), ...gone.map((t) => ({ fromVenueId: t.fromVenueId, toVenueId: t.toVenueId, minutes: t.minutes }))],
      after: [...plan.writes.map((w) => ({ fromVenueId: w.fromVenueId, toVenueId: w.toVenueId, minutes: w.minutes })), ...gone.map((t) => ({ fromVenueId: t.fromVenueId, toVenueId: t.toVenueId, minutes: null })), { source: "import" }],
    }]);
  },
};

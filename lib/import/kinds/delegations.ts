// Delegations, keyed by their code: a known code updates that delegation in place. Checked with
// the delegation form's own schema; written and audited as the form's save does.
import { recordAudits } from "@/lib/audit/record";
import { delegationSchema } from "@/lib/delegations/schema";
import type { DbOrTx, Tx } from "@/lib/db";
import { toLocalInput } from "@/lib/time";
import { FIELDS } from "../fields";
import type { SourceRow } from "../layout";
import { changesOf, countRows, duplicateKeyIssues, type Removal, type RowPlan } from "../plan";
import { RowReader } from "../reader";
import { ENUM_LABELS, readDelegationKind } from "../values";
import { newId } from "./ids";
import { keyOf, type Importer, type ImportSummit, type KindPlan } from "./types";

type Data = { code: string; name: string; kind: "ALLY" | "PARTNER" | "ORGANISATION"; homeTimeZone: string | null; hotelVenueId: string | null };
type Write = { id: string | null; data: Data; before: Data | null };

const LABELS = Object.fromEntries(FIELDS.delegations.map((f) => [f.name, f.label]));

async function load(db: DbOrTx, summitId: string) {
  const [delegations, venues] = await Promise.all([
    db.delegation.findMany({
      where: { summitId },
      select: {
        id: true, code: true, name: true, kind: true, homeTimeZone: true, hotelVenueId: true, arrivesAt: true, departsAt: true,
        _count: { select: { members: true, movements: true, participations: true, bilateralRoles: true, liaisons: true } },
      },
    }),
    db.venue.findMany({ where: { summitId }, select: { id: true, name: true } }),
  ]);
  return { delegations, venues };
}

export const delegationsImporter: Importer<Write> = {
  async plan(db, summit, rows, { removals: wantRemovals }) {
    const { delegations, venues } = await load(db, summit.id);
    const byCode = new Map(delegations.map((d) => [keyOf(d.code), d]));
    const venueByName = new Map(venues.map((v) => [keyOf(v.name), v]));
    const venueName = new Map(venues.map((v) => [v.id, v.name]));
    const parsed = rows.map((row) => ({ row, key: keyOf(readCode(row)), value: null }));
    const duplicates = duplicateKeyIssues(parsed, (key) => `Code ${key.toUpperCase()}`);
    const names = new Map<string, string>();
    const out: RowPlan[] = [];
    const writes: Write[] = [];
    for (const row of rows) {
      const r = new RowReader(row, "delegations", summit.timeZone);
      const code = r.text("code", { required: true });
      const existing = code ? byCode.get(keyOf(code)) : undefined;
      const name = r.text("name", { required: !existing });
      const kind = r.choice("kind", readDelegationKind, "Ally, Partner, Organisation", { required: !existing });
      const homeTimeZone = r.text("homeTimeZone");
      const hotelName = r.text("hotel");
      let hotelVenueId: string | null | undefined = hotelName === undefined ? undefined : null;
      if (hotelName) {
        hotelVenueId = venueByName.get(keyOf(hotelName))?.id ?? null;
        if (!hotelVenueId) r.fail("hotel", `No venue "${hotelName}" in this summit (import venues first).`);
      }
      const duplicate = duplicates.get(row);
      if (duplicate) r.issues.push(duplicate);
      const data: Data = {
        code: code ?? "",
        name: name ?? existing?.name ?? "",
        kind: kind ?? existing?.kind ?? "ALLY",
        homeTimeZone: homeTimeZone === undefined ? (existing?.homeTimeZone ?? null) : homeTimeZone,
        hotelVenueId: hotelVenueId === undefined ? (existing?.hotelVenueId ?? null) : hotelVenueId,
      };
      // The form's own rules (code letters, lengths, a real time zone), on the values as they will be.
      const checked = delegationSchema.safeParse({
        code: data.code, name: data.name, kind: data.kind, homeTimeZone: data.homeTimeZone ?? "", hotelVenueId: data.hotelVenueId ?? "",
        arrivesAt: existing ? toLocalInput(existing.arrivesAt, summit.timeZone) : "", departsAt: existing ? toLocalInput(existing.departsAt, summit.timeZone) : "",
      });
      if (!checked.success) r.schemaIssues(checked.error, { hotelVenueId: "hotel" });
      else data.code = checked.data.code;
      // Names are unique too: another row, or another delegation, may hold this one.
      const nameKey = keyOf(data.name);
      const holder = delegations.find((d) => keyOf(d.name) === nameKey && d.id !== existing?.id);
      if (data.name && holder) r.fail("name", `Delegation ${holder.code} is already called "${holder.name}".`);
      else if (data.name && names.has(nameKey) && names.get(nameKey) !== keyOf(data.code)) r.fail("name", `Another row names a delegation "${data.name}" too.`);
      names.set(nameKey, keyOf(data.code));

      const label = `${data.code} ${data.name}`.trim();
      if (r.issues.length > 0) {
        out.push({ row: row.row, key: keyOf(data.code), label, status: "error", changes: [], errors: r.issues });
        continue;
      }
      const before: Data | null = existing ? { code: existing.code, name: existing.name, kind: existing.kind, homeTimeZone: existing.homeTimeZone, hotelVenueId: existing.hotelVenueId } : null;
      const changes = before
        ? changesOf(LABELS, { ...before, hotel: before.hotelVenueId ? (venueName.get(before.hotelVenueId) ?? "") : "" }, {
            code: data.code, name: data.name, kind: data.kind, homeTimeZone: data.homeTimeZone,
            hotel: data.hotelVenueId ? (venueName.get(data.hotelVenueId) ?? "") : "",
          }, { kind: (v) => ENUM_LABELS.kind[String(v)] ?? "", hotel: (v) => String(v ?? "") })
        : [];
      const status = !existing ? "new" : changes.length > 0 ? "changed" : "unchanged";
      out.push({ row: row.row, key: keyOf(data.code), label, status, changes, errors: [] });
      if (status !== "unchanged") writes.push({ id: existing?.id ?? null, data, before });
    }
    const listed = new Set(out.map((r) => r.key));
    const removals: Removal[] = wantRemovals
      ? delegations
          .filter((d) => !listed.has(keyOf(d.code)))
          .map((d) => {
            const c = d._count;
            const uses = c.members + c.movements + c.participations + c.bilateralRoles + c.liaisons;
            return { id: d.id, label: `${d.code} ${d.name}`, blocker: uses > 0 ? `has ${c.members} members, ${c.movements} movements, ${c.participations} programme places, ${c.bilateralRoles} bilaterals and ${c.liaisons} liaisons; remove those first` : null };
          })
      : [];
    return { kind: "delegations", rows: out, removals, counts: countRows(out), writes } satisfies KindPlan<Write>;
  },

  async apply(tx: Tx, actor, summit: ImportSummit, plan, remove) {
    const ids = new Map(plan.writes.map((w) => [w, w.id ?? newId()]));
    const created = plan.writes.filter((w) => !w.id);
    if (created.length > 0) await tx.delegation.createMany({ data: created.map((w) => ({ id: ids.get(w)!, ...w.data, summitId: summit.id })) });
    for (const w of plan.writes) if (w.id) await tx.delegation.update({ where: { id: w.id }, data: w.data, select: { id: true } });
    const removed = plan.removals.filter((r) => remove.includes(r.id));
    if (removed.length > 0) await tx.delegation.deleteMany({ where: { id: { in: removed.map((r) => r.id) }, summitId: summit.id } });
    await recordAudits(tx, [
      ...plan.writes.map((w) => ({
        actor, summitId: summit.id, entity: "Delegation" as const, entityId: ids.get(w)!, action: w.id ? "update" : "create", before: w.before, after: { ...w.data, source: "import" },
      })),
      ...removed.map((r) => ({ actor, summitId: summit.id, entity: "Delegation" as const, entityId: r.id, action: "delete", before: { label: r.label }, after: { source: "import" } })),
    ]);
  },
};

function readCode(row: SourceRow): string {
  const cell = row.cells.code;
  return cell === null || cell === undefined ? "" : String(cell).trim();
}

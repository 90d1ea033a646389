// Venues and their spaces, one row per space (or a row for a venue alone), keyed by venue name
// and space name. Checked with the venue and space forms' own schemas; written and audited as
// their saves do.
import { recordAudits } from "@/lib/audit/record";
import type { DbOrTx } from "@/lib/db";
import type { VenueKind } from "@/lib/generated/prisma/enums";
import { spaceSchema, venueSchema } from "@/lib/venues/schema";
import { minutesToHhmm } from "@/lib/venues/queries";
import { FIELDS } from "../fields";
import { changesOf, countRows, duplicateKeyIssues, type FieldChange, type Removal, type RowPlan } from "../plan";
import { RowReader } from "../reader";
import { ENUM_LABELS, readVenueKind } from "../values";
import { newId } from "./ids";
import { keyOf, type Importer, type KindPlan } from "./types";

type VenueData = { name: string; kind: VenueKind; address: string | null };
type SpaceData = { name: string; capacity: number; securityZone: string | null; opensMinute: number | null; closesMinute: number | null };
type VenueWrite = { type: "venue"; id: string | null; key: string; data: VenueData; before: VenueData | null };
type SpaceWrite = { type: "space"; id: string | null; venueKey: string; venueId: string | null; data: SpaceData; before: (SpaceData & { venueId: string }) | null };
type Write = VenueWrite | SpaceWrite;

const LABELS = Object.fromEntries(FIELDS.venues.map((f) => [f.name, f.label]));
const hhmm = (v: unknown) => (typeof v === "number" ? minutesToHhmm(v) : "");

async function load(db: DbOrTx, summitId: string) {
  return db.venue.findMany({
    where: { summitId },
    select: {
      id: true, name: true, kind: true, address: true,
      _count: { select: { hotelOf: true, movementsFrom: true, movementsTo: true, coverageRules: true } },
      spaces: { select: { id: true, name: true, capacity: true, securityZone: true, opensMinute: true, closesMinute: true, venueId: true, _count: { select: { items: true, proposedBilaterals: true } } } },
    },
  });
}

export const venuesImporter: Importer<Write> = {
  async plan(db, summit, rows, { removals: wantRemovals }) {
    const venues = await load(db, summit.id);
    const venueByKey = new Map(venues.map((v) => [keyOf(v.name), v]));
    const read = rows.map((row) => {
      const r = new RowReader(row, "venues", summit.timeZone);
      const venue = r.text("venue", { required: true });
      const space = r.text("space");
      return { row, r, venue, space, key: keyOf(venue, space ?? "") };
    });
    const duplicates = duplicateKeyIssues(read.map((x) => ({ row: x.row, key: x.key, value: null })), (k) => (k.endsWith("|") ? "This venue" : "This venue and space"));
    // A venue's own fields may repeat on each of its rows, but must agree; the first given counts.
    const venueFields = new Map<string, { row: number; kind: VenueKind | null | undefined; address: string | null | undefined }>();
    const perRow = read.map((x) => {
      const kind = x.r.choice("venueKind", readVenueKind, "Conference, Palace, Airport, Hotel, Other");
      const address = x.r.text("address");
      const vKey = keyOf(x.venue);
      const seen = venueFields.get(vKey);
      if (!seen) venueFields.set(vKey, { row: x.row.row, kind, address });
      else {
        if (kind && seen.kind && kind !== seen.kind) x.r.fail("venueKind", `Row ${seen.row} gives this venue another kind.`);
        if (address && seen.address && address !== seen.address) x.r.fail("address", `Row ${seen.row} gives this venue another address.`);
        seen.kind ||= kind;
        seen.address ||= address;
      }
      return { ...x, vKey };
    });
    const firstRowOf = new Map<string, number>();
    for (const x of perRow) if (!firstRowOf.has(x.vKey)) firstRowOf.set(x.vKey, x.row.row);
    const out: RowPlan[] = [];
    const writes: Write[] = [];
    for (const { row, r, venue, space, key, vKey } of perRow) {
      const duplicate = duplicates.get(row);
      if (duplicate) r.issues.push(duplicate);
      const existingVenue = venue ? venueByKey.get(vKey) : undefined;
      const given = venueFields.get(vKey)!;
      // A venue's cells are often left empty on its space rows: empty keeps what the venue has.
      const venueData: VenueData = {
        name: existingVenue?.name ?? venue ?? "",
        kind: given.kind ?? existingVenue?.kind ?? "OTHER",
        address: given.address ?? existingVenue?.address ?? null,
      };
      const vChecked = venueSchema.safeParse({ ...venueData, address: venueData.address ?? "" });
      if (!vChecked.success) r.schemaIssues(vChecked.error, { name: "venue", kind: "venueKind" });

      let spaceData: SpaceData | null = null;
      const existingSpace = space && existingVenue ? existingVenue.spaces.find((s) => keyOf(s.name) === keyOf(space)) : undefined;
      if (space) {
        const capacity = r.int("capacity", 1, 100_000, { required: !existingSpace });
        const securityZone = r.text("securityZone");
        const opens = r.hhmm("opens");
        const closes = r.hhmm("closes");
        const checked = spaceSchema.safeParse({
          venueId: existingVenue?.id ?? "new", name: space, capacity: capacity ?? existingSpace?.capacity ?? 1,
          securityZone: (securityZone === undefined ? existingSpace?.securityZone : securityZone) ?? "",
          opens: (opens === undefined ? minutesToHhmm(existingSpace?.opensMinute ?? null) : opens) ?? "",
          closes: (closes === undefined ? minutesToHhmm(existingSpace?.closesMinute ?? null) : closes) ?? "",
        });
        if (!checked.success) r.schemaIssues(checked.error, { name: "space" });
        else spaceData = { name: checked.data.name, capacity: checked.data.capacity, securityZone: checked.data.securityZone, opensMinute: checked.data.opens ?? null, closesMinute: checked.data.closes ?? null };
      }
      const label = [venue, space].filter(Boolean).join(" · ");
      if (r.issues.length > 0 || !venue) {
        out.push({ row: row.row, key, label, status: "error", changes: [], errors: r.issues });
        continue;
      }
      // The venue, on its first row: new, changed or as it is.
      const changes: FieldChange[] = [];
      let status: RowPlan["status"] = "unchanged";
      if (firstRowOf.get(vKey) === row.row) {
        const before = existingVenue ? { name: existingVenue.name, kind: existingVenue.kind, address: existingVenue.address } : null;
        const venueChanges = before ? changesOf({ ...LABELS, name: "Venue", kind: "Venue kind" }, before, venueData, { kind: (v) => ENUM_LABELS.venueKind[String(v)] ?? "" }) : [];
        if (!existingVenue || venueChanges.length > 0) {
          const write: VenueWrite = { type: "venue", id: existingVenue?.id ?? null, key: vKey, data: venueData, before };
          writes.push(write);
          status = existingVenue ? "changed" : "new";
          changes.push(...venueChanges);
        }
      }
      if (spaceData) {
        const before = existingSpace ? { name: existingSpace.name, capacity: existingSpace.capacity, securityZone: existingSpace.securityZone, opensMinute: existingSpace.opensMinute, closesMinute: existingSpace.closesMinute, venueId: existingSpace.venueId } : null;
        const spaceChanges = before ? changesOf({ ...LABELS, name: "Space", opensMinute: "Opens", closesMinute: "Closes" }, before, spaceData, { opensMinute: hhmm, closesMinute: hhmm }) : [];
        if (!existingSpace || spaceChanges.length > 0) {
          writes.push({ type: "space", id: existingSpace?.id ?? null, venueKey: vKey, venueId: existingVenue?.id ?? null, data: spaceData, before });
          status = !existingSpace ? "new" : status === "new" ? "new" : "changed";
          changes.push(...spaceChanges);
        }
      }
      out.push({ row: row.row, key, label, status, changes, errors: [] });
    }
    const listedVenues = new Set(read.map((x) => keyOf(x.venue)));
    const listedSpaces = new Set(read.filter((x) => x.space).map((x) => x.key));
    const removals: Removal[] = !wantRemovals
      ? []
      : venues.flatMap((v) => {
          if (!listedVenues.has(keyOf(v.name))) {
            // Deleting a venue takes its spaces and travel times with it (said in the label); anything
            // else that names it, or a space of it, must be changed first rather than vanish unseen.
            const held = v.spaces.reduce((n, s) => n + s._count.items + s._count.proposedBilaterals, 0);
            const uses = v._count.hotelOf + v._count.movementsFrom + v._count.movementsTo + v._count.coverageRules + held;
            const spaces = v.spaces.length > 0 ? `, with its ${v.spaces.length} space${v.spaces.length === 1 ? "" : "s"} and travel times` : ", with its travel times";
            return [{ id: v.id, label: `${v.name}${spaces}`, blocker: uses > 0 ? `is a hotel, an airport, named by a coverage rule or holds programme items or proposed bilaterals (${uses}); change those first` : null }];
          }
          return v.spaces
            .filter((s) => !listedSpaces.has(keyOf(v.name, s.name)))
            .map((s) => ({ id: s.id, label: `${v.name} · ${s.name}`, blocker: s._count.items + s._count.proposedBilaterals > 0 ? `holds ${s._count.items} programme items and ${s._count.proposedBilaterals} proposed bilaterals; move them first` : null }));
        });
    return { kind: "venues", rows: out, removals, counts: countRows(out), writes } satisfies KindPlan<Write>;
  },

  async apply(tx, actor, summit, plan, remove) {
    const venueIds = new Map<string, string>();
    const audits = [];
    for (const w of plan.writes.filter((w): w is VenueWrite => w.type === "venue")) {
      const id = w.id ?? newId();
      if (w.id) await tx.venue.update({ where: { id }, data: w.data, select: { id: true } });
      else await tx.venue.create({ data: { id, summitId: summit.id, ...w.data }, select: { id: true } });
      venueIds.set(w.key, id);
      audits.push({ actor, summitId: summit.id, entity: "Venue" as const, entityId: id, action: w.id ? "update" : "create", before: w.before, after: { ...w.data, source: "import" } });
    }
    const spaces = plan.writes.filter((w): w is SpaceWrite => w.type === "space");
    const created = spaces.filter((w) => !w.id).map((w) => ({ w, id: newId(), venueId: w.venueId ?? venueIds.get(w.venueKey)! }));
    if (created.length > 0) await tx.space.createMany({ data: created.map(({ w, id, venueId }) => ({ id, venueId, ...w.data })) });
    for (const { w, id, venueId } of created) audits.push({ actor, summitId: summit.id, entity: "Space" as const, entityId: id, action: "create", before: null, after: { ...w.data, venueId, source: "import" } });
    for (const w of spaces.filter((w) => w.id)) {
      await tx.space.update({ where: { id: w.id! }, data: w.data, select: { id: true } });
      audits.push({ actor, summitId: summit.id, entity: "Space" as const, entityId: w.id!, action: "update", before: w.before, after: { ...w.data, venueId: w.venueId, source: "import" } });
    }
    const chosen = plan.removals.filter((r) => remove.includes(r.id)).map((r) => r.id);
    if (chosen.length > 0) {
      const goneSpaces = await tx.space.findMany({ where: { id: { in: chosen }, venue: { summitId: summit.id } }, select: { id: true, name: true, capacity: true, venueId: true } });
      const goneVenues = await tx.venue.findMany({ where: { id: { in: chosen }, summitId: summit.id }, select: { id: true, name: true, kind: true, address: true } });
      await tx.space.deleteMany({ where: { id: { in: goneSpaces.map((s) => s.id) } } });
      await tx.venue.deleteMany({ where: { id: { in: goneVenues.map((v) => v.id) } } });
      for (const { id, ...before } of goneSpaces) audits.push({ actor, summitId: summit.id, entity: "Space" as const, entityId: id, action: "delete", before, after: { source: "import" } });
      for (const { id, ...before } of goneVenues) audits.push({ actor, summitId: summit.id, entity: "Venue" as const, entityId: id, action: "delete", before, after: { source: "import" } });
    }
    await recordAudits(tx, audits);
  },
};

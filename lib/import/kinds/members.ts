// Delegation members, keyed by delegation, function and personal name (the title when no name is
// given): a corrected file updates them in place. Checked with the member form's own schema;
// written and audited as the form's save does. Only the fields the product uses are read.
import { recordAudits } from "@/lib/audit/record";
import { memberSchema } from "@/lib/delegations/schema";
import type { DbOrTx } from "@/lib/db";
import type { MemberFunction } from "@/lib/generated/prisma/enums";
import { FIELDS } from "../fields";
import { changesOf, countRows, duplicateKeyIssues, type Removal, type RowPlan } from "../plan";
import { RowReader } from "../reader";
import { ENUM_LABELS, readMemberFunction } from "../values";
import { newId } from "./ids";
import { keyOf, type Importer, type KindPlan } from "./types";

type Data = { title: string; personalName: string | null; function: MemberFunction; precedence: number };
type Write = { id: string | null; delegationId: string; data: Data; before: Data | null };

const LABELS = Object.fromEntries(FIELDS.members.map((f) => [f.name, f.label]));
export const FUNCTION_NAMES = "Head of state or government, Foreign minister, Defence minister, Sherpa, Interpreter, Security, Other";

type Existing = Data & { id: string; delegationId: string; participations: number };

async function load(db: DbOrTx, summitId: string) {
  const [delegations, members] = await Promise.all([
    db.delegation.findMany({ where: { summitId }, select: { id: true, code: true, name: true } }),
    db.member.findMany({
      where: { delegation: { summitId } },
      select: { id: true, delegationId: true, title: true, personalName: true, function: true, precedence: true, _count: { select: { participations: true } } },
    }),
  ]);
  return { delegations, members: members.map(({ _count, ...m }): Existing => ({ ...m, participations: _count.participations })) };
}

/** Who a row is: its delegation, function and name, or its title when it names no one. */
const memberKey = (delegationId: string, fn: string, name: string | null, title: string) => keyOf(delegationId, fn, name || title);

export const membersImporter: Importer<Write> = {
  async plan(db, summit, rows, { removals: wantRemovals }) {
    const { delegations, members } = await load(db, summit.id);
    const delegationByRef = new Map<string, (typeof delegations)[number]>();
    for (const d of delegations) delegationByRef.set(keyOf(d.name), d);
    for (const d of delegations) delegationByRef.set(keyOf(d.code), d);
    const codeOf = new Map(delegations.map((d) => [d.id, d.code]));
    // Members of a delegation and function, for matching by name or, failing that, by title.
    const candidates = new Map<string, Existing[]>();
    for (const m of members) {
      const k = keyOf(m.delegationId, m.function);
      candidates.set(k, [...(candidates.get(k) ?? []), m]);
    }
    const out: RowPlan[] = [];
    const writes: Write[] = [];
    const readRows = rows.map((row) => {
      const r = new RowReader(row, "members", summit.timeZone);
      const ref = r.text("delegation", { required: true });
      const delegation = ref ? delegationByRef.get(keyOf(ref)) : undefined;
      if (ref && !delegation) r.fail("delegation", `No delegation "${ref}" in this summit.`);
      const fn = r.choice("function", readMemberFunction, FUNCTION_NAMES, { required: true });
      const title = r.text("title", { required: true });
      const personalName = r.text("personalName");
      const precedence = r.int("precedence", 1, 999);
      return { row, r, delegation, fn, title, personalName, precedence, key: delegation && fn && title ? memberKey(delegation.id, fn, personalName ?? null, title) : `row ${row.row}` };
    });
    const duplicates = duplicateKeyIssues(readRows.map((x) => ({ row: x.row, key: x.key, value: null })), () => "This member (delegation, function and name or title)");
    const matched = new Set<string>();
    for (const { row, r, delegation, fn, title, personalName, precedence, key } of readRows) {
      const duplicate = duplicates.get(row);
      if (duplicate) r.issues.push(duplicate);
      let existing: Existing | undefined;
      if (delegation && fn && title) {
        const pool = (candidates.get(keyOf(delegation.id, fn)) ?? []).filter((m) => !matched.has(m.id));
        const byName = personalName ? pool.filter((m) => m.personalName && keyOf(m.personalName) === keyOf(personalName)) : [];
        const byTitle = pool.filter((m) => keyOf(m.title) === keyOf(title) && (!personalName || !m.personalName || keyOf(m.personalName) === keyOf(personalName)));
        const found = byName.length > 0 ? byName : byTitle;
        if (found.length > 1) r.fail("title", `${found.length} members of ${delegation.code} have this function and ${byName.length > 0 ? "name" : "title"}: give each its own name or title in the app first.`);
        else existing = found[0];
      }
      const data: Data = {
        title: title ?? "",
        personalName: personalName === undefined ? (existing?.personalName ?? null) : personalName,
        function: fn ?? "OTHER",
        precedence: precedence ?? existing?.precedence ?? 100,
      };
      if (delegation && fn && r.issues.length === 0) {
        const checked = memberSchema.safeParse({ delegationId: delegation.id, ...data, personalName: data.personalName ?? "" });
        if (!checked.success) r.schemaIssues(checked.error, { delegationId: "delegation" });
      }
      const label = [delegation?.code, title, personalName].filter(Boolean).join(" · ");
      if (r.issues.length > 0 || !delegation) {
        out.push({ row: row.row, key, label, status: "error", changes: [], errors: r.issues });
        continue;
      }
      if (existing) matched.add(existing.id);
      const before: Data | null = existing ? { title: existing.title, personalName: existing.personalName, function: existing.function, precedence: existing.precedence } : null;
      const changes = before ? changesOf(LABELS, before, data, { function: (v) => ENUM_LABELS.function[String(v)] ?? "" }) : [];
      const status = !existing ? "new" : changes.length > 0 ? "changed" : "unchanged";
      out.push({ row: row.row, key: existing?.id ?? key, label, status, changes, errors: [] });
      if (status !== "unchanged") writes.push({ id: existing?.id ?? null, delegationId: delegation.id, data, before });
    }
    // Removal is confined to the delegations the file lists: a file about one delegation says
    // nothing about the others.
    const listedDelegations = new Set(readRows.flatMap((x) => (x.delegation ? [x.delegation.id] : [])));
    const removals: Removal[] = wantRemovals
      ? members
          .filter((m) => listedDelegations.has(m.delegationId) && !matched.has(m.id))
          .map((m) => ({
            id: m.id,
            label: [codeOf.get(m.delegationId), m.title, m.personalName].filter(Boolean).join(" · "),
            blocker: m.participations > 0 ? `takes part in ${m.participations} programme item${m.participations === 1 ? "" : "s"}; remove them from the items first` : null,
          }))
      : [];
    return { kind: "members", rows: out, removals, counts: countRows(out), writes } satisfies KindPlan<Write>;
  },

  async apply(tx, actor, summit, plan, remove) {
    const ids = new Map(plan.writes.map((w) => [w, w.id ?? newId()]));
    const created = plan.writes.filter((w) => !w.id);
    if (created.length > 0) {
      // One INSERT from arrays: thousands of members in milliseconds (createMany prepares each row in JavaScript).
      const column = <T>(pick: (w: Write) => T) => created.map(pick);
      await tx.$executeRaw`
        INSERT INTO "Member" (id, "delegationId", title, "personalName", function, precedence)
        SELECT * FROM unnest(${column((w) => ids.get(w)!)}::text[], ${column((w) => w.delegationId)}::text[], ${column((w) => w.data.title)}::text[],
          ${column((w) => w.data.personalName)}::text[], ${column((w) => w.data.function)}::"MemberFunction"[], ${column((w) => w.data.precedence)}::int[])`;
    }
    const updated = plan.writes.filter((w) => w.id);
    if (updated.length > 0) {
      // One UPDATE from arrays, as the insert; updatedAt is set here (Prisma sets it only on its own writes).
      const column = <T>(pick: (w: Write) => T) => updated.map(pick);
      await tx.$executeRaw`
        UPDATE "Member" AS m SET title = u.title, "personalName" = u.personal_name, function = u.function, precedence = u.precedence, "updatedAt" = now()
        FROM unnest(${column((w) => w.id!)}::text[], ${column((w) => w.data.title)}::text[], ${column((w) => w.data.personalName)}::text[],
          ${column((w) => w.data.function)}::"MemberFunction"[], ${column((w) => w.data.precedence)}::int[]) AS u(id, title, personal_name, function, precedence)
        WHERE m.id = u.id`;
    }
    const removed = await tx.member.findMany({
      where: { id: { in: plan.removals.filter((r) => remove.includes(r.id)).map((r) => r.id) }, delegation: { summitId: summit.id } },
      select: { id: true, delegationId: true, title: true, personalName: true, function: true, precedence: true },
    });
    if (removed.length > 0) await tx.member.deleteMany({ where: { id: { in: removed.map((r) => r.id) } } });
    await recordAudits(tx, [
      ...plan.writes.map((w) => ({ actor, summitId: summit.id, entity: "Member" as const, entityId: ids.get(w)!, action: w.id ? "update" : "create", before: w.before, after: { ...w.data, source: "import" } })),
      ...removed.map(({ id, ...before }) => ({ actor, summitId: summit.id, entity: "Member" as const, entityId: id, action: "delete", before, after: { source: "import" } })),
    ]);
  },
};

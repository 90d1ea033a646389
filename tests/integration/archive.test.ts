// Summit archives end to end on the demo summit, with a row in every table the demo leaves empty
// (overrides of real conflicts, audit entries naming rows, deleted rows and users, acknowledgements,
// an import mapping): exported, imported into an empty database and side by side in the same one,
// exported again and compared by content (ids replaced by stable labels); broken, changed, too
// large and clashing files refused with nothing written; the two CLI scripts run once for real.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { contentDigest } from "@/lib/archive/digest";
import { exportSummit, serializeArchive } from "@/lib/archive/export";
import { ArchiveError, CURRENT_FORMAT_VERSION, TABLE_KEYS, type SummitArchive } from "@/lib/archive/format";
import { ARRIVAL_TABLES } from "@/lib/archive/upgrade";
import { importArchiveFile, importSummit, SlugTakenError } from "@/lib/archive/import";
import { readArchive } from "@/lib/archive/read";
import { conflictsForSummit } from "@/lib/conflicts/queries";
import { createPrismaClient, type Db } from "@/lib/db";
import { DEMO_SUMMIT_SLUG, seedDemo } from "@/lib/demo/seed-demo";
import { dropDatabase, recreateDatabase } from "../../scripts/lib/database-url.mjs";
import { startEmbeddedDb } from "../../scripts/lib/embedded-db.mjs";
import { migrate } from "../../scripts/lib/migrate.mjs";
import { idsOf, normalise, type Row } from "./archive-normalise";
import { resetDatabase, testDb } from "./helpers";

const ROOT = path.resolve(import.meta.dirname, "../..");
const PLANNER = "demo-user-planner";
const DELETED_ITEM = "deleted-item-1";

const db = testDb();
let tmp: string;
let demoId: string;
let archive: SummitArchive;
let json: Buffer;
let overridden: number;
let second: { db: Db; close: () => Promise<void> };

/** A second, empty and migrated database: on the test server, or a second embedded one. */
async function secondDatabase(): Promise<{ db: Db; close: () => Promise<void> }> {
  if (inject("embedded")) {
    const embedded = await startEmbeddedDb({ dataDir: null });
    await migrate(embedded.url);
    const client = createPrismaClient(embedded.url, 1);
    return { db: client, close: async () => (await client.$disconnect(), await embedded.stop()) };
  }
  const name = `summit_archive_${process.pid}_${Date.now()}`;
  const url = await recreateDatabase(inject("databaseUrl"), name);
  await migrate(url);
  const client = createPrismaClient(url, 2);
  return { db: client, close: async () => (await client.$disconnect(), await dropDatabase(inject("databaseUrl"), name)) };
}

/** Rows the demo does not have, in every table it leaves empty, naming rows and users as the app does. */
async function enrichDemo(summitId: string): Promise<number> {
  const [item, space, ua, police] = await Promise.all([
    db.programmeItem.findFirstOrThrow({ where: { summitId, spaceId: { not: null }, parentId: null }, orderBy: { id: "asc" } }),
    db.space.findFirstOrThrow({ where: { venue: { summitId } }, orderBy: { id: "desc" } }),
    db.delegation.findFirstOrThrow({ where: { summitId, code: "UA" }, include: { members: true } }),
    db.agency.findFirstOrThrow({ where: { summitId, shortName: "Police" } }),
  ]);
  await db.programmeItem.update({ where: { id: item.id }, data: { updatedById: PLANNER } });
  // Arrivals name their planner as the app does; the archive leaves the account out.
  await db.precedence.updateMany({ where: { summitId }, data: { setById: PLANNER } });
  await db.arrivalSequence.updateMany({ where: { summitId }, data: { updatedById: PLANNER } });
  await db.agency.update({ where: { id: police.id }, data: { deactivatedAt: new Date("2025-06-26T10:00:00Z") } });
  // A side meeting during the royal dinner for one of its guests: a conflict naming two items and a member.
  const dinner = await db.programmeItem.findFirstOrThrow({ where: { summitId, kind: "ROYAL_DINNER" } });
  const guest = await db.participation.findFirstOrThrow({ where: { itemId: dinner.id, memberId: { not: null } }, orderBy: { id: "asc" } });
  const half = 30 * 60_000;
  await db.programmeItem.create({
    data: {
      summitId, kind: "BILATERAL", title: "Archive test side meeting", startsAt: new Date(dinner.startsAt.getTime() + half), endsAt: new Date(dinner.startsAt.getTime() + 2 * half),
      participations: { create: [{ delegationId: guest.delegationId, memberId: guest.memberId }] },
    },
  });
  // Overrides of real conflicts, so their ids must be remapped as the engine computes them: every
  // kind of id in a conflict id (items sorted, member, delegation, movement) is among them, and the
  // demo's deliberate clash in an arrival sequence, which the archive carries (format version 2).
  const conflicts = await conflictsForSummit(db, summitId);
  expect(conflicts.some((c) => c.type === "ARRIVAL_SEQUENCE")).toBe(true);
  const chosen = [...new Map(conflicts.map((c) => [`${c.type}${c.itemIds.length}${c.movementIds?.length ?? 0}${c.memberId ? "m" : ""}`, c])).values()];
  expect(chosen.some((c) => c.itemIds.length > 1 && c.memberId)).toBe(true);
  expect(chosen.some((c) => /\|movement=/.test(c.id) && c.delegationId)).toBe(true);
  for (const conflict of chosen) {
    const override = await db.conflictOverride.create({
      data: { summitId, conflictId: conflict.id, message: conflict.message, reason: "Accepted for the archive test", createdById: PLANNER, createdByName: "Demo Planner" },
    });
    await db.auditEntry.create({
      data: {
        summitId, actorId: PLANNER, actorName: "Demo Planner", entity: "ConflictOverride", entityId: override.id, action: "override",
        after: { conflictId: conflict.id, itemIds: conflict.itemIds, movementIds: conflict.movementIds ?? [] },
      },
    });
  }
  const audit = (entity: string, entityId: string, action: string, before: object | undefined, after: object | undefined, summit: string | null = summitId) =>
    db.auditEntry.create({ data: { summitId: summit, actorId: PLANNER, actorName: "Demo Planner", entity, entityId, action, before, after } });
  await audit("ProgrammeItem", item.id, "update", { spaceId: item.spaceId, updatedById: PLANNER, title: item.title }, { spaceId: space.id, memberIds: ua.members.map((m) => m.id), delegationIds: [ua.id] });
  await audit("ProgrammeItem", DELETED_ITEM, "delete", { id: DELETED_ITEM, title: "Withdrawn side event", spaceId: space.id }, undefined);
  await audit("TravelTime", summitId, "update", undefined, [{ minutes: 12 }]);
  // About user accounts, not the summit's rows: the installation's password reset, and a user's choice of summit.
  await audit("User", PLANNER, "resetPassword", undefined, undefined, null);
  await audit("User", PLANNER, "chooseSummit", { currentSummitId: null }, { currentSummitId: summitId });
  await db.importMapping.create({ data: { summitId, kind: "DELEGATIONS", columns: { code: "Landcode", name: "Land" }, updatedById: PLANNER } });
  await db.acknowledgement.create({ data: { delegationId: ua.id, userId: "demo-user-liaison-ua", acknowledgedAt: new Date("2025-06-24T09:00:00Z") } });
  await db.taskAcknowledgement.create({ data: { agencyId: police.id, userId: "demo-user-police", acknowledgedAt: new Date("2025-06-24T09:05:00Z") } });
  return chosen.length;
}

beforeAll(async () => {
  await resetDatabase(db);
  await seedDemo(db);
  demoId = (await db.summit.findUniqueOrThrow({ where: { slug: DEMO_SUMMIT_SLUG } })).id;
  overridden = await enrichDemo(demoId);
  archive = await exportSummit(db, demoId);
  json = serializeArchive(archive, { gzip: false });
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "summit-archive-"));
  second = await secondDatabase();
}, 180_000);

afterAll(async () => {
  await db.$disconnect();
  await second?.close();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

// ---------------------------------------------------------------------------------------------

describe("exporting the demo summit", () => {
  it("holds rows of every table, and no user account, id of one, or secret", async () => {
    for (const table of TABLE_KEYS) expect(archive.content[table].length, table).toBeGreaterThan(0);
    expect(archive.content.acknowledgements[0]).toMatchObject({ userName: "Demo Liaison Ukraine" });
    const text = json.toString("utf8");
    expect(text).not.toContain("demo-user-");
    expect(text).not.toContain("@demo.summit");
    expect(text).not.toMatch(/passwordHash|tokenHash|\$argon2/);
    // Audit entries about user accounts are left out with the accounts, the summit's own one included.
    expect(await db.auditEntry.count({ where: { summitId: demoId, entity: "User" } })).toBe(1);
    expect(archive.content.auditEntries.map((e) => e.entity)).not.toContain("User");
    expect(archive.digest).toBe(contentDigest(archive.content));
  });
});

describe("round trip", () => {
  let imported: Awaited<ReturnType<typeof importSummit>>;
  let again: SummitArchive;

  beforeAll(async () => {
    imported = await importSummit(second.db, readArchive(gzipSync(json)).content);
    again = await exportSummit(second.db, imported.summitId);
  }, 120_000);

  it("into an empty database gives the same content: equal row counts and normalised digest", () => {
    expect(imported.slug).toBe(DEMO_SUMMIT_SLUG);
    const before = normalise(archive.content);
    const after = normalise(again.content);
    expect(after.counts).toEqual(before.counts);
    expect(after.digest).toBe(before.digest);
    expect(imported.rows).toEqual({ summit: 1, ...before.counts });
    expect(imported.notImported).toEqual({ acknowledgements: 1, taskAcknowledgements: 1 });
  });

  it("differs only where documented: new ids, not demo data, no rows that need a user", async () => {
    const shared = [...idsOf(again.content)].filter((id) => idsOf(archive.content).has(id));
    expect(shared).toEqual([]);
    expect(again.content.summit.isDemo).toBe(false);
    expect(again.content.acknowledgements).toEqual([]);
    expect(again.content.taskAcknowledgements).toEqual([]);
    // Timestamps are carried over, not set to the moment of import.
    expect(again.content.summit.createdAt).toBe(archive.content.summit.createdAt);
    expect(await second.db.programmeItem.count({ where: { updatedById: { not: null } } })).toBe(0);
    expect(await second.db.bilateralRequest.count({ where: { createdById: { not: null } } })).toBe(0);
    expect(await second.db.auditEntry.count({ where: { actorId: { not: null } } })).toBe(0);
    expect(await second.db.precedence.count({ where: { setById: { not: null } } })).toBe(0);
    expect(await second.db.arrivalSequence.count({ where: { updatedById: { not: null } } })).toBe(0);
  });

  it("carries the arrivals: precedence, entrances, each sequence with its slots on the imported motorcades, and their clash", async () => {
    const arrivals = async (client: Db, summitId: string) => ({
      precedence: (await client.precedenceEntry.findMany({ where: { precedence: { summitId } }, orderBy: { position: "asc" }, select: { delegation: { select: { code: true } } } })).map((e) => e.delegation.code),
      entrances: await client.entrance.findMany({ where: { venue: { summitId } }, orderBy: { name: "asc" }, select: { name: true, minGapMinutes: true, venue: { select: { name: true } } } }),
      slots: (
        await client.arrivalSlot.findMany({
          where: { sequence: { summitId } },
          orderBy: [{ sequence: { item: { startsAt: "asc" } } }, { position: "asc" }],
          select: { position: true, offsetMinutes: true, delegation: { select: { code: true } }, sequence: { select: { item: { select: { title: true } }, entrance: { select: { name: true } } } }, movement: { select: { summitId: true, startsAt: true, tasks: { select: { type: true } } } } },
        })
      ).map((s) => ({ ...s, movement: s.movement && { ...s.movement, summitId: s.movement.summitId === summitId } })),
      clashes: (await conflictsForSummit(client, summitId)).filter((c) => c.type === "ARRIVAL_SEQUENCE").map((c) => c.message).sort(),
    });
    const source = await arrivals(db, demoId);
    expect(source.precedence.length).toBeGreaterThan(20);
    expect(source.slots.length).toBeGreaterThan(20);
    expect(source.slots.every((s) => s.movement === null || s.movement.summitId)).toBe(true);
    expect(source.clashes.length).toBeGreaterThan(0);
    expect(await arrivals(second.db, imported.summitId)).toEqual(source);
  });

  it("notices a reference moved to another row (the comparison is not blind to references)", () => {
    const moved = structuredClone(again.content);
    const a = moved.participations[0];
    const b = moved.participations.find((p) => p.itemId !== a.itemId)!;
    [a.itemId, b.itemId] = [b.itemId, a.itemId];
    expect(normalise(moved).digest).not.toBe(normalise(again.content).digest);
  });

  it("remaps ids inside the audit trail and keeps a deleted row's history under a new id", async () => {
    const entries = await second.db.auditEntry.findMany({ where: { summitId: imported.summitId, entity: "ProgrammeItem" }, orderBy: { action: "asc" } });
    const [deleted, updated] = entries;
    expect(deleted.action).toBe("delete");
    expect(deleted.entityId).not.toBe(DELETED_ITEM);
    expect((deleted.before as Row).id).toBe(deleted.entityId);
    const space = await second.db.space.findUniqueOrThrow({ where: { id: (updated.after as Row).spaceId as string }, include: { venue: true } });
    expect(space.venue.summitId).toBe(imported.summitId);
    expect((updated.before as Row).updatedById).toBeNull();
    expect(updated.actorName).toBe("Demo Planner");
  });

  it("keeps every override on its conflict: the engine computes the remapped ids", async () => {
    const conflicts = await conflictsForSummit(second.db, imported.summitId);
    expect(conflicts.filter((c) => c.override)).toHaveLength(overridden);
    const source = await conflictsForSummit(db, demoId);
    expect(source.filter((c) => c.override)).toHaveLength(overridden);
  });

  it("imports the same archive twice side by side under two slugs, sharing no id", async () => {
    const { content } = readArchive(json);
    const a = await importSummit(db, content, { slug: "archive-copy-a" });
    const b = await importSummit(db, content, { slug: "archive-copy-b" });
    const [ea, eb] = [await exportSummit(db, a.summitId), await exportSummit(db, b.summitId)];
    expect(normalise(ea.content).digest).toBe(normalise(archive.content).digest);
    expect(normalise(eb.content).digest).toBe(normalise(archive.content).digest);
    const idsA = idsOf(ea.content);
    expect([...idsOf(eb.content)].filter((id) => idsA.has(id))).toEqual([]);
    expect((await conflictsForSummit(db, b.summitId)).filter((c) => c.override)).toHaveLength(overridden);
    await db.summit.deleteMany({ where: { id: { in: [a.summitId, b.summitId] } } });
  }, 120_000);
});

// ---------------------------------------------------------------------------------------------

/** Every row of every table a summit import writes to. */
async function allRows(client: Db): Promise<Record<string, number>> {
  const [summits, venues, spaces, delegations, members, items, participations, requests, parties, movements, agencies, tasks, rules, overrides, audit, mappings] =
    await Promise.all([
      client.summit.count(), client.venue.count(), client.space.count(), client.delegation.count(), client.member.count(), client.programmeItem.count(),
      client.participation.count(), client.bilateralRequest.count(), client.bilateralParty.count(), client.movement.count(), client.agency.count(),
      client.agencyTask.count(), client.coverageRule.count(), client.conflictOverride.count(), client.auditEntry.count(), client.importMapping.count(),
    ]);
  const [precedences, precedenceEntries, entrances, sequences, slots] = await Promise.all([
    client.precedence.count(), client.precedenceEntry.count(), client.entrance.count(), client.arrivalSequence.count(), client.arrivalSlot.count(),
  ]);
  return { summits, venues, spaces, delegations, members, items, participations, requests, parties, movements, agencies, tasks, rules, overrides, audit, mappings, precedences, precedenceEntries, entrances, sequences, slots };
}

/** The archive with a change made to its content; the digest recomputed unless `keepDigest`. */
function changed(edit: (archive: SummitArchive) => void, options: { keepDigest?: boolean } = {}): Buffer {
  const copy = structuredClone(archive);
  edit(copy);
  if (!options.keepDigest) copy.digest = contentDigest(copy.content);
  return serializeArchive(copy, { gzip: false });
}

async function refusedWithoutWrites(bytes: Uint8Array | string, message: RegExp, options: { slug?: string } = { slug: "never-written" }) {
  const file = typeof bytes === "string" ? bytes : path.join(tmp, `bad-${Date.now()}.json`);
  if (typeof bytes !== "string") fs.writeFileSync(file, bytes);
  const before = await allRows(db);
  const error = await importArchiveFile(db, file, options).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ArchiveError);
  expect((error as Error).message).toMatch(message);
  expect(await allRows(db)).toEqual(before);
  return (error as Error).message;
}

describe("an archive of format version 1, written before arrivals were carried", () => {
  it("imports as the summit it held, without arrivals; its motorcades stay as transfers", async () => {
    const v1 = structuredClone(archive);
    for (const table of ARRIVAL_TABLES) delete (v1.content as Record<string, unknown>)[table];
    // Version 1 left the arrival tables' audit entries out with the tables.
    v1.content.auditEntries = v1.content.auditEntries.filter((e) => !["Precedence", "Entrance", "ArrivalSequence"].includes(e.entity));
    v1.formatVersion = 1;
    v1.digest = contentDigest(v1.content);
    const file = path.join(tmp, "v1.json");
    fs.writeFileSync(file, serializeArchive(v1, { gzip: false }));
    const result = await importArchiveFile(db, file, { slug: "archive-v1" });
    for (const table of ARRIVAL_TABLES) expect(result.rows[table], table).toBe(0);
    expect(result.rows.movements).toBe(archive.content.movements.length);
    expect(await db.arrivalSequence.count({ where: { summitId: result.summitId } })).toBe(0);
    await db.summit.delete({ where: { id: result.summitId } });
  });
});

describe("refused imports write nothing and name the problem", () => {
  it("a truncated file: plain JSON or gzip", async () => {
    await refusedWithoutWrites(json.subarray(0, Math.floor(json.length / 2)), /truncated JSON/);
    await refusedWithoutWrites(json.subarray(0, json.length - 1), /truncated JSON/);
    const gz = gzipSync(json);
    await refusedWithoutWrites(gz.subarray(0, Math.floor(gz.length / 2)), /truncated: its gzip stream ends early/);
  });

  it("a value changed after export, the digest left as it was", async () => {
    const bytes = changed((a) => (a.content.delegations[0].name = "Atlantis"), { keepDigest: true });
    await refusedWithoutWrites(bytes, /content does not match its digest/);
    const text = json.toString("utf8").replace('"capacity":', '"capacity":1');
    expect(text).not.toBe(json.toString("utf8"));
    await refusedWithoutWrites(Buffer.from(text), /content does not match its digest/);
  });

  it("an unknown format version, named", async () => {
    await refusedWithoutWrites(changed((a) => (a.formatVersion = CURRENT_FORMAT_VERSION + 1)), new RegExp(`format version ${CURRENT_FORMAT_VERSION + 1};`));
    await refusedWithoutWrites(changed((a) => (a.formatVersion = 0)), /format version 0, which this installation cannot read/);
  });

  it("a bad value or a broken reference (digest recomputed), by the zod path of the first error", async () => {
    await refusedWithoutWrites(changed((a) => ((a.content.spaces[3] as Row).capacity = "large")), /^content\.spaces\[3\]\.capacity: /);
    await refusedWithoutWrites(changed((a) => (a.content.movements[5].toItemId = "no-such-item")), /^content\.movements\[5\]\.toItemId: "no-such-item" names no row of programmeItems/);
    // An arrival slot on another delegation's motorcade: its itinerary would show their departure as its own.
    await refusedWithoutWrites(
      changed((a) => {
        const slots = a.content.arrivalSlots.filter((s) => s.movementId !== null);
        const [first, second] = [slots[0], slots.find((s) => s.delegationId !== slots[0].delegationId)!];
        [first.movementId, second.movementId] = [second.movementId, first.movementId];
      }),
      /^content\.arrivalSlots\[\d+\]\.movementId: the motorcade is not of the slot's delegation/,
    );

    // The summit's own rules, as in the app: a zone this runtime does not know, days the wrong way round.
    await refusedWithoutWrites(changed((a) => ((a.content.summit as Row).timeZone = "Mars/Olympus_Mons")), /^content\.summit\.timeZone: Unknown time zone/);
    await refusedWithoutWrites(changed((a) => ((a.content.summit as Row).endDate = "2025-06-20")), /^content\.summit\.endDate: The last day is before the first day/);
  });

  it("rows the database refuses half-way: the rows written before them are rolled back", async () => {
    // Summit, venues and spaces before it are written when the CHECK on capacity refuses the last space.
    const last = archive.content.spaces.length - 1;
    await refusedWithoutWrites(changed((a) => (a.content.spaces[last].capacity = 0)), /Space_capacity_positive/);
  });

  it("a slug in use", async () => {
    const file = path.join(tmp, "demo.json");
    fs.writeFileSync(file, json);
    const message = await refusedWithoutWrites(file, /exists already/, {});
    expect(message).toContain(`"${DEMO_SUMMIT_SLUG}"`);
    await expect(importArchiveFile(db, file)).rejects.toBeInstanceOf(SlugTakenError);
  });

  it("more than a million rows, counted before any row is validated or the digest checked", async () => {
    const huge = { format: "summit-archive", formatVersion: 1, exportedAt: archive.exportedAt, digest: `sha256:${"0".repeat(64)}`, content: { summit: {}, participations: Array(1_000_001).fill({}) } };
    await refusedWithoutWrites(Buffer.from(JSON.stringify(huge)), /holds 1,000,002 rows; archives over 1,000,000 rows are refused/);
  });

  it("a file over 200 MB, before reading it; and a gzip stream that inflates past the limit", async () => {
    const file = path.join(tmp, "huge.json");
    fs.writeFileSync(file, "{");
    fs.truncateSync(file, 200 * 1024 * 1024 + 1); // sparse: nothing is written to disk
    await refusedWithoutWrites(file, /The file is 200\.0 MB \(209,715,201 bytes\); archives over 200\.0 MB are refused/);
    const bomb = gzipSync(Buffer.alloc(4096, 0x20));
    expect(() => readArchive(bomb, { maxBytes: 2048, maxRows: 10 })).toThrow(/Once decompressed, the archive is larger than/);
  });
});

// ---------------------------------------------------------------------------------------------

function cli(script: string, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(ROOT, "node_modules", ".bin", "tsx"), [path.join("scripts", script), ...args], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: inject("databaseUrl") },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

describe("the CLI scripts", () => {
  it("export a summit to a file, then import it under a new slug; a clashing slug exits 2", async () => {
    const file = path.join(tmp, "cli.json.gz");
    const exported = await cli("summit-export.ts", ["--summit", DEMO_SUMMIT_SLUG, "--out", file]);
    expect(exported.stderr).toBe("");
    expect(exported.code).toBe(0);
    expect(exported.stdout).toMatch(/Exported summit "NATO Summit The Hague 2025"/);
    expect(fs.readFileSync(file).subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]));

    const done = await cli("summit-import.ts", [file, "--slug", "cli-copy"]);
    expect(done.stderr).toBe("");
    expect(done.code).toBe(0);
    expect(done.stdout).toMatch(/Imported summit "NATO Summit The Hague 2025" as cli-copy/);
    expect(done.stdout).toMatch(/Not imported .*1 acknowledgements, 1 taskAcknowledgements/);
    const copy = await db.summit.findUniqueOrThrow({ where: { slug: "cli-copy" } });
    expect(normalise((await exportSummit(db, copy.id)).content).digest).toBe(normalise(archive.content).digest);

    const before = await allRows(db);
    const clash = await cli("summit-import.ts", [file]);
    expect(clash.code).toBe(2);
    expect(clash.stderr).toMatch(/slug "nato-2025-the-hague" exists already.*--slug/);
    expect(await allRows(db)).toEqual(before);
    await db.summit.delete({ where: { id: copy.id } });
  }, 120_000);
});

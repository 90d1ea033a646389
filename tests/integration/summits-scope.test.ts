// Two summits in one installation, on the same days: each planner, liaison and agency coordinator
// works on their own summit (getCurrentSummit), every scoped read returns that summit's rows and
// nothing of the other's, asserted row by row, and a request naming the other summit's rows is
// not found. The session is replaced by a chosen actor for the server actions and routes;
// everything else, the gate included, is real.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { loadActor } from "@/lib/auth/session";
import { getTaskChangesSinceAck, listAgenciesWithPendingChanges } from "@/lib/tasks/changes";
import { getTask, listTasks, taskDays } from "@/lib/tasks/queries";
import { listBilaterals } from "@/lib/bilaterals/queries";
import { loadFeedDocument } from "@/lib/calendar-feed/feed";
import { conflictTriage } from "@/lib/conflicts/triage";
import { getCoverageMatrix, listCoverageRules } from "@/lib/coverage/queries";
import { listDelegations } from "@/lib/delegations/queries";
import { NotFoundError } from "@/lib/errors";
import { loadItineraryExport, loadProgrammeExport, loadTasksExport } from "@/lib/exports/load";
import type { Entry } from "@/lib/itinerary/types";
import { getChangesSinceAck, listPendingAcknowledgements } from "@/lib/itinerary/changes";
import { getItinerary } from "@/lib/itinerary/queries";
import { listMovements, movementDays } from "@/lib/movements/queries";
import { moveItem } from "@/lib/programme/mutations";
import { getDayProgramme } from "@/lib/programme/queries";
import { getTimelineDay } from "@/lib/programme/timeline";
import { chooseSummit } from "@/lib/summits/mutations";
import { getCurrentSummit, listSummits, listSummitsToChoose, type SummitSummary } from "@/lib/summits/queries";
import { requireInCurrentSummit } from "@/lib/summits/scope";
import { resetDatabase, testDb } from "./helpers";
import { buildTwoSummits, DAY, NEXT_DAY, type SummitFixture } from "./two-summits-fixture";

vi.mock("server-only", () => ({}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
class Redirected extends Error {
  constructor(readonly location: string) {
    super(`redirect to ${location}`);
  }
}
vi.mock("next/navigation", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/navigation")>()),
  redirect: (location: string) => {
    throw new Redirected(location);
  },
}));
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/session")>()),
  getActor: async () => session.actor,
}));

const db = testDb();
let fx: Awaited<ReturnType<typeof buildTwoSummits>>;
type Key = "a" | "b";
const KEYS: Key[] = ["a", "b"];
const other = (key: Key): Key => (key === "a" ? "b" : "a");
const summitOf = async (actor: Actor): Promise<SummitSummary> => {
  const summit = await getCurrentSummit(db, actor);
  if (!summit) throw new Error(`${actor.email} has no summit`);
  return summit;
};
const titleOf = (e: Entry) => (e.source === "item" ? e.title : `${e.kind} ${e.flight}`);
const ids = (rows: readonly { id: string }[]) => rows.map((r) => r.id);

beforeAll(async () => {
  await resetDatabase(db);
  fx = await buildTwoSummits(db);
  // One change each summit's liaison has not acknowledged: the restricted item moves by a quarter.
  for (const key of KEYS) {
    const item = fx[key].items.restricted;
    await moveItem(db, fx[key].actors.planner, { summitId: fx[key].summit.id, id: item.id, version: 1, startsAt: new Date(item.startsAt.getTime() + 15 * 60_000), endsAt: new Date(item.endsAt.getTime() + 15 * 60_000), spaceId: item.spaceId });
  }
});
afterAll(async () => {
  await db.$disconnect();
  await (await import("@/lib/db")).getDb().$disconnect();
});

describe("whose summit", () => {
  it("each planner, liaison and agency coordinator works on their own summit", async () => {
    for (const key of KEYS) {
      for (const actor of Object.values(fx[key].actors)) {
        expect((await summitOf(actor)).id, actor.email).toBe(fx[key].summit.id);
      }
    }
  });

  it("a planner's stored choice switches what getCurrentSummit returns, and is audited", async () => {
    const planner = fx.a.actors.planner;
    await chooseSummit(db, planner, { summitId: fx.b.summit.id });
    expect((await summitOf(planner)).id).toBe(fx.b.summit.id);
    expect(await db.user.findUniqueOrThrow({ where: { id: planner.userId }, select: { currentSummitId: true } })).toEqual({ currentSummitId: fx.b.summit.id });
    // Working on B, the planner sees B's programme and nothing of A's.
    const titles = (await getDayProgramme(db, planner, await summitOf(planner), DAY)).flatMap((g) => g.items.map((i) => i.title));
    expect(titles).toEqual(["B: Opening", "B: One restricted", "B: Clash 1", "B: Clash 2", "B: Staff briefing", "B: Draft"]);
    const entry = await db.auditEntry.findFirstOrThrow({ where: { entity: "User", entityId: planner.userId, action: "chooseSummit" } });
    expect(entry).toMatchObject({ summitId: fx.b.summit.id, before: { currentSummitId: fx.a.summit.id }, after: { currentSummitId: fx.b.summit.id } });
    await chooseSummit(db, planner, { summitId: fx.a.summit.id });
    expect((await summitOf(planner)).id).toBe(fx.a.summit.id);
    await expect(chooseSummit(db, planner, { summitId: "no-such-summit" })).rejects.toMatchObject({ fieldErrors: { summitId: expect.any(String) } });
  });

  it("without a choice a member of staff gets SUMMIT_SLUG's summit, else the most recent live one; a deleted choice falls back", async () => {
    const planner = fx.b.actors.planner;
    const later = await db.summit.create({ data: { slug: "later", name: "Later", host: "X", timeZone: "UTC", startDate: new Date("2026-01-10"), endDate: new Date("2026-01-11") } });
    await db.user.update({ where: { id: planner.userId }, data: { currentSummitId: later.id } });
    expect((await summitOf(planner)).id).toBe(later.id);
    await db.summit.delete({ where: { id: later.id } });
    // The choice went with the summit; the most recent live one is A or B (same days): the lower id.
    expect((await summitOf(planner)).id).toBe([fx.a.summit.id, fx.b.summit.id].sort()[0]);
    process.env.SUMMIT_SLUG = "summit-b";
    try {
      expect((await summitOf(planner)).id).toBe(fx.b.summit.id);
      process.env.SUMMIT_SLUG = "summit-a";
      expect((await summitOf(planner)).id).toBe(fx.a.summit.id);
    } finally {
      delete process.env.SUMMIT_SLUG;
    }
    await db.user.update({ where: { id: planner.userId }, data: { currentSummitId: fx.b.summit.id } });
  });

  it("an archived summit is nobody's default, the latest or SUMMIT_SLUG's included, but stays a member of staff's choice", async () => {
    const planner = fx.b.actors.planner;
    const old = await db.summit.create({
      data: { slug: "archived-choice", name: "Archived", host: "X", timeZone: "UTC", startDate: new Date("2027-01-10"), endDate: new Date("2027-01-11"), archivedAt: new Date() },
    });
    try {
      // The latest summit of all, but archived: nobody's default.
      await db.user.update({ where: { id: planner.userId }, data: { currentSummitId: null } });
      expect((await summitOf(planner)).id).toBe([fx.a.summit.id, fx.b.summit.id].sort()[0]);
      process.env.SUMMIT_SLUG = "archived-choice";
      try {
        expect((await summitOf(planner)).id).toBe([fx.a.summit.id, fx.b.summit.id].sort()[0]);
      } finally {
        delete process.env.SUMMIT_SLUG;
      }
      await db.user.update({ where: { id: planner.userId }, data: { currentSummitId: old.id } });
      expect(await summitOf(planner)).toMatchObject({ id: old.id, archived: true, days: ["2027-01-10", "2027-01-11"] });
    } finally {
      await db.user.update({ where: { id: planner.userId }, data: { currentSummitId: fx.b.summit.id } });
      await db.summit.delete({ where: { id: old.id } });
    }
  });

  it("the header's switcher lists every summit to staff, archived ones last, the same as listSummits; nothing to anyone else", async () => {
    const archived = await db.summit.create({
      data: { slug: "archived-listed", name: "Archived", host: "X", timeZone: "UTC", startDate: new Date("2027-01-10"), endDate: new Date("2027-01-11"), archivedAt: new Date() },
    });
    try {
      const listed = await listSummitsToChoose(db, fx.a.actors.planner);
      expect(listed).toEqual(await listSummits(db));
      expect(listed.map((s) => s.id)).toEqual([...[fx.a.summit.id, fx.b.summit.id].sort(), archived.id]);
      for (const actor of [fx.a.actors.liaison, fx.a.actors.agency]) expect(await listSummitsToChoose(db, actor)).toEqual([]);
    } finally {
      await db.summit.delete({ where: { id: archived.id } });
    }
  });

  it("a liaison or agency coordinator cannot switch: refused, nothing stored, and a stored value is ignored", async () => {
    for (const actor of [fx.a.actors.liaison, fx.a.actors.agency]) {
      await expect(chooseSummit(db, actor, { summitId: fx.b.summit.id })).rejects.toBeInstanceOf(NotFoundError);
      expect(await db.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { currentSummitId: true } })).toEqual({ currentSummitId: null });
      await db.user.update({ where: { id: actor.userId }, data: { currentSummitId: fx.b.summit.id } });
      expect((await summitOf(actor)).id).toBe(fx.a.summit.id);
      await db.user.update({ where: { id: actor.userId }, data: { currentSummitId: null } });
    }
  });

  it("a liaison of delegations in both summits works on the live one", async () => {
    const both: Actor = { ...fx.a.actors.liaison, delegationIds: [fx.a.delegations.one.id, fx.b.delegations.two.id] };
    await db.summit.update({ where: { id: fx.a.summit.id }, data: { archivedAt: new Date() } });
    try {
      expect((await summitOf(both)).id).toBe(fx.b.summit.id);
    } finally {
      await db.summit.update({ where: { id: fx.a.summit.id }, data: { archivedAt: null } });
    }
    await db.summit.update({ where: { id: fx.b.summit.id }, data: { archivedAt: new Date() } });
    try {
      expect((await summitOf(both)).id).toBe(fx.a.summit.id);
    } finally {
      await db.summit.update({ where: { id: fx.b.summit.id }, data: { archivedAt: null } });
    }
  });

  it("the actor's own read brings a liaison's and a coordinator's summit: getCurrentSummit reads nothing more, and agrees with its own read", async () => {
    // Any use of the database handle fails: the summit must come from what loadActor read.
    const noDb = new Proxy({} as typeof db, {
      get(_, key) {
        throw new Error(`the database was used (${String(key)})`);
      },
    });
    const liaison = fx.b.actors.liaison;
    const second = { userId: liaison.userId, delegationId: fx.a.delegations.one.id };
    await db.liaisonAssignment.create({ data: second });
    try {
      // Both live (same days: the lower id), then each one archived in turn.
      for (const archived of [null, fx.a.summit.id, fx.b.summit.id]) {
        if (archived) await db.summit.update({ where: { id: archived }, data: { archivedAt: new Date() } });
        try {
          for (const user of [liaison, fx.a.actors.agency, fx.b.actors.agency]) {
            const loaded = await loadActor(db, user.userId);
            if (!loaded) throw new Error(`${user.email} did not load`);
            const { boundSummits, ...withoutThem } = loaded;
            expect(boundSummits, user.email).toBeDefined();
            const read = await getCurrentSummit(db, withoutThem);
            expect(read, user.email).not.toBeNull();
            expect(await getCurrentSummit(noDb, loaded), `${user.email}, archived ${archived}`).toEqual(read);
          }
        } finally {
          if (archived) await db.summit.update({ where: { id: archived }, data: { archivedAt: null } });
        }
      }
    } finally {
      await db.liaisonAssignment.delete({ where: { userId_delegationId: second } });
    }
    // Staff choose their summit: the actor brings none, and it is read.
    expect((await loadActor(db, fx.a.actors.planner.userId))?.boundSummits).toBeUndefined();
  });

  it("no actor, or an agency coordinator without an agency, has no summit", async () => {
    expect(await getCurrentSummit(db, null)).toBeNull();
    expect(await getCurrentSummit(db, { ...fx.a.actors.agency, agencyId: null })).toBeNull();
    expect(await getCurrentSummit(db, { ...fx.a.actors.liaison, delegationIds: [] })).toBeNull();
  });
});

describe.each(KEYS)("summit %s: every scoped read holds its own rows only", (key) => {
  let s: SummitFixture;
  /** The summit the planner works on, as every page reads it. */
  let summit: SummitSummary;
  const K = key.toUpperCase();
  const t = (title: string) => `${K}: ${title}`;
  beforeEach(async () => {
    s = fx[key];
    summit = await summitOf(s.actors.planner);
  });
  const as = async (who: keyof SummitFixture["actors"]) => ({ actor: s.actors[who], summit: await summitOf(s.actors[who]) });

  it("the day programme", async () => {
    const titles = async (who: keyof SummitFixture["actors"]) => {
      const { actor, summit: own } = await as(who);
      return (await getDayProgramme(db, actor, own, DAY)).flatMap((g) => g.items.map((i) => i.title));
    };
    expect(await titles("planner")).toEqual([t("Opening"), t("One restricted"), t("Clash 1"), t("Clash 2"), t("Staff briefing"), t("Draft")]);
    expect(await titles("liaison")).toEqual([t("Opening"), t("One restricted"), t("Clash 1"), t("Clash 2")]);
    expect(await titles("agency")).toEqual([t("Opening")]);
  });

  it("the timeline", async () => {
    const day = await getTimelineDay(db, summit, DAY);
    expect(day.items.map((i) => i.id).sort()).toEqual(ids(Object.values(s.items)).sort());
    expect(day.lanes.map((l) => l.id).filter(Boolean).sort()).toEqual([s.spaces.hall.id, s.spaces.room.id].sort());
  });

  it("conflicts, and their count", async () => {
    const triage = await conflictTriage(db, summit, {}, { tasks: true, movements: true, bilaterals: true, timeline: true });
    expect(triage.total).toBe(1);
    expect(triage.rows.map((r) => ({ type: r.type, itemIds: r.itemIds }))).toEqual([{ type: "MEMBER_OVERLAP", itemIds: [s.items.clash1.id, s.items.clash2.id] }]);
  });

  it("the itinerary: the liaison's own delegation; the other summit's delegation is not found, for staff too", async () => {
    const { actor } = await as("liaison");
    const itinerary = await getItinerary(db, actor, { delegationId: s.delegations.one.id });
    expect(itinerary.entries.map(titleOf)).toEqual([`ARRIVAL ${K}001`, t("One restricted"), t("Clash 1"), t("Clash 2")]);
    expect(itinerary.openBilaterals.map((b) => b.id)).toEqual([s.bilateral.id]);
    const theirs = fx[other(key)].delegations.one.id;
    await expect(getItinerary(db, actor, { delegationId: theirs })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getItinerary(db, s.actors.planner, { delegationId: theirs })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("bilaterals", async () => {
    for (const who of ["planner", "liaison"] as const) {
      const { actor, summit: own } = await as(who);
      expect(ids(await listBilaterals(db, actor, own.id))).toEqual([s.bilateral.id]);
    }
  });

  it("movements and their days", async () => {
    expect(ids(await listMovements(db, s.actors.planner, summit, { day: DAY }))).toEqual([s.arrival.id]);
    expect(ids(await listMovements(db, s.actors.planner, summit))).toEqual([s.arrival.id]);
    expect(await movementDays(db, summit)).toEqual([DAY, NEXT_DAY]);
  });

  it("tasks, for the planner and the coordinator; the other summit's task is not found", async () => {
    for (const who of ["planner", "agency"] as const) {
      const { actor, summit: own } = await as(who);
      expect(ids(await listTasks(db, actor, own, { day: DAY }))).toEqual([s.tasks.arrival.id, s.tasks.opening.id]);
      expect(await taskDays(db, actor, own)).toEqual([DAY, NEXT_DAY]);
      await expect(getTask(db, actor, own.id, fx[other(key)].tasks.opening.id)).rejects.toBeInstanceOf(NotFoundError);
    }
  });

  it("coverage: the matrix, its counts and the rules", async () => {
    const matrix = await getCoverageMatrix(db, s.actors.planner, summit, DAY);
    expect(matrix.rows.map((r) => [r.id, r.label])).toEqual([[s.items.opening.id, t("Opening")]]);
    expect([matrix.requirementCount, matrix.gapCount]).toEqual([1, 0]);
    expect(ids(await listCoverageRules(db, s.actors.planner, summit.id))).toEqual([s.rule.id]);
  });

  it("the data of the exports", async () => {
    const programme = async (who: keyof SummitFixture["actors"]) => (await loadProgrammeExport(db, s.actors[who], {}, new Date(), { vanished: false })).entries.map(titleOf);
    expect(await programme("planner")).toEqual([t("Opening"), t("One restricted"), t("Clash 1"), t("Clash 2"), t("Staff briefing"), t("Draft")]);
    expect(await programme("liaison")).toEqual([t("Opening"), t("One restricted"), t("Clash 1"), t("Clash 2")]);
    expect(await programme("agency")).toEqual([t("Opening")]);
    const itinerary = await loadItineraryExport(db, s.actors.liaison, { delegationId: s.delegations.one.id });
    expect(itinerary.summitName).toBe(`Summit ${K}`);
    expect(itinerary.entries.map(titleOf)).toEqual([`ARRIVAL ${K}001`, t("One restricted"), t("Clash 1"), t("Clash 2")]);
    const tasks = await loadTasksExport(db, s.actors.agency, { day: DAY, agencyId: null });
    expect(tasks.summitName).toBe(`Summit ${K}`);
    expect(ids(tasks.tasks ?? [])).toEqual([s.tasks.arrival.id, s.tasks.opening.id]);
    expect(tasks.scope).toEqual({ role: "agency", name: `Pol${K}` });
    // A venue of the other summit is not found.
    await expect(loadProgrammeExport(db, s.actors.planner, { venueId: fx[other(key)].forum.id })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("the calendar feed of each reader", async () => {
    const feed = async (who: keyof SummitFixture["actors"]) => {
      const doc = await loadFeedDocument(db, s.actors[who]);
      expect(doc.summitName).toBe(`Summit ${K}`);
      return { titles: doc.entries.map(titleOf), vanished: doc.vanished?.map((v) => v.id) ?? [] };
    };
    expect(await feed("planner")).toEqual({ titles: [t("Opening"), t("One restricted"), t("Clash 1"), t("Clash 2"), t("Staff briefing"), t("Draft")], vanished: [] });
    expect(await feed("liaison")).toEqual({ titles: [`ARRIVAL ${K}001`, t("One restricted"), t("Clash 1"), t("Clash 2")], vanished: [] });
    expect(await feed("agency")).toEqual({ titles: [t("Opening")], vanished: [] });
  });

  it("counts: delegations and members, unacknowledged changes per delegation and per agency", async () => {
    const delegations = await listDelegations(db, summit.id);
    expect(delegations.map((d) => [d.name, d._count.members])).toEqual([[`One ${K}`, 1], [`Two ${K}`, 1]]);
    const pending = await listPendingAcknowledgements(db, s.actors.planner);
    expect(pending.map((p) => [p.delegation.id, p.count])).toEqual([[s.delegations.one.id, 1]]);
    const changes = await getChangesSinceAck(db, s.actors.liaison, s.delegations.one.id);
    expect(changes.changes.map((c) => c.itemId)).toEqual([s.items.restricted.id]);
    expect(await listAgenciesWithPendingChanges(db, s.actors.planner, summit)).toEqual([]);
    expect((await getTaskChangesSinceAck(db, s.actors.agency)).changes).toEqual([]);
  });
});

describe("requests naming the other summit's rows are not found", () => {
  // The gate's answer to a row outside the actor's reach, the same as to one that does not exist.
  const REFUSED = { ok: false, error: "Not found." };
  const act = async <T>(actor: Actor, run: () => Promise<T>) => {
    session.actor = actor;
    try {
      return await run();
    } finally {
      session.actor = null;
    }
  };

  it("the scope check: each kind of row, of the actor's summit only", async () => {
    const planner = fx.b.actors.planner;
    for (const refs of [{ summit: fx.a.summit.id }, { item: fx.a.items.opening.id }, { bilateral: fx.a.bilateral.id }, { task: fx.a.tasks.opening.id }, { delegation: fx.a.delegations.one.id }, { item: "no-such-item" }]) {
      await expect(requireInCurrentSummit(db, planner, refs), JSON.stringify(refs)).rejects.toBeInstanceOf(NotFoundError);
    }
    const own = await requireInCurrentSummit(db, planner, { summit: fx.b.summit.id, item: fx.b.items.opening.id, bilateral: fx.b.bilateral.id, task: fx.b.tasks.opening.id, delegation: fx.b.delegations.one.id });
    expect(own.id).toBe(fx.b.summit.id);
  });

  it("programme item actions: move, cancel, create and preview", async () => {
    const { moveItemAction, cancelItemAction, createItemAction, previewMoveAction } = await import("@/lib/programme/actions");
    const item = await db.programmeItem.findUniqueOrThrow({ where: { id: fx.a.items.staff.id } });
    const move = { id: item.id, version: item.version, startsAt: new Date(item.startsAt.getTime() + 3600_000), endsAt: new Date(item.endsAt.getTime() + 3600_000), spaceId: item.spaceId };
    const plannerB = fx.b.actors.planner;
    expect(await act(plannerB, () => moveItemAction(move))).toMatchObject(REFUSED);
    expect(await act(plannerB, () => previewMoveAction(move))).toMatchObject(REFUSED);
    expect(await act(plannerB, () => cancelItemAction({ id: item.id, version: item.version }))).toMatchObject(REFUSED);
    const count = await db.programmeItem.count();
    const created = await act(plannerB, () =>
      createItemAction({ summitId: fx.a.summit.id, kind: "SIDE_EVENT", title: "Planted", status: "DRAFT", visibility: "STAFF", startsAt: move.startsAt, endsAt: move.endsAt, spaceId: null, delegationIds: [], memberIds: [] }),
    );
    expect(created).toMatchObject(REFUSED);
    expect(await db.programmeItem.count()).toBe(count);
    expect(await db.programmeItem.findUniqueOrThrow({ where: { id: item.id } })).toEqual(item);
    // The summit's own planner may.
    expect(await act(fx.a.actors.planner, () => moveItemAction(move))).toMatchObject({ ok: true });
  });

  it("task status, bilateral actions and a bilateral request", async () => {
    const { updateTaskStatusAction } = await import("@/lib/tasks/actions");
    const { cancelBilateralAction, requestBilateralAction, findSlotsAction } = await import("@/lib/bilaterals/actions");
    const task = await db.agencyTask.findUniqueOrThrow({ where: { id: fx.a.tasks.opening.id } });
    for (const actor of [fx.b.actors.planner, fx.b.actors.agency]) {
      expect(await act(actor, () => updateTaskStatusAction({ id: task.id, version: task.version, status: "DONE" }))).toMatchObject(REFUSED);
    }
    expect(await db.agencyTask.findUniqueOrThrow({ where: { id: task.id } })).toEqual(task);

    const bilateral = await db.bilateralRequest.findUniqueOrThrow({ where: { id: fx.a.bilateral.id } });
    expect(await act(fx.b.actors.planner, () => cancelBilateralAction({ id: bilateral.id, version: bilateral.version }))).toMatchObject(REFUSED);
    expect(await act(fx.b.actors.planner, () => findSlotsAction({ id: bilateral.id }))).toMatchObject(REFUSED);
    expect(await db.bilateralRequest.findUniqueOrThrow({ where: { id: bilateral.id } })).toEqual(bilateral);

    const requests = await db.bilateralRequest.count();
    const request = { requesterDelegationId: fx.a.delegations.two.id, counterpartDelegationIds: [fx.a.delegations.one.id], level: "PRINCIPAL" as const, durationMinutes: 30 };
    expect(await act(fx.b.actors.planner, () => requestBilateralAction(request))).toMatchObject(REFUSED);
    expect(await db.bilateralRequest.count()).toBe(requests);
    // The summit's own coordinator and planner are not refused by the scope.
    expect(await act(fx.a.actors.agency, () => updateTaskStatusAction({ id: task.id, version: task.version, status: "ACKNOWLEDGED" }))).toMatchObject({ ok: true });
  });

  it("the export routes", async () => {
    type Handler = (request: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
    const programme = (await import("@/app/exports/programme/[format]/route")).GET as Handler;
    const itinerary = (await import("@/app/exports/itinerary/[delegationId]/[format]/route")).GET as Handler;
    const venueA = fx.a.forum.id;
    const onVenue = (actor: Actor) => act(actor, () => programme(new Request(`http://test/exports/programme/csv?venue=${venueA}`), { params: Promise.resolve({ format: "csv" }) }));
    expect((await onVenue(fx.b.actors.planner)).status).toBe(404);
    const own = await onVenue(fx.a.actors.planner);
    expect(own.status).toBe(200);
    expect(await own.text()).toContain("A: Opening");
    const delegationA = fx.a.delegations.one.id;
    const res = await act(fx.b.actors.planner, () => itinerary(new Request(`http://test/exports/itinerary/${delegationA}/csv`), { params: Promise.resolve({ delegationId: delegationA, format: "csv" }) }));
    expect(res.status).toBe(404);
  });

  it("the header's switcher form: staff switch and land on the same section; a liaison's choice changes nothing", async () => {
    const { chooseSummitFromForm } = await import("@/lib/summits/actions");
    const form = (summitId: string, returnTo: string) => {
      const data = new FormData();
      data.set("summitId", summitId);
      data.set("returnTo", returnTo);
      return data;
    };
    const redirectOf = (run: Promise<void>) => run.then(() => null, (e: unknown) => (e instanceof Redirected ? e.location : Promise.reject(e)));
    const planner = fx.a.actors.planner;
    expect(await act(planner, () => redirectOf(chooseSummitFromForm(form(fx.b.summit.id, "/timeline"))))).toBe("/timeline");
    expect((await summitOf(planner)).id).toBe(fx.b.summit.id);
    // Never off to another site or a row of the summit left behind.
    expect(await act(planner, () => redirectOf(chooseSummitFromForm(form(fx.a.summit.id, "https://elsewhere.example/x"))))).toBe("/");
    expect(await act(planner, () => redirectOf(chooseSummitFromForm(form(fx.a.summit.id, `/programme/items/${fx.b.items.opening.id}/edit`))))).toBe("/");
    expect((await summitOf(planner)).id).toBe(fx.a.summit.id);

    const liaison = fx.a.actors.liaison;
    expect(await act(liaison, () => redirectOf(chooseSummitFromForm(form(fx.b.summit.id, "/itinerary"))))).toBe("/itinerary");
    expect(await db.user.findUniqueOrThrow({ where: { id: liaison.userId }, select: { currentSummitId: true } })).toEqual({ currentSummitId: null });
    expect((await summitOf(liaison)).id).toBe(fx.a.summit.id);
  });
});

// Importing arrivals and departures into the demo summit: flights moved in place (and shown to the
// delegation's liaison as changes), errors with row and column, the same file twice, Dutch CSV
// with separate date and time columns, and a move into a hard conflict refused like an edit.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { loadActor } from "@/lib/auth/session";
import { applyImport, ImportRefusedError } from "@/lib/import/mutations";
import { previewImport } from "@/lib/import/queries";
import { getChangesSinceAck } from "@/lib/itinerary/changes";
import { toLocalInput } from "@/lib/time";
import { demoImportFixture, fingerprint, xlsx } from "./import-fixture";
import { testDb } from "./helpers";

const db = testDb();
let fx: Awaited<ReturnType<typeof demoImportFixture>>;
let liaisonBE: Actor;
const zone = "Europe/Amsterdam";

beforeAll(async () => {
  fx = await demoImportFixture(db);
  const user = await db.user.findUniqueOrThrow({ where: { email: "liaison.be@demo.summit" }, select: { id: true } });
  liaisonBE = (await loadActor(db, user.id)) as Actor;
});
afterAll(() => db.$disconnect());

const HEADER = ["Delegation", "Direction", "Airport", "Flight", "Date and time", "Party size"];
const arrival = (code: string) => db.movement.findFirstOrThrow({ where: { summitId: fx.summit.id, kind: "ARRIVAL", delegation: { code } } });
const importAs = (bytes: Uint8Array, options = {}) => applyImport(db, fx.planner, { summitId: fx.summit.id, bytes, options });

describe("movements import", () => {
  it("a good file: Belgium's arrival moved a quarter later, Czechia's as it is, a new arrival for the host", async () => {
    const cz = await arrival("CZ");
    const file = await xlsx([
      ["Flights as of 20 June"],
      HEADER,
      ["BE", "Arrival", "Rotterdam The Hague Airport", "BAF 01", "24-06-2025 12:30", 25],
      ["CZ", "Aankomst", "Schiphol", cz.flight, toLocalInput(cz.startsAt, zone), cz.partySize],
      ["NL", "Arrival", "Schiphol", "NLD 01", new Date(Date.UTC(2025, 5, 23, 20, 0)), 12],
    ]);
    const preview = await previewImport(db, fx.planner, { summitId: fx.summit.id, bytes: file });
    expect(preview.plan?.rows.map((r) => [r.label, r.status])).toEqual([["BE · Arrival · BAF 01", "changed"], ["CZ · Arrival · CEF 001", "unchanged"], ["NL · Arrival · NLD 01", "new"]]);
    expect(preview.plan?.rows[0].changes).toEqual([{ field: "startsAt", label: "Date and time", before: "Tue 24 Jun 2025 12:15", after: "Tue 24 Jun 2025 12:30" }]);

    const be = await arrival("BE");
    const report = await importAs(file);
    expect(report.counts).toEqual({ added: 1, updated: 1, unchanged: 1, removed: 0, refused: 0 });
    const moved = await arrival("BE");
    expect(moved.id).toBe(be.id);
    expect(moved.startsAt.toISOString()).toBe("2025-06-24T10:30:00.000Z");
    // The ground time moves with the landing.
    expect(moved.endsAt!.getTime() - moved.startsAt.getTime()).toBe(be.endsAt!.getTime() - be.startsAt.getTime());
    expect(moved.version).toBe(be.version + 1);
    expect((await arrival("NL")).startsAt.toISOString()).toBe("2025-06-23T18:00:00.000Z");
    expect((await arrival("CZ")).version).toBe(cz.version);
  });

  it("Belgium's liaison finds the moved arrival among the changes since last acknowledged", async () => {
    const { changes } = await getChangesSinceAck(db, liaisonBE, (await arrival("BE")).delegationId);
    const change = changes.find((c) => c.movement?.kind === "ARRIVAL");
    expect(change).toMatchObject({
      type: "moved", actorName: "Demo Planner", title: "Arrival at Rotterdam The Hague Airport (BAF 01)",
      before: { startsAt: new Date("2025-06-24T10:15:00Z"), venueName: "Rotterdam The Hague Airport" },
      after: { startsAt: new Date("2025-06-24T10:30:00Z"), venueName: "Rotterdam The Hague Airport" },
    });
  });

  it("the same file twice changes nothing", async () => {
    const cz = await arrival("CZ");
    const file = await xlsx([
      HEADER,
      ["BE", "Arrival", "Rotterdam The Hague Airport", "BAF 01", "24-06-2025 12:30", 25],
      ["CZ", "Arrival", "Schiphol", cz.flight, toLocalInput(cz.startsAt, zone), cz.partySize],
      ["NL", "Arrival", "Schiphol", "NLD 01", "23-06-2025 20:00", 12],
    ]);
    const before = await fingerprint(db);
    expect((await importAs(file)).counts).toEqual({ added: 0, updated: 0, unchanged: 3, removed: 0, refused: 0 });
    expect(await fingerprint(db)).toEqual(before);
  });

  it("Dutch semicolon CSV in Windows-1252 with separate date and time columns", async () => {
    const text = "Delegatie;Richting;Luchthaven;Vluchtnummer;Datum;Tijd;Aantal personen\r\nBE;Vertrek;Rotterdam The Hague Airport;BAF 01;25/06/2025;15.45;25\r\n";
    const report = await importAs(Uint8Array.from([...text].map((c) => c.charCodeAt(0))));
    expect(report.counts.updated).toBe(1);
    const departure = await db.movement.findFirstOrThrow({ where: { kind: "DEPARTURE", delegation: { code: "BE", summitId: fx.summit.id } } });
    expect(departure.startsAt.toISOString()).toBe("2025-06-25T13:45:00.000Z");
  });

  it("a file with errors writes nothing and names every error's row and column", async () => {
    const file = await xlsx([
      HEADER,
      ["XX", "Arrival", "Schiphol", "X 1", "24-06-2025 10:00", 5],
      ["BE", "Arrival", "Eindhoven", "BAF 01", "24-06-2024 12:30", 25],
      ["CZ", "Landing gear", "Schiphol", "CEF 001", "tomorrow", 0],
      ["BE", "Arrival", "Rotterdam The Hague Airport", "BAF 01", "24-06-2025 12:30", 25],
    ]);
    const before = await fingerprint(db);
    const error = await importAs(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportRefusedError);
    expect((error as ImportRefusedError).issues.map((i) => [i.row, i.column, i.message])).toEqual([
      [2, "A (Delegation)", 'No delegation "XX" in this summit.'],
      [3, "C (Airport)", 'No venue "Eindhoven" in this summit (import venues first).'],
      [3, "E (Date and time)", "2024-06-24 is outside the summit's days (2025-06-24 to 2025-06-25, with the day before and after)."],
      [4, "B (Direction)", '"Landing gear" is not one of: Arrival, Departure.'],
      [4, "E (Date and time)", expect.stringMatching(/^Date and time "tomorrow" is not a date or time/)],
      [4, "F (Party size)", "0 is outside 1–5000."],
      [5, null, expect.stringMatching(/is on row 3 already/)],
    ]);
    expect((error as ImportRefusedError).message).toBe("7 problems in 4 rows: nothing was imported. Correct the file and try again.");
    expect((error as ImportRefusedError).saidIn("nl")?.message).toBe("7 problemen in 4 rijen: er is niets geïmporteerd. Verbeter het bestand en probeer het opnieuw.");
    expect(await fingerprint(db)).toEqual(before);
  });

  it("an arrival moved after an item its principal attends is refused like an edit: a hard conflict, nothing written", async () => {
    const be = await arrival("BE");
    // Its agency tasks would refuse a move this far first (they must stay within hours of the landing).
    await db.agencyTask.deleteMany({ where: { movementId: be.id } });
    const item = await db.programmeItem.findFirstOrThrow({
      where: { summitId: fx.summit.id, status: "CONFIRMED", startsAt: { gt: be.startsAt }, participations: { some: { delegation: { code: "BE" } } } },
      orderBy: { startsAt: "asc" },
    });
    const late = new Date(item.startsAt.getTime() + 10 * 60_000);
    const file = await xlsx([HEADER, ["BE", "Arrival", "Rotterdam The Hague Airport", "BAF 01", toLocalInput(late, zone).replace("T", " "), 25]]);
    const preview = await previewImport(db, fx.planner, { summitId: fx.summit.id, bytes: file });
    expect(preview.plan?.rows[0].errors).toEqual([]);
    expect(preview.plan?.counts).toMatchObject({ changed: 1, error: 0 });
    const before = await fingerprint(db);
    const error = await importAs(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportRefusedError);
    expect((error as Error).message).toMatch(/^Not imported: a hard conflict stops Confirmed — .+Change the file, or make this change in the app/);
    // A Dutch reader is told the same in Dutch, the conflict explained in Dutch too.
    expect((error as ImportRefusedError).saidIn("nl")?.message).toMatch(/^Niet geïmporteerd: een hard conflict staat Bevestigd in de weg — .+Wijzig het bestand, of maak deze wijziging in de app/);
    expect((error as ImportRefusedError).saidIn("nl")?.message).not.toMatch(/lands|arrives|starts/);
    expect(await fingerprint(db)).toEqual(before);
    expect((await arrival("BE")).startsAt).toEqual(be.startsAt);
  });
});

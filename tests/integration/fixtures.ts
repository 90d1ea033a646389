// A small two-delegation, two-agency summit for scope tests: every visibility level, a draft,
// a cancelled item and agency tasks, so each query's exact result can be asserted.
import type { Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";

export const DAY = "2025-06-24";
const at = (hhmm: string) => new Date(`${DAY}T${hhmm}:00+02:00`);

export async function buildScopeFixture(db: Db) {
  const summit = await db.summit.create({
    data: { slug: "scope", name: "Scope Summit", host: "Test", timeZone: "Europe/Amsterdam", startDate: new Date("2025-06-24"), endDate: new Date("2025-06-25") },
  });
  const venue = await db.venue.create({ data: { summitId: summit.id, name: "World Forum" } });
  const room = await db.space.create({ data: { venueId: venue.id, name: "Room", capacity: 100 } });
  const [a, b] = await Promise.all(
    [
      { code: "BE", name: "Belgium" },
      { code: "UA", name: "Ukraine" },
    ].map((d) => db.delegation.create({ data: { summitId: summit.id, kind: "ALLY", ...d } })),
  );
  const [police, airport] = await Promise.all(
    [
      { name: "National Police", shortName: "Police" },
      { name: "Schiphol Airport", shortName: "Schiphol" },
    ].map((g) => db.agency.create({ data: { summitId: summit.id, ...g } })),
  );

  let hour = 8;
  const item = async (title: string, visibility: "PUBLIC" | "ALL_DELEGATIONS" | "PARTICIPANTS" | "STAFF", opts: { status?: "DRAFT" | "CONFIRMED" | "CANCELLED"; delegations?: string[]; staffNotes?: string } = {}) => {
    const start = `${String(hour).padStart(2, "0")}:00`;
    const end = `${String(hour).padStart(2, "0")}:45`;
    hour++;
    return db.programmeItem.create({
      data: {
        summitId: summit.id, kind: "BILATERAL", title, visibility, status: opts.status ?? "CONFIRMED",
        startsAt: at(start), endsAt: at(end), spaceId: room.id, staffNotes: opts.staffNotes,
        participations: { create: (opts.delegations ?? []).map((delegationId) => ({ delegationId })) },
      },
    });
  };
  const items = {
    publicItem: await item("Public opening", "PUBLIC", { staffNotes: "Staff only: VIP entrance" }),
    allDelegations: await item("Family photo", "ALL_DELEGATIONS"),
    onlyA: await item("Belgium restricted meeting", "PARTICIPANTS", { delegations: [a.id], staffNotes: "Belgian secret note" }),
    onlyB: await item("Ukraine restricted meeting", "PARTICIPANTS", { delegations: [b.id] }),
    staffOnly: await item("Staff briefing", "STAFF"),
    draftPublic: await item("Draft press moment", "PUBLIC", { status: "DRAFT" }),
    cancelledA: await item("Cancelled Belgian call", "PARTICIPANTS", { status: "CANCELLED", delegations: [a.id] }),
  };
  await db.agencyTask.create({ data: { agencyId: police.id, itemId: items.onlyB.id, type: "ESCORT", startsAt: at("10:30"), endsAt: at("12:00") } });
  await db.agencyTask.create({ data: { agencyId: airport.id, itemId: items.staffOnly.id, type: "LIAISON", startsAt: at("11:30"), endsAt: at("13:00") } });

  // Real user rows, so audit entries and other references to the actor hold.
  const actor = async (key: string, role: Role, scope: Partial<Pick<Actor, "delegationIds" | "agencyId">> = {}): Promise<Actor> => {
    const user = await db.user.create({
      data: {
        id: `u-${key}`, email: `fixture-${key.toLowerCase()}@example.org`, name: `Fixture ${key}`, role, passwordHash: "not-a-hash",
        agencyId: scope.agencyId ?? null,
        liaisons: { create: (scope.delegationIds ?? []).map((delegationId) => ({ delegationId })) },
      },
    });
    return { userId: user.id, name: user.name, email: user.email, role, mustChangePassword: false, delegationIds: scope.delegationIds ?? [], agencyId: scope.agencyId ?? null };
  };
  const actors = {
    planner: await actor("planner", "PLANNER"),
    liaisonA: await actor("liaisonA", "LIAISON", { delegationIds: [a.id] }),
    liaisonB: await actor("liaisonB", "LIAISON", { delegationIds: [b.id] }),
    police: await actor("police", "AGENCY", { agencyId: police.id }),
    airport: await actor("airport", "AGENCY", { agencyId: airport.id }),
    viewer: await actor("viewer", "VIEWER"),
  };
  return {
    summit, delegations: { a, b }, agencies: { police, airport }, items, actors,
  };
}

// Arrivals in protocol order for the demo: the principals' offices (heads of state before heads of
// government), the order of precedence by English name with partners and organisations after the
// allies, an entrance at the palace and one at the World Forum, and the arrival sequences of the
// royal dinner and of the Council day (arrivals before its family photo). The demo's motorcades to
// those items become the sequences' motorcades (retimed, their escort tasks with them), so no
// transfer is doubled. One deliberate clash is left to resolve: two parties set down at the main
// entrance of the World Forum in the same minute (on the Council day, so edits of the royal dinner are not held up by it).
import { attendingDelegationIds, loadEntrance, loadItem, loadLegs, loadParties, loadPrecedenceOrder } from "@/lib/arrivals/internal/load";
import { earliestOffset } from "@/lib/arrivals/internal/logistics";
import { generatePrecedence, rankOf } from "@/lib/arrivals/internal/precedence";
import { generateSequence, replanSequence, type SequenceParams } from "@/lib/arrivals/internal/sequence";
import { writeSlots } from "@/lib/arrivals/internal/write";
import { loadPrecedenceDelegations } from "@/lib/arrivals/queries";
import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db";
import { agencyId, DEMO_SUMMIT_ID as S, itemId, venueId } from "./ids";
import { DEMO_TIME_ZONE } from "./time";

export const DEMO_ENTRANCES = [
  { id: "demo-entrance-palace-forecourt", venue: "huis-ten-bosch", name: "Palace forecourt", minGapMinutes: 1 },
  { id: "demo-entrance-world-forum-main", venue: "world-forum", name: "Main entrance", minGapMinutes: 1 },
] as const;

type DemoSequence = { item: string; entrance: string; greeter: string; params: Omit<SequenceParams, "minGapMinutes"> };

export const DEMO_SEQUENCES: readonly DemoSequence[] = [
  {
    item: "royal-dinner",
    entrance: "demo-entrance-palace-forecourt",
    greeter: "The King and Queen",
    params: { seniorLast: true, intervalMinutes: 1, groupGapMinutes: 0, greetingMinutes: 1, pressMinutes: 0, windowMinutes: 45 },
  },
  {
    item: "family-photo",
    entrance: "demo-entrance-world-forum-main",
    greeter: "The Secretary General and the Prime Minister of the Netherlands",
    params: { seniorLast: true, intervalMinutes: 1, groupGapMinutes: 0, greetingMinutes: 1, pressMinutes: 0, windowMinutes: 50 },
  },
];

/** The party set down in the same minute as the one before it (the deliberate clash). */
export const DEMO_ARRIVAL_CLASH = { item: "family-photo", position: 10 };

const SEEDER: Actor = { userId: "demo-seed", name: "Demo data", email: "demo@example.org", role: "PLANNER", delegationIds: [], agencyId: null, mustChangePassword: false };

export async function writeDemoArrivals(tx: Tx): Promise<Record<string, number>> {
  // The offices: a president of a state is its head of state; prime ministers and chancellors head governments.
  const principals = { precedence: 1, delegation: { summitId: S, kind: { not: "ORGANISATION" as const } } };
  await tx.member.updateMany({ where: principals, data: { headOf: "GOVERNMENT" } });
  await tx.member.updateMany({ where: { ...principals, title: { startsWith: "President" } }, data: { headOf: "STATE" } });

  const delegations = await loadPrecedenceDelegations(tx, S);
  const order = generatePrecedence(delegations, { key: "ALPHABETICAL", language: "en", others: "AFTER_ALLIES" });
  await tx.precedence.create({ data: { id: "demo-precedence", summitId: S, key: "ALPHABETICAL", language: "en", others: "AFTER_ALLIES", setByName: SEEDER.name, setAt: new Date("2025-06-20T10:00:00Z") } });
  await tx.precedenceEntry.createMany({ data: order.map((delegationId, i) => ({ precedenceId: "demo-precedence", delegationId, position: i + 1 })) });
  await tx.entrance.createMany({ data: DEMO_ENTRANCES.map((e) => ({ id: e.id, venueId: venueId(e.venue), name: e.name, minGapMinutes: e.minGapMinutes })) });

  const byId = new Map(delegations.map((d) => [d.id, d]));
  const precedence = await loadPrecedenceOrder(tx, S);
  let slots = 0;
  for (const demo of DEMO_SEQUENCES) {
    const item = await loadItem(tx, S, itemId(demo.item));
    const entrance = await loadEntrance(tx, S, demo.entrance);
    const attending = new Set(await attendingDelegationIds(tx, item.id));
    const parties = precedence.filter((id) => attending.has(id)).map((id) => {
      const d = byId.get(id)!;
      return { delegationId: id, rank: d.kind === "ALLY" ? rankOf(d) : d.kind === "PARTNER" ? 3 : 4 };
    });
    const params = { ...demo.params, minGapMinutes: entrance.minGapMinutes };
    // Generated, then re-planned around the principals' meetings just before (as a planner would).
    const generated = generateSequence(parties, params);
    const places = await loadParties(tx, item, generated.map((t) => t.delegationId));
    const { legs } = await loadLegs(tx, S);
    const earliest = new Map<string, number>();
    for (const t of generated) {
      const at = earliestOffset(places.get(t.delegationId)!, new Date(item.startsAt.getTime() + t.offsetMinutes * 60_000), item.startsAt, entrance.venue.id, legs, DEMO_TIME_ZONE);
      if (at !== undefined) earliest.set(t.delegationId, at);
    }
    const replanned = replanSequence({ slots: generated, earliest, params });
    if (replanned.overrun.length > 0) throw new Error(`Demo data: ${replanned.overrun.join(", ")} cannot arrive in time for ${demo.item}`);
    const timed = replanned.slots;
    if (demo.item === DEMO_ARRIVAL_CLASH.item) {
      const i = DEMO_ARRIVAL_CLASH.position - 1;
      timed[i] = { ...timed[i], offsetMinutes: timed[i - 1].offsetMinutes };
    }
    const sequenceId = `demo-arrivals-${demo.item}`;
    await tx.arrivalSequence.create({
      data: { id: sequenceId, summitId: S, itemId: item.id, entranceId: entrance.id, greeter: demo.greeter, escortAgencyId: agencyId("Police"), ...demo.params },
    });
    // The demo's own motorcades to the item become the sequence's.
    const adopted = await tx.movement.findMany({ where: { summitId: S, kind: "TRANSFER", toItemId: item.id }, select: { id: true, delegationId: true } });
    const motorcadeOf = new Map(adopted.map((m) => [m.delegationId, m.id]));
    await tx.arrivalSlot.createMany({
      data: timed.map((t, i) => ({ id: `${sequenceId}-${i + 1}`, sequenceId, delegationId: t.delegationId, position: i + 1, offsetMinutes: t.offsetMinutes, movementId: motorcadeOf.get(t.delegationId) ?? null })),
    });
    await writeSlots(tx, { actor: SEEDER, summitId: S, timeZone: DEMO_TIME_ZONE, item, entrance, sequenceId, escortAgencyId: null, audit: false }, timed);
    slots += timed.length;
  }
  return { precedenceEntries: order.length, entrances: DEMO_ENTRANCES.length, arrivalSequences: DEMO_SEQUENCES.length, arrivalSlots: slots };
}

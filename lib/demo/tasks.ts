// Agency tasks, each tied to one programme item or one movement. Movement tasks are derived
// from the movements (escort and road closure for every motorcade, airport handling for every
// flight) except for two transfers left without a police escort on purpose: the coverage
// check must have something to show in the demo.
import { MovementKind, TaskStatus, TaskType } from "@/lib/generated/prisma/enums";

import { demoDelegation } from "./delegations";
import { movementId } from "./ids";
import { DEMO_MOVEMENTS, GROUND_MINUTES, type DemoMovement } from "./movements";
import { addMinutes, at } from "./time";
import { travelMinutes } from "./travel";
import { DEMO_VENUES, type VenueKey } from "./venues";

export interface DemoTask {
  agency: string;
  /** Exactly one of item (its key) and movement (its id). */
  item: string | null;
  movement: string | null;
  type: TaskType;
  status: TaskStatus;
  startsAt: Date;
  endsAt: Date;
  location: string | null;
  note: string | null;
  staffNotes: string | null;
}

/** Deliberate coverage gaps: these motorcades have a road closure but no escort yet. */
export const DEMO_ESCORT_GAPS: readonly string[] = [movementId("IS", "to-palace"), movementId("ME", "from-palace")];

const T = TaskType;

const venueName = (key: VenueKey): string => DEMO_VENUES.find((v) => v.key === key)?.name ?? key;

function task(
  agency: string,
  subject: { item: string } | { movement: string },
  type: TaskType,
  startsAt: Date,
  endsAt: Date,
  location: string | null,
  note: string | null = null,
  status: TaskStatus = TaskStatus.PLANNED,
  staffNotes: string | null = null,
): DemoTask {
  const item = "item" in subject ? subject.item : null;
  const movement = "movement" in subject ? subject.movement : null;
  return { agency, item, movement, type, status, startsAt, endsAt, location, note, staffNotes };
}

/** When the motorcade of a movement is on the road. */
function motorcadeWindow(m: DemoMovement): [Date, Date] {
  const hotel = demoDelegation(m.delegation).hotel;
  if (m.kind === MovementKind.ARRIVAL && m.to && hotel) {
    const leaves = addMinutes(m.startsAt, GROUND_MINUTES);
    return [leaves, addMinutes(leaves, travelMinutes(m.to, hotel))];
  }
  if (m.kind === MovementKind.DEPARTURE && m.from && hotel) {
    // At the airport half an hour before take-off.
    const arrives = addMinutes(m.startsAt, -GROUND_MINUTES);
    return [addMinutes(arrives, -travelMinutes(hotel, m.from)), arrives];
  }
  return [m.startsAt, m.endsAt ?? addMinutes(m.startsAt, 30)];
}

/**
 * What a motorcade's escort and road closure span: the motorcade and the movement itself, since
 * coverage counts only where a task's time spans its subject. The escort meets an arriving
 * aircraft on the apron at landing and stays with a departing party until take-off; the route
 * is kept closed over the same stretch.
 */
function protectedWindow(m: DemoMovement): [Date, Date] {
  const [leaves, arrives] = motorcadeWindow(m);
  const movementEnd = m.endsAt ?? m.startsAt;
  return [m.startsAt < leaves ? m.startsAt : leaves, movementEnd > arrives ? movementEnd : arrives];
}

// Movements on the eve of the summit were settled first: their agencies have acknowledged them.
const statusOf = (m: DemoMovement): TaskStatus =>
  m.startsAt < at(24, "00:00") ? TaskStatus.ACKNOWLEDGED : TaskStatus.PLANNED;

function airportTasks(m: DemoMovement): DemoTask[] {
  const airport = m.kind === MovementKind.ARRIVAL ? m.to : m.from;
  if (!airport || m.kind === MovementKind.TRANSFER) return [];
  const subject = { movement: m.id };
  const status = statusOf(m);
  // Handling starts an hour before landing, or ninety minutes before take-off for boarding.
  const [start, end] =
    m.kind === MovementKind.ARRIVAL
      ? [addMinutes(m.startsAt, -60), addMinutes(m.startsAt, 45)]
      : [addMinutes(m.startsAt, -90), addMinutes(m.startsAt, 15)];
  const tasks = [
    task("KMar", subject, T.AIRPORT_HANDLING, start, end, venueName(airport), "Border control and aircraft security.", status),
  ];
  if (airport === "schiphol") {
    const note = "Stand on the apron by the reserved runway; VIP Terminal handling.";
    tasks.push(task("Schiphol", subject, T.AIRPORT_HANDLING, start, end, "Schiphol — VIP Terminal", note, status));
  }
  return tasks;
}

function motorcadeTasks(m: DemoMovement): DemoTask[] {
  if (!m.roadClosureNeeded) return [];
  const subject = { movement: m.id };
  const status = statusOf(m);
  const [start, end] = protectedWindow(m);
  const tasks: DemoTask[] = [];
  if (!DEMO_ESCORT_GAPS.includes(m.id)) {
    tasks.push(task("Police", subject, T.ESCORT, start, end, null, "Motorcade escort by the protection unit.", status));
  }
  const closure = "Rolling closure of the national roads on the route.";
  tasks.push(task("RWS", subject, T.ROAD_CLOSURE, addMinutes(start, -10), addMinutes(end, 5), null, closure, status));
  return tasks;
}

const MOVEMENT_TASKS: readonly DemoTask[] = DEMO_MOVEMENTS.flatMap((m) => [...airportTasks(m), ...motorcadeTasks(m)]);

const M = (code: string, key: string) => ({ movement: movementId(code, key) });
const I = (key: string) => ({ item: key });
const { ACKNOWLEDGED } = TaskStatus;

const LOCAL_TASKS: readonly DemoTask[] = [
  task("Haarlemmermeer", M("US", "arrival"), T.OTHER, at(24, "14:30"), at(24, "17:30"), "Schiphol-Oost", "Local traffic measures and a spectators' area along the perimeter road."),
  task("Rotterdam", M("UA", "arrival"), T.OTHER, at(24, "07:00"), at(24, "09:30"), "Rotterdam The Hague Airport", "Neighbourhood informed; car park P1 closed."),
];

const ITEM_TASKS: readonly DemoTask[] = [
  task("Defence", I("royal-dinner"), T.SECURITY_PERIMETER, at(24, "16:00"), at(24, "23:30"), "Huis ten Bosch and the Haagse Bos", "Palace grounds closed; military police at the gates.", ACKNOWLEDGED),
  task("Police", I("bilateral-nl-ua"), T.SECURITY_PERIMETER, at(24, "16:15"), at(24, "18:00"), "Huis ten Bosch — Garden Room", "Perimeter from the bilateral until the dinner perimeter takes over."),
  task("Police", I("public-forum-1"), T.SECURITY_PERIMETER, at(24, "07:30"), at(24, "18:30"), "World Forum — orange ring", "Visitor screening at the public entrance."),
  task("The Hague", I("public-forum-1"), T.CROWD_MANAGEMENT, at(24, "08:00"), at(24, "18:30"), "Churchillplein", "600 visitors expected; queue lanes and stewards.", ACKNOWLEDGED),
  task("The Hague", I("public-forum-2"), T.CROWD_MANAGEMENT, at(25, "08:00"), at(25, "18:00"), "Churchillplein", "Queue lanes and stewards."),
  task("Police", I("nsdif"), T.SECURITY_PERIMETER, at(24, "08:30"), at(24, "17:30"), "World Forum — Expo Hall", "Accreditation check for industry guests."),
  task("Police", I("nuc-dinner"), T.SECURITY_PERIMETER, at(24, "18:30"), at(24, "22:30"), "World Forum — red ring", null),
  task("Police", I("nac-defence-dinner"), T.SECURITY_PERIMETER, at(24, "18:30"), at(24, "22:30"), "World Forum — red ring", null),
  task("Police", I("nac-heads"), T.SECURITY_PERIMETER, at(25, "06:00"), at(25, "15:30"), "World Forum — red ring", "Rings of increasing security around the World Forum.", ACKNOWLEDGED),
  task("Defence", I("nac-heads"), T.SECURITY_PERIMETER, at(25, "06:00"), at(25, "15:30"), "Airspace over The Hague", "Airspace restriction and counter-drone measures.", ACKNOWLEDGED),
  task("Defence", I("nac-heads"), T.MEDICAL, at(25, "09:00"), at(25, "13:30"), "World Forum — behind the Plenary Hall", "Medical post with a trauma team on standby."),
  task("NCTV", I("nac-heads"), T.OTHER, at(25, "06:00"), at(25, "16:00"), "National crisis centre", "National security coordination staffed around the clock.", ACKNOWLEDGED),
  task("AIVD", I("nac-heads"), T.OTHER, at(25, "05:00"), at(25, "06:00"), null, "Threat assessment update before the Council.", TaskStatus.PLANNED,
    "Briefing to NCTV only; content not shared with other agencies."),
  task("Police", I("captains-dinner"), T.SECURITY_PERIMETER, at(25, "18:30"), at(25, "22:30"), "Kurhaus Scheveningen — Kurzaal", null),
];

export const DEMO_TASKS: readonly DemoTask[] = [...ITEM_TASKS, ...LOCAL_TASKS, ...MOVEMENT_TASKS];

// Need-to-know for agencies, from the police coordinator's side on the demo summit. The
// police guard the "Defence Captains of Industry Dinner" (staff only, 25 June, Kurzaal of the
// Kurhaus) and the NATO-Ukraine Council working dinner (participants only, 24 June). They learn
// when and where, how many and how senior, under a neutral title; never the title, organiser or
// description. Every path they read items by: the day programme, the task list and its change
// panel, the task exports, the programme exports and the calendar feed.
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getTaskChangesSinceAck } from "@/lib/tasks/changes";
import { updateTask } from "@/lib/tasks/mutations";
import { coversTitle, subjectPlace, subjectTime } from "@/lib/tasks/present";
import { listTasks } from "@/lib/tasks/queries";
import { loadActor } from "@/lib/auth/session";
import { loadFeedDocument } from "@/lib/calendar-feed/feed";
import { itemId, userId } from "@/lib/demo/ids";
import { seedDemo, DEMO_SUMMIT_SLUG } from "@/lib/demo/seed-demo";
import { renderIcs } from "@/lib/exports";
import { dictionary } from "@/lib/i18n";
import { getDayProgramme } from "@/lib/programme/queries";
import { getCurrentSummit, type SummitSummary } from "@/lib/summits/queries";
import { formatTime } from "@/lib/time";
import { csvRows, icsEvents, pdfPages } from "../unit/exports-support";
import { resetDatabase, testDb } from "./helpers";
import { inSummit } from "./inputs";
import { updateTaskSchema } from "@/lib/tasks/schema";

vi.mock("server-only", () => ({}));
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/session")>()),
  getActor: async () => session.actor,
}));

type Handler = (request: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
const db = testDb();
const DAY = "2025-06-25";
const CAPTAINS = itemId("captains-dinner");
/** What the police must never read of the staff-only dinner. */
const SECRETS = [
  "Defence Captains of Industry Dinner",
  "VNO-NCW with the American Chamber of Commerce",
  "Unofficial side event for leaders of the defence industry",
];
/** The participants-only dinner of 24 June the police also guard. */
const NUC_DINNER = "NATO-Ukraine Council working dinner";
const NEUTRAL = { en: "Restricted event", nl: "Besloten evenement" } as const;

let summit: SummitSummary;
let police: Actor;
let planner: Actor;
let tasksRoute: Handler;
let programmeRoute: Handler;

beforeAll(async () => {
  process.env.DATABASE_URL = inject("databaseUrl");
  await resetDatabase(db);
  await seedDemo(db);
  await db.summit.findUniqueOrThrow({ where: { slug: DEMO_SUMMIT_SLUG } });
  police = (await loadActor(db, userId("police")))!;
  planner = (await loadActor(db, userId("planner")))!;
  summit = (await getCurrentSummit(db, planner))!;
  tasksRoute = (await import("@/app/exports/tasks/[day]/route")).GET as Handler;
  programmeRoute = (await import("@/app/exports/programme/[format]/route")).GET as Handler;
}, 120_000);
afterAll(async () => {
  await db.$disconnect();
  await (await import("@/lib/db")).getDb().$disconnect();
});

const clock = (at: Date) => formatTime(at, summit.timeZone);
const bytes = async (response: Response) => new Uint8Array(await response.arrayBuffer());
const text = async (response: Response) => new TextDecoder("utf-8", { ignoreBOM: true }).decode(await bytes(response));

function expectNoSecrets(content: string, what: string) {
  for (const secret of SECRETS) expect(content, what).not.toContain(secret);
}

const downloadTasks = async (query: string, day = DAY) => {
  session.actor = police;
  const response = await tasksRoute(new Request(`http://test/exports/tasks/${day}?${query}`), { params: Promise.resolve({ day }) });
  expect(response.status).toBe(200);
  return response;
};
const downloadProgramme = async (format: string, query: string) => {
  session.actor = police;
  const response = await programmeRoute(new Request(`http://test/exports/programme/${format}?${query}`), { params: Promise.resolve({ format }) });
  expect(response.status).toBe(200);
  return response;
};

describe("the police coordinator's day programme", () => {
  it("shows the staff-only dinner they guard by time, place and size under a neutral title, nothing else of it", async () => {
    const items = (await getDayProgramme(db, police, summit, DAY)).flatMap((g) => g.items);
    expectNoSecrets(JSON.stringify(items), "day programme");
    const dinner = items.find((i) => i.id === CAPTAINS)!;
    expect(dinner).toMatchObject({ title: NEUTRAL.en, organiser: null, dressCode: null, staffNotes: null, kind: null, space: { name: "Kurzaal" }, participantCount: 3 });
    expect([clock(dinner.startsAt), clock(dinner.endsAt)]).toEqual(["19:00", "22:00"]);
    // Published public items the police read in full, as before.
    expect(items.find((i) => i.id === itemId("nac-heads"))?.title).toBe("North Atlantic Council — heads of state and government");
  });

  it("does the same for a participants-only item, and the planner still reads everything", async () => {
    const items = (await getDayProgramme(db, police, summit, "2025-06-24")).flatMap((g) => g.items);
    expect(JSON.stringify(items)).not.toContain(NUC_DINNER);
    expect(items.find((i) => i.id === itemId("nuc-dinner"))?.title).toBe(NEUTRAL.en);
    const staff = (await getDayProgramme(db, planner, summit, DAY)).flatMap((g) => g.items);
    expect(staff.find((i) => i.id === CAPTAINS)).toMatchObject({ title: SECRETS[0], organiser: SECRETS[1] });
  });
});

describe("the police coordinator's tasks", () => {
  it("name what the perimeter covers only by the neutral title, with its time, place, party size and level", async () => {
    const tasks = await listTasks(db, police, summit, { day: DAY });
    expectNoSecrets(JSON.stringify(tasks), "task list");
    const perimeter = tasks.find((t) => t.subject?.id === CAPTAINS)!;
    expect(coversTitle(perimeter.subject, dictionary("en"))).toBe(NEUTRAL.en);
    expect(coversTitle(perimeter.subject, dictionary("nl"))).toBe(NEUTRAL.nl);
    expect(subjectTime(perimeter.subject, summit.timeZone)).toBe("19:00–22:00");
    expect(subjectPlace(perimeter.subject)).toBe("Kurhaus Scheveningen — Kurzaal");
    expect(perimeter.subject).toMatchObject({ target: "ITEM", partySize: 3, principalLevel: "DEFENCE_MINISTER", kind: null });
  });

  it("in every download format and language", async () => {
    const csv = csvRows(await text(await downloadTasks("")));
    const row = csv.rows.find((r) => r.Covers === NEUTRAL.en)!;
    expect(row).toMatchObject({ "Covers time": "19:00–22:00", "Place or route": "Kurhaus Scheveningen — Kurzaal", "Party size": "3", "Principal level": "Defence minister" });
    const nl = csvRows(await text(await downloadTasks("lang=nl")));
    expect(nl.rows.some((r) => r.Voor === NEUTRAL.nl)).toBe(true);
    const pdf = (await pdfPages(await bytes(await downloadTasks("format=pdf")))).join(" ");
    expect(pdf).toContain(`Security perimeter · ${NEUTRAL.en}`);
    const ics = await text(await downloadTasks("format=ics&lang=nl"));
    expect(icsEvents(ics).events.some((e) => e.summary === `Beveiligingsperimeter · ${NEUTRAL.nl}`)).toBe(true);
    for (const [what, content] of [["csv", JSON.stringify(csv)], ["csv nl", JSON.stringify(nl)], ["pdf", pdf], ["ics", ics]]) expectNoSecrets(content, what);
  });

  it("and in the changes panel when a planner moves the perimeter", async () => {
    const task = await db.agencyTask.findFirstOrThrow({ where: { itemId: CAPTAINS, agencyId: police.agencyId! } });
    await updateTask(db, planner, inSummit(updateTaskSchema, summit.id, {
      id: task.id, version: task.version, agencyId: task.agencyId, subject: `item:${CAPTAINS}`, type: task.type,
      startsAt: `${DAY}T18:00`, endsAt: `${DAY}T22:30`, location: task.location, note: task.note,
    }));
    const changes = await getTaskChangesSinceAck(db, police);
    expectNoSecrets(JSON.stringify(changes), "changes panel");
    expect(changes.changes.find((c) => c.kind === "moved")?.subject).toBe(NEUTRAL.en);
    expect((await getTaskChangesSinceAck(db, police, "nl")).changes.find((c) => c.kind === "moved")?.subject).toBe(NEUTRAL.nl);
  });
});

describe("the police coordinator's programme exports and calendar feed", () => {
  it("programme CSV: the dinner's time and place under the neutral title, no organiser, description or kind", async () => {
    const csv = csvRows(await text(await downloadProgramme("csv", `day=${DAY}`)));
    expectNoSecrets(JSON.stringify(csv), "programme csv");
    expect(csv.rows.find((r) => r.ID === CAPTAINS)).toMatchObject({
      Title: NEUTRAL.en, Start: "19:00", End: "22:00", Venue: "Kurhaus Scheveningen", Space: "Kurzaal", Kind: "", Organiser: "", Notes: "", "Dress code": "",
    });
    const nl = csvRows(await text(await downloadProgramme("csv", `day=${DAY}&lang=nl`)));
    expect(JSON.stringify(nl)).toContain(NEUTRAL.nl);
    expectNoSecrets(JSON.stringify(nl), "programme csv nl");
  });

  it("programme PDF and iCalendar, for the day and the whole summit", async () => {
    const pdf = (await pdfPages(await bytes(await downloadProgramme("pdf", `day=${DAY}`)))).join(" ");
    expect(pdf).toContain(NEUTRAL.en);
    expectNoSecrets(pdf, "programme pdf");
    const ics = await text(await downloadProgramme("ics", "lang=nl"));
    expectNoSecrets(ics, "programme ics");
    expect(ics).not.toContain(NUC_DINNER);
    const dinner = icsEvents(ics).events.find((e) => e.summary === NEUTRAL.nl && e.location === "Kurzaal, Kurhaus Scheveningen");
    expect(dinner).toBeDefined();
  });

  it("calendar feed: the items behind their tasks, the restricted ones under the neutral title", async () => {
    const ics = renderIcs(await loadFeedDocument(db, police), { lang: "en" });
    expectNoSecrets(ics, "feed");
    expect(ics).not.toContain(NUC_DINNER);
    const summaries = icsEvents(ics).events.map((e) => e.summary);
    expect(summaries).toContain(NEUTRAL.en);
    expect(summaries).toContain("North Atlantic Council — heads of state and government");
  });
});

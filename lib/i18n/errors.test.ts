// The domains refuse in English; a Dutch reader gets the Dutch sentence for every refusal this
// dictionary knows, through the gate, without the form doing anything.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { ConstraintError, DATABASE_UNAVAILABLE_MESSAGE, ForbiddenError, NotFoundError, translateDbError, ValidationError } from "@/lib/errors";
import type { Tx } from "@/lib/db";
import { phrase } from "@/lib/i18n/conflict-phrases";
import type { SummitSnapshot } from "@/lib/scheduling";
import { NUL_MESSAGE } from "@/lib/validation";
import { errorsEn, errorsNl, localizeFailure, localizeMessage, worded } from "./errors";

const request = vi.hoisted(() => ({ lang: null as string | null, actor: null as unknown }));
vi.mock("server-only", () => ({}));
vi.mock("next/headers", () => ({
  headers: async () => new Headers(request.lang ? { "x-reader-lang": request.lang } : {}),
  cookies: async () => ({ get: () => undefined }),
}));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => request.actor }));
vi.mock("@/lib/db", () => ({ getDb: () => ({}) }));

function dbRefusal(constraint: string, sqlState = "23514"): ConstraintError {
  try {
    translateDbError({ meta: { driverAdapterError: { cause: { originalCode: sqlState, constraint: { index: constraint } } } } });
  } catch (error) {
    return error as ConstraintError;
  }
  throw new Error("not refused");
}

describe("localizeMessage", () => {
  it("gives every English sentence its own Dutch, and leaves English as it is", () => {
    for (const [key, english] of Object.entries(errorsEn)) {
      if (typeof english !== "string") continue;
      const dutch = localizeMessage(english, "nl");
      expect(dutch, key).toBe(errorsNl[key as keyof typeof errorsNl]);
      expect(dutch, key).not.toBe(english);
      expect(localizeMessage(english, "en"), key).toBe(english);
    }
  });

  it("knows the kernel's own sentences: not found, forbidden, the database's rules and outage, NUL", () => {
    const sentences = [
      new NotFoundError().message,
      new ForbiddenError().message,
      DATABASE_UNAVAILABLE_MESSAGE,
      NUL_MESSAGE,
      ...["ProgrammeItem_no_confirmed_space_overlap", "ProgrammeItem_ends_after_starts", "Delegation_departs_after_arrives", "Space_capacity_positive", "Space_opening_hours_valid", "TravelTime_distinct_venues", "BilateralRequest_duration_valid", "Something_else"].map((c) => dbRefusal(c).message),
      dbRefusal("Some_fkey", "23503").message,
      dbRefusal("x", "23505").message,
    ];
    for (const sentence of sentences) expect(localizeMessage(sentence, "nl"), sentence).not.toBe(sentence);
  });

  it("knows every sentence the planners' form schemas write, so their validation errors are Dutch too", async () => {
    const domains = ["movements", "delegations", "tasks", "bilaterals", "coverage", "programme", "arrivals", "live"];
    for (const file of [...domains.map((domain) => `lib/${domain}/schema.ts`), "lib/validation.ts"]) {
      const source = readFileSync(file, "utf8");
      for (const [, sentence] of source.matchAll(/"([A-Z][^"]*\.)"/g)) expect(localizeMessage(sentence, "nl"), `${file}: ${sentence}`).not.toBe(sentence);
    }
    // Sentences worded by a helper: what an empty movement or task form is told.
    const { createMovementSchema } = await import("@/lib/movements/schema");
    const { createTaskSchema } = await import("@/lib/tasks/schema");
    const emptyForms = [
      [createMovementSchema, { delegationId: "", kind: "TRANSFER", fromVenueId: "", toVenueId: "", flight: "", startsAt: "", endsAt: "x", partySize: 6, principalLevel: "", routeNote: "", roadClosureNeeded: false, staffNotes: "", fromItemId: "", toItemId: "" }],
      [createTaskSchema, { agencyId: "", subject: "", type: "ESCORT", startsAt: "", endsAt: "", location: "", note: "", staffNotes: "" }],
    ] as const;
    for (const [schema, empty] of emptyForms) {
      const issues = schema.safeParse(empty).error?.issues ?? [];
      expect(issues.length).toBeGreaterThan(0);
      for (const { message } of issues) expect(localizeMessage(message, "nl"), message).not.toBe(message);
    }
  });

  it("knows every fixed sentence the arrivals and the summit days refuse with, wherever in the domain it is written", () => {
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(`${dir}/${e.name}`) : /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [`${dir}/${e.name}`] : []));
    for (const file of [...files("lib/arrivals"), ...files("lib/live")]) {
      const source = readFileSync(file, "utf8");
      for (const [, sentence] of source.matchAll(/"([A-Z][^"]*\.)"/g)) expect(localizeMessage(sentence, "nl"), `${file}: ${sentence}`).not.toBe(sentence);
    }
  });

  it("names the arrivals' minute fields in the refusals of their schema", async () => {
    const { generateSequenceSchema } = await import("@/lib/arrivals/schema");
    const minutes = { intervalMinutes: 0, groupGapMinutes: 61, greetingMinutes: 1.5, pressMinutes: Number.NaN, windowMinutes: 5 };
    const issues = generateSequenceSchema.safeParse({ itemId: "i", entranceId: "e", seniorLast: true, greeter: "", ...minutes }).error?.issues ?? [];
    const said = Object.fromEntries(issues.map((i) => [i.path.join("."), i.message]));
    expect(said).toMatchObject({ intervalMinutes: "The interval must be at least 1 minute.", groupGapMinutes: "The extra gap between ranks can be at most 60 minutes.", greetingMinutes: "Use whole minutes.", pressMinutes: "Enter the press moment in minutes." });
    const dutch = Object.fromEntries(Object.entries(said).map(([field, message]) => [field, localizeMessage(message, "nl")]));
    expect(dutch).toMatchObject({
      intervalMinutes: "Het interval moet minstens 1 minuut zijn.",
      groupGapMinutes: "De extra tussentijd tussen rangen mag hoogstens 60 minuten zijn.",
      greetingMinutes: errorsNl.wholeMinutes,
      pressMinutes: "Vul het persmoment in minuten in.",
      greeter: errorsNl.nameGreeter,
    });
    expect(localizeMessage("The interval can be at most 60 minutes.", "en")).toBe("The interval can be at most 60 minutes.");
    expect(localizeMessage("The weather can be at most 60 minutes.", "nl")).toBe("The weather can be at most 60 minutes.");
  });

  it("counts the agency tasks a move would leave outside their window", () => {
    expect(localizeMessage(errorsEn.tasksOutside(1), "nl")).toBe("1 taak van een dienst zou buiten de nieuwe tijd vallen; wijzig die eerst.");
    expect(localizeMessage("2 agency tasks would fall outside the new time; change them first.", "nl")).toBe(errorsNl.tasksOutside(2));
  });

  it("words a length limit with its number, and passes an unknown sentence through", () => {
    expect(localizeMessage("Use at most 120 characters.", "nl")).toBe("Gebruik hoogstens 120 tekens.");
    expect(localizeMessage("Early session is outside the opening hours", "nl")).toBe("Early session is outside the opening hours");
  });

  it("turns a failure's message and its field messages", () => {
    const failure = { ok: false as const, error: errorsEn.checkFields, fieldErrors: { endsAt: errorsEn.endAfterStart, name: "Use at most 40 characters." } };
    expect(localizeFailure(failure, "nl")).toEqual({ ok: false, error: errorsNl.checkFields, fieldErrors: { endsAt: errorsNl.endAfterStart, name: "Gebruik hoogstens 40 tekens." } });
    expect(localizeFailure(failure, "en")).toBe(failure);
  });
});

describe("the gate's refusals", () => {
  const planner: Actor = { userId: "u1", name: "U", email: "u@example.org", role: "PLANNER", delegationIds: [], agencyId: null, mustChangePassword: false };

  it("come in the reader's language, field messages included", async () => {
    const { defineAction } = await import("@/lib/auth/gate");
    const action = defineAction({ permission: "programme.edit", schema: z.object({ title: z.string().max(5, "Use at most 5 characters.") }) }, async () => {
      throw new NotFoundError();
    });
    request.actor = planner;
    request.lang = "nl";
    expect(await action({ title: "far too long" })).toEqual({ ok: false, error: errorsNl.checkFields, fieldErrors: { title: "Gebruik hoogstens 5 tekens." } });
    expect(await action({ title: "ok" })).toMatchObject({ ok: false, error: errorsNl.notFound });
    request.actor = null;
    expect(await action({ title: "ok" })).toMatchObject({ ok: false, error: errorsNl.signedOut });
    request.lang = "en";
    expect(await action({ title: "ok" })).toMatchObject({ ok: false, error: errorsEn.signedOut });
  });

  it("give a save refused for a hard conflict in Dutch, the conflict explained in Dutch", async () => {
    const { defineAction } = await import("@/lib/auth/gate");
    const { guardHardConflicts, OVERRIDE_FIELD } = await import("@/lib/conflicts/guard");
    const found = phrase("spaceDoubleBooked", "Room 1", "Lunch (12:00–13:00)", "Talks (12:30–13:30)");
    const conflict = { id: "c", type: "SPACE_DOUBLE_BOOKED" as const, severity: "hard" as const, itemIds: ["a"], message: "Room 1 is double-booked: Lunch (12:00–13:00) and Talks (12:30–13:30)", phrase: found };
    const snapshot = { items: [{ id: "a", status: "CONFIRMED" }] } as unknown as SummitSnapshot;
    const action = defineAction({ permission: "programme.edit", schema: z.object({}) }, async ({ actor }) =>
      guardHardConflicts({} as Tx, actor, { summitId: "s", snapshot, conflicts: [conflict], subject: "movement" }),
    );
    request.actor = planner;
    request.lang = "en";
    const english = `Not saved: a hard conflict stops Confirmed — ${conflict.message}. Change the plan, or save with a written reason to accept it.`;
    expect(await action({})).toEqual({ ok: false, error: english, fieldErrors: { _form: english, [OVERRIDE_FIELD]: conflict.message } });
    request.lang = "nl";
    const dutch =
      "Niet opgeslagen: een hard conflict staat Bevestigd in de weg — Room 1 is dubbel geboekt: Lunch (12:00–13:00) en Talks (12:30–13:30). " +
      "Wijzig de planning, of sla op met een schriftelijke reden om het te accepteren.";
    expect(await action({})).toEqual({ ok: false, error: dutch, fieldErrors: { _form: dutch, [OVERRIDE_FIELD]: "Room 1 is dubbel geboekt: Lunch (12:00–13:00) en Talks (12:30–13:30)" } });
    const empty = defineAction({ permission: "programme.edit", schema: z.object({}) }, async ({ actor }) =>
      guardHardConflicts({} as Tx, actor, { summitId: "s", snapshot, conflicts: [conflict], overrideReason: " " }),
    );
    expect(await empty({})).toMatchObject({ ok: false, error: errorsNl.writeOverrideReason });
  });

  it("give a refusal worded with names or numbers in Dutch, on its fields too", async () => {
    const { defineAction } = await import("@/lib/auth/gate");
    const refusal = worded("noTravelTimeBetween", (t) => t.noTravelTimeBetween("World Forum", "Huis ten Bosch"), ["toVenueId"]);
    const action = defineAction({ permission: "programme.edit", schema: z.object({}) }, async () => {
      throw new ValidationError(refusal);
    });
    request.actor = planner;
    request.lang = "en";
    const english = "No travel time between World Forum and Huis ten Bosch is recorded. Add it under Venues (travel times), then save again.";
    expect(await action({})).toEqual({ ok: false, error: english, fieldErrors: { toVenueId: english } });
    request.lang = "nl";
    const dutch = "Er is geen reistijd tussen World Forum en Huis ten Bosch vastgelegd. Voeg die toe onder Locaties (reistijden) en sla dan opnieuw op.";
    expect(await action({})).toEqual({ ok: false, error: dutch, fieldErrors: { toVenueId: dutch } });
    expect(worded("removeTasksFirst", (t) => t.removeTasksFirst(2)).said.nl.message).toBe("Verwijder eerst de 2 taken van diensten die erbij horen.");
    expect(worded("removeTasksFirst", (t) => t.removeTasksFirst(1)).said.en.message).toBe("Remove its 1 agency task first.");
  });
});

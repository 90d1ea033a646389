// A NUL character in any text a client sends is refused by the shared schemas with a message the
// form shows, instead of reaching PostgreSQL (which cannot store it: the write failed as a 500).
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { createAgencySchema, setAgencyActiveSchema, updateAgencySchema } from "@/lib/agency-admin/schema";
import { createTaskSchema, taskStatusSchema } from "@/lib/tasks/schema";
import { signInSchema } from "@/lib/auth/schema";
import { requestBilateralSchema, findSlotsSchema } from "@/lib/bilaterals/schema";
import { createCoverageRuleSchema } from "@/lib/coverage/schema";
import { delegationSchema, memberSchema } from "@/lib/delegations/schema";
import { itineraryExportSchema } from "@/lib/exports/schema";
import { acknowledgeSchema } from "@/lib/itinerary/schema";
import { createMovementSchema } from "@/lib/movements/schema";
import { itemInputSchema, moveItemSchema } from "@/lib/programme/schema";
import { changeOwnPasswordSchema, createUserSchema, updateUserSchema } from "@/lib/users/schema";
import { spaceSchema, venueSchema } from "@/lib/venues/schema";
import { chooseSummitSchema, createSummitSchema } from "@/lib/summits/schema";
import { NUL_MESSAGE, text } from "@/lib/validation";

const NUL = "\u0000";

/** Each schema with a valid input, and the text fields to poison one at a time. */
const cases: { name: string; schema: z.ZodType; valid: Record<string, unknown>; fields: string[] }[] = [
  {
    name: "programme item",
    schema: itemInputSchema,
    valid: {
      summitId: "s1", kind: "PLENARY", title: "Opening", description: "Welcome", status: "DRAFT", visibility: "STAFF",
      startsAt: new Date("2025-06-24T08:00:00Z"), endsAt: new Date("2025-06-24T09:00:00Z"), spaceId: "sp1",
      organiser: "Protocol", dressCode: "Business", staffNotes: "Notes", parentId: null, delegationIds: ["d1"], memberIds: ["m1"], overrideReason: "Accepted",
    },
    fields: ["summitId", "title", "description", "spaceId", "organiser", "dressCode", "staffNotes", "overrideReason"],
  },
  {
    name: "programme move",
    schema: moveItemSchema,
    valid: { id: "i1", version: 1, startsAt: new Date("2025-06-24T08:00:00Z"), endsAt: new Date("2025-06-24T09:00:00Z"), spaceId: "sp1" },
    fields: ["id", "spaceId"],
  },
  {
    name: "movement",
    schema: createMovementSchema,
    valid: {
      delegationId: "d1", kind: "TRANSFER", fromVenueId: "v1", toVenueId: "v2", flight: "SN123", startsAt: "2025-06-24T08:00", endsAt: null,
      partySize: 4, principalLevel: "", routeNote: "Via the ring", roadClosureNeeded: false, staffNotes: "Notes", fromItemId: "i1", toItemId: "i2", overrideReason: "Why",
    },
    fields: ["delegationId", "fromVenueId", "toVenueId", "flight", "routeNote", "staffNotes", "fromItemId", "toItemId", "overrideReason"],
  },
  {
    name: "agency task",
    schema: createTaskSchema,
    valid: { agencyId: "a1", subject: "item:i1", type: "ESCORT", startsAt: "2025-06-24T08:00", endsAt: "2025-06-24T09:00", location: "Gate", note: "Note", staffNotes: "Staff" },
    fields: ["agencyId", "location", "note", "staffNotes"],
  },
  {
    name: "agency task status",
    schema: taskStatusSchema,
    valid: { id: "t1", version: 1, status: "DONE", agencyNote: "On it" },
    fields: ["id", "agencyNote"],
  },
  {
    name: "bilateral request",
    schema: requestBilateralSchema,
    valid: { requesterDelegationId: "d1", counterpartDelegationIds: ["d2"], level: "PRINCIPAL", durationMinutes: 30, preferredDays: ["2025-06-24"], notes: "Soon" },
    fields: ["requesterDelegationId", "notes"],
  },
  {
    name: "bilateral slot search",
    schema: findSlotsSchema,
    valid: { id: "b1", day: "2025-06-24", from: "09:00", until: "12:00", venueId: "v1" },
    fields: ["id", "venueId"],
  },
  {
    name: "user",
    schema: createUserSchema,
    valid: { email: "someone@example.org", name: "Someone", password: "a-long-password", role: "AGENCY", summitId: "s1", delegationIds: [], agencyId: "a1" },
    fields: ["name", "password", "summitId", "agencyId"],
  },
  {
    name: "user update",
    schema: updateUserSchema,
    valid: { id: "u1", name: "Someone", active: true, role: "VIEWER", delegationIds: [], agencyId: null },
    fields: ["id", "name"],
  },
  {
    name: "own password",
    schema: changeOwnPasswordSchema,
    valid: { current: "the-old-password", password: "a-long-password", confirm: "a-long-password" },
    fields: ["current"],
  },
  { name: "sign-in", schema: signInSchema, valid: { email: "someone@example.org", password: "secret" }, fields: ["password"] },
  {
    name: "delegation",
    schema: delegationSchema,
    valid: { code: "BE", name: "Belgium", kind: "ALLY", homeTimeZone: "Europe/Brussels", hotelVenueId: "v1", arrivesAt: "", departsAt: "" },
    fields: ["name", "hotelVenueId"],
  },
  {
    name: "member",
    schema: memberSchema,
    valid: { delegationId: "d1", title: "Prime Minister", personalName: "Someone", function: "OTHER", precedence: 1 },
    fields: ["delegationId", "title", "personalName"],
  },
  { name: "venue", schema: venueSchema, valid: { name: "Palace", kind: "PALACE", address: "Somewhere 1" }, fields: ["name", "address"] },
  { name: "space", schema: spaceSchema, valid: { venueId: "v1", name: "Hall", capacity: 10, securityZone: "Red" }, fields: ["venueId", "name", "securityZone"] },
  {
    name: "coverage rule",
    schema: createCoverageRuleSchema,
    valid: { target: "ITEM", itemKind: "", venueId: "v1", movementKind: "", principalLevel: "", requiredType: "ESCORT", description: "Escort every dinner" },
    fields: ["venueId", "description"],
  },
  { name: "new agency", schema: createAgencySchema, valid: { summitId: "s1", name: "National Police", shortName: "Police", kind: "POLICE" }, fields: ["summitId", "name", "shortName"] },
  { name: "agency", schema: updateAgencySchema, valid: { id: "a1", name: "National Police", shortName: "Police", kind: "POLICE" }, fields: ["id", "name", "shortName"] },
  { name: "agency state", schema: setAgencyActiveSchema, valid: { id: "a1", active: false }, fields: ["id"] },
  {
    name: "summit",
    schema: createSummitSchema,
    valid: { name: "Summit", slug: "summit-2026", host: "Host", startDate: "2026-07-07", endDate: "2026-07-08", timeZone: "UTC", travelBufferMinutes: "10", languages: "en, fr", copyFromSummitId: "s0" },
    fields: ["name", "slug", "host", "startDate", "endDate", "timeZone", "languages", "copyFromSummitId"],
  },
  { name: "summit choice", schema: chooseSummitSchema, valid: { summitId: "s1" }, fields: ["summitId"] },
  { name: "itinerary acknowledgement", schema: acknowledgeSchema, valid: { delegationId: "d1" }, fields: ["delegationId"] },
  { name: "itinerary export", schema: itineraryExportSchema, valid: { format: "csv", delegationId: "d1", lang: "en", member: "m1" }, fields: ["delegationId", "member"] },
];

describe("text in every schema", () => {
  it("the valid inputs pass (so a refusal below is the NUL's doing)", () => {
    for (const { name, schema, valid } of cases) expect(schema.safeParse(valid).error?.issues, name).toBeUndefined();
  });

  for (const { name, schema, valid, fields } of cases) {
    it(`${name}: a NUL in any text field is refused, with the message on that field`, () => {
      for (const field of fields) {
        const poisoned = { ...valid, [field]: `${String(valid[field]).slice(0, 2)}${NUL}x` };
        const result = schema.safeParse(poisoned);
        expect(result.success, `${name}.${field}`).toBe(false);
        const messages = result.error!.issues.filter((i) => i.path[0] === field).map((i) => i.message);
        expect(messages, `${name}.${field}`).toContain(NUL_MESSAGE);
      }
    });
  }

  it("refuses a NUL inside id lists too", () => {
    const result = itemInputSchema.safeParse({ ...cases[0].valid, delegationIds: [`d${NUL}`] });
    expect(result.error?.issues.map((i) => i.message)).toContain(NUL_MESSAGE);
  });

  it("the message says what to do", () => {
    expect(NUL_MESSAGE).toMatch(/NUL/);
    expect(text().safeParse(`a${NUL}b`).error?.issues[0].message).toBe(NUL_MESSAGE);
    expect(text().safeParse("ordinary text, tabs\tand newlines\n").success).toBe(true);
  });

  it("no schema builds a string without the shared helper", () => {
    const lib = path.resolve(import.meta.dirname, "../../lib");
    const files = fs.readdirSync(lib, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => path.join(lib, d.name, "schema.ts")).filter((f) => fs.existsSync(f));
    expect(files.length).toBeGreaterThan(8);
    const bare = files.filter((f) => /\bz\s*\.\s*string\s*\(/.test(fs.readFileSync(f, "utf8"))).map((f) => path.relative(lib, f));
    expect(bare).toEqual([]);
  });
});

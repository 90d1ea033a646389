// The administrators' agency and user forms speak English or Dutch. Their schemas and the
// server refuse in English, and the page hands the form a translation of every sentence it may
// get (lib/i18n/agencies-users.ts, formMessages): this holds each refusal the schemas and the
// gate give to a sentence that translation knows, so none shows up in English on a Dutch page.
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { createAgencySchema, updateAgencySchema } from "@/lib/agency-admin/schema";
import type { Actor } from "@/lib/auth/actor";
import { adminEn, adminNl, formMessages } from "@/lib/i18n/agencies-users";
import { createUserSchema, resetPasswordSchema, updateUserSchema } from "@/lib/users/schema";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("server-only", () => ({}));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));
vi.mock("@/lib/db", () => ({ getDb: () => ({}) }));

const dutch = formMessages(adminNl);

function refusals(schema: z.ZodType, input: unknown): string[] {
  return schema.safeParse(input).error?.issues.map((i) => i.message) ?? [];
}

describe("the agency and user schemas' refusals", () => {
  const cases: [string, z.ZodType, unknown][] = [
    ["agency, empty", createAgencySchema, { summitId: "s1", name: " ", shortName: "", kind: "CIRCUS" }],
    ["agency, too long", updateAgencySchema, { id: "a1", name: "N".repeat(121), shortName: "S".repeat(41), kind: "POLICE" }],
    ["liaison without summit or delegation", createUserSchema, { email: "not-an-address", name: "", password: "short", role: "LIAISON" }],
    ["coordinator without agency", createUserSchema, { email: `${"a".repeat(250)}@example.org`, name: "N".repeat(121), password: "p".repeat(201), role: "AGENCY" }],
    ["no role", updateUserSchema, { id: "u1", name: "Someone", active: true, role: "SUPERUSER" }],
    ["reset", resetPasswordSchema, { id: "u1", password: "short" }],
  ];

  it("each has a Dutch translation that is not the English", () => {
    for (const [name, schema, input] of cases) {
      const messages = refusals(schema, input);
      expect(messages.length, name).toBeGreaterThan(0);
      for (const message of messages) {
        expect(dutch[message], `${name}: ${message}`).toBeTruthy();
        expect(dutch[message], `${name}: ${message}`).not.toBe(message);
      }
    }
  });

  it("in English, the translation leaves them as they are", () => {
    for (const [sentence, same] of Object.entries(formMessages(adminEn))) expect(same).toBe(sentence);
  });
});

describe("the gate's answers", () => {
  const actor = (role: Actor["role"]): Actor => ({ userId: "u1", name: "U", email: "u@example.org", role, delegationIds: [], agencyId: null, mustChangePassword: false });

  it("are the sentences the forms translate", async () => {
    const { defineAction } = await import("@/lib/auth/gate");
    const action = defineAction({ permission: "agencies.manage", schema: z.object({ name: z.string().min(1) }) }, async () => {
      throw new Error("a bug");
    });
    session.actor = null;
    expect(await action({ name: "x" })).toMatchObject({ ok: false, error: adminEn.gate.signedOut });
    session.actor = actor("PLANNER");
    expect(await action({ name: "x" })).toMatchObject({ ok: false, error: adminEn.gate.notAvailable });
    session.actor = actor("ADMIN");
    expect(await action({ name: "" })).toMatchObject({ ok: false, error: adminEn.gate.checkFields });
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    expect(await action({ name: "x" })).toMatchObject({ ok: false, error: adminEn.gate.unexpected });
    expect(logged).toHaveBeenCalled();
    logged.mockRestore();
    for (const sentence of Object.values(adminEn.gate)) expect(dutch[sentence]).toBeTruthy();
  });
});

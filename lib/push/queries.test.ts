// Reads on the listening connection (rowsOn) run one at a time: a connection serves one query at
// once, and a failed read does not hold up the next. A notice that carries its audience rows is
// resolved without any read; one that does not is read once.
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import type { ChangeNotice } from "@/lib/audit";
import { Prisma } from "@/lib/generated/prisma/client";
import { mayHear } from "./policy";
import { resolveAudience, rowsOn, type ReadRows } from "./queries";

describe("rowsOn", () => {
  it("sends the next query only when the one before it has answered, failed or not", async () => {
    let inFlight = 0;
    let most = 0;
    const sent: unknown[] = [];
    const client = {
      query: async (config: { values?: unknown[] }) => {
        inFlight++;
        most = Math.max(most, inFlight);
        sent.push(config.values?.[0]);
        await new Promise((resolve) => setTimeout(resolve, 5));
        inFlight--;
        if (config.values?.[0] === "fail") throw new Error("refused");
        return { rows: [{ value: config.values?.[0] }] };
      },
    };
    const read = rowsOn(client as never);
    const results = await Promise.allSettled(["a", "fail", "b"].map((v) => read<{ value: string }>(Prisma.sql`SELECT ${v}`)));
    expect(most).toBe(1);
    expect(sent).toEqual(["a", "fail", "b"]);
    expect(results.map((r) => (r.status === "fulfilled" ? r.value[0].value : "refused"))).toEqual(["a", "refused", "b"]);
  });
});

describe("resolveAudience", () => {
  const liaisonOf = (delegationId: string): Actor => ({ userId: `u-${delegationId}`, name: "L", email: "l@example.org", role: "LIAISON", delegationIds: [delegationId], agencyId: null, mustChangePassword: false });
  const coordinatorOf = (agencyId: string): Actor => ({ userId: `u-${agencyId}`, name: "C", email: "c@example.org", role: "AGENCY", delegationIds: [], agencyId, mustChangePassword: false });
  /** A read that counts its calls and answers with `rows`. */
  const counting = (rows: object[] = []) => {
    const calls: string[] = [];
    const read: ReadRows = async <Row extends object>(query: Prisma.Sql) => {
      calls.push(query.text);
      return rows as Row[];
    };
    return { calls, read };
  };
  const dinner = { now: true, status: "CONFIRMED", visibility: "PARTICIPANTS", delegationIds: ["nl"], agencyIds: ["police"] };

  it("makes no read for a notice that carried its audience rows, and hears exactly who may see the item", async () => {
    const { calls, read } = counting();
    const notice: ChangeNotice = { s: "summit", e: "ProgrammeItem", ids: ["dinner"], b: { status: "DRAFT", visibility: "STAFF", delegationIds: ["be"] }, a: [dinner] };
    const audience = await resolveAudience(read, notice);
    expect(calls).toEqual([]);
    expect(mayHear(liaisonOf("nl"), audience)).toBe(true);
    // Belgium was named only while the item was a draft for staff: it never could see the item.
    expect(mayHear(liaisonOf("be"), audience)).toBe(false);
    expect(mayHear(coordinatorOf("police"), audience)).toBe(true);
    expect(mayHear(coordinatorOf("army"), audience)).toBe(false);
  });

  it("a carried item a liaison cannot see, before or after, does not reach them", async () => {
    const { calls, read } = counting();
    const hidden = { ...dinner, status: "DRAFT" };
    const audience = await resolveAudience(read, { s: "summit", e: "ItemLive", ids: ["dinner"], b: { status: "CONFIRMED", visibility: "STAFF", delegationIds: ["nl"] }, a: [hidden] });
    expect(calls).toEqual([]);
    expect(mayHear(liaisonOf("nl"), audience)).toBe(false);
    expect(mayHear(liaisonOf("be"), audience)).toBe(false);
    expect(mayHear(coordinatorOf("army"), audience)).toBe(false);
  });

  it("carried rows name the before side's members' delegations and a task's draft, as a read's would", async () => {
    const { calls, read } = counting();
    const members = { now: false, status: null, visibility: null, delegationIds: ["be"], agencyIds: [] };
    const before = { status: "CONFIRMED", visibility: "PARTICIPANTS", memberIds: ["be-pm"] };
    const item = await resolveAudience(read, { s: "summit", e: "ProgrammeItem", ids: ["dinner"], b: before, a: [dinner, members] });
    expect(mayHear(liaisonOf("be"), item)).toBe(true);
    const task = await resolveAudience(read, { s: "summit", e: "AgencyTask", ids: ["t"], b: { agencyId: "army" }, a: [{ delegationId: null, agencyId: "police", onDraft: true }] });
    expect([...task.agencyIds]).toEqual([]);
    const movement = await resolveAudience(read, { s: "summit", e: "Movement", ids: ["m"], a: [] });
    expect([...movement.delegationIds]).toEqual([]);
    expect(calls).toEqual([]);
  });

  it("reads the rows once when the notice could not carry them", async () => {
    const { calls, read } = counting([dinner]);
    const audience = await resolveAudience(read, { s: "summit", e: "ProgrammeItem", ids: ["dinner"] });
    expect(calls).toHaveLength(1);
    expect(mayHear(liaisonOf("nl"), audience)).toBe(true);
    expect(mayHear(liaisonOf("be"), audience)).toBe(false);
  });
});

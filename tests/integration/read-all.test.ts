// readAll runs reads together on the client (its pool has connections to spare) but one after
// another inside a transaction, which holds a single connection that must not be sent a query
// while another is running (pg deprecates it; pg@9 refuses it).
import { afterAll, describe, expect, it } from "vitest";
import { readAll } from "@/lib/db";
import { testDb } from "./helpers";

const db = testDb();
afterAll(() => db.$disconnect());

function recorder() {
  const events: string[] = [];
  const read = (name: string) => async () => {
    events.push(`${name} start`);
    await db.$queryRaw`SELECT 1 AS one FROM pg_sleep(0.02)`;
    events.push(`${name} end`);
    return name;
  };
  return { events, read };
}

describe("readAll", () => {
  it("runs the reads one after another inside a transaction", async () => {
    const { events } = recorder();
    const results = await db.$transaction(async (tx) => {
      const read = (name: string) => async () => {
        events.push(`${name} start`);
        await tx.$queryRaw`SELECT 1 AS one FROM pg_sleep(0.02)`;
        events.push(`${name} end`);
        return name;
      };
      return readAll(tx, [read("a"), read("b")] as const);
    });
    expect(results).toEqual(["a", "b"]);
    expect(events).toEqual(["a start", "a end", "b start", "b end"]);
  });

  it("runs them together on the client", async () => {
    const { events, read } = recorder();
    expect(await readAll(db, [read("a"), read("b")] as const)).toEqual(["a", "b"]);
    expect(events.slice(0, 2)).toEqual(["a start", "b start"]);
  });
});

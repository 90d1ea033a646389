// Reads on the listening connection (rowsOn) run one at a time: a connection serves one query at
// once, and a failed read does not hold up the next.
import { describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { rowsOn } from "./queries";

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

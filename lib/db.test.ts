import { describe, expect, it } from "vitest";
import { statementNames } from "@/lib/db";

describe("prepared statement names", () => {
  it("gives a text the same name every time and on every client, and different texts different names", () => {
    const a = statementNames();
    const b = statementNames();
    const summit = { sql: 'SELECT "id" FROM "Summit" WHERE "slug" = $1' };
    const user = { sql: 'SELECT "id" FROM "User" WHERE "id" = $1' };
    expect(a(summit)).toBe(a({ sql: summit.sql }));
    expect(a(summit)).toBe(b(summit));
    expect(a(summit)).not.toBe(a(user));
    // PostgreSQL truncates identifiers longer than 63 bytes, which could make two names one.
    expect(a(summit)).toMatch(/^s_[A-Za-z0-9_-]{32}$/);
  });

  it("names only the first texts it sees, so varying texts cannot fill the server's statement cache", () => {
    const name = statementNames(2);
    const first = name({ sql: "SELECT 1" });
    const second = name({ sql: "SELECT 2" });
    expect(first).toBeTruthy();
    expect(second).toBeTruthy();
    expect(name({ sql: "SELECT 3" })).toBeUndefined();
    // Texts named before the limit keep their names.
    expect(name({ sql: "SELECT 1" })).toBe(first);
  });
});

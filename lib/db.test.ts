import { describe, expect, it } from "vitest";
import { sharedSessionNames, statementNames } from "@/lib/db";

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

describe("statement names in a shared session", () => {
  it("are a client's own: two clients name one text differently, each under a prefix of its own", () => {
    const app = sharedSessionNames();
    const script = sharedSessionNames();
    const text = { sql: 'SELECT "id" FROM "Summit" WHERE "slug" = $1' };
    const [a, b] = [app.nameOf(text), script.nameOf(text)];
    expect(a).not.toBe(b);
    expect(a).toBe(app.nameOf({ sql: text.sql }));
    // Within PostgreSQL's 63 bytes, so no two names are truncated into one.
    for (const name of [a, b]) expect(name).toMatch(/^s[0-9a-f]{10}_[A-Za-z0-9_-]{32}$/);
  });

  it("drop only the statements under the client's own prefix", () => {
    const names = sharedSessionNames();
    const prefix = names.nameOf({ sql: "SELECT 1" }).slice(0, 12);
    expect(names.drop).toContain(`starts_with(name, '${prefix}')`);
    expect(names.drop).toContain("DEALLOCATE");
    expect(names.drop).not.toContain(sharedSessionNames().nameOf({ sql: "SELECT 1" }).slice(0, 12));
  });
});

// Which errors mean "the database cannot be reached", in the shapes each layer reports them
// (the shapes are those PrismaClient 7 with @prisma/adapter-pg and pg 8 throw; see
// tests/integration/database-down.test.ts for the real ones).
import { describe, expect, it } from "vitest";
import { DATABASE_UNAVAILABLE_DIGEST, DatabaseUnavailableError, describeDatabaseFailure, isDatabaseUnavailable } from "@/lib/errors";

const adapterError = (cause: Record<string, unknown>) => Object.assign(new Error(String(cause.kind)), { name: "DriverAdapterError", cause });
const prismaError = (code: string, cause: Record<string, unknown>) =>
  Object.assign(new Error("\nInvalid `db.user.findUnique()` invocation in\n/app/x.ts:8:35\n\nCan't reach database server at 127.0.0.1:1"), {
    name: "PrismaClientKnownRequestError",
    code,
    meta: { modelName: "User", driverAdapterError: { name: "DriverAdapterError", cause } },
  });
const socketError = (code: string) => Object.assign(new Error(`connect ${code} 127.0.0.1:5432`), { code, errno: -111, syscall: "connect", address: "127.0.0.1", port: 5432 });
const pgError = (code: string, message: string) => Object.assign(new Error(message), { code, severity: "FATAL" });

describe("isDatabaseUnavailable", () => {
  it("recognises an unreachable or lost database in every layer's shape", () => {
    const reached = [
      prismaError("P1001", { kind: "DatabaseNotReachable", host: "127.0.0.1", port: 1 }),
      // A raw query wraps the same cause in P2010.
      prismaError("P2010", { kind: "DatabaseNotReachable", host: "127.0.0.1", port: 1 }),
      prismaError("P2010", { kind: "ConnectionClosed" }),
      prismaError("P2024", {}),
      adapterError({ kind: "DatabaseNotReachable", host: "db", port: 5432 }),
      adapterError({ kind: "SocketTimeout" }),
      adapterError({ kind: "TooManyConnections", cause: "sorry, too many clients already" }),
      adapterError({ kind: "postgres", code: "57P01", message: "terminating connection due to administrator command" }),
      adapterError({ kind: "postgres", code: "57P03", message: "the database system is starting up" }),
      socketError("ECONNREFUSED"),
      socketError("EHOSTUNREACH"),
      new AggregateError([socketError("ECONNREFUSED"), socketError("ECONNREFUSED")], "connect ECONNREFUSED"),
      pgError("08006", "connection failure"),
      new Error("Connection terminated unexpectedly"),
      new Error("timeout exceeded when trying to connect"),
      new Error("outer", { cause: socketError("ECONNRESET") }),
      new DatabaseUnavailableError("ECONNREFUSED"),
    ];
    for (const error of reached) expect(isDatabaseUnavailable(error), describeDatabaseFailure(error)).toBe(true);
  });

  it("does not mistake a refused query, a bug or a non-error for an outage", () => {
    const refused = [
      Object.assign(new Error("Unique constraint failed"), { code: "P2002", meta: { driverAdapterError: { cause: { kind: "UniqueConstraintViolation", originalCode: "23505" } } } }),
      adapterError({ kind: "postgres", code: "23P01", message: "conflicting key value violates exclusion constraint" }),
      adapterError({ kind: "AuthenticationFailed", user: "postgres" }),
      pgError("22021", "invalid byte sequence for encoding \"UTF8\": 0x00"),
      new TypeError("Cannot read properties of undefined"),
      new Error("Connection to the calendar failed"),
      null,
      undefined,
      "ECONNREFUSED",
      { code: 42 },
    ];
    for (const error of refused) expect(isDatabaseUnavailable(error), String(error)).toBe(false);
  });

  it("follows a cycle of causes without looping", () => {
    const a: { cause?: unknown } = new Error("a");
    const b = new Error("b", { cause: a });
    a.cause = b;
    expect(isDatabaseUnavailable(a)).toBe(false);
    expect(describeDatabaseFailure(a)).toBe("a");
  });
});

describe("DatabaseUnavailableError", () => {
  it("logs as one line and carries the digest the error pages look for", () => {
    const error = new DatabaseUnavailableError("DatabaseNotReachable 127.0.0.1:1");
    expect(error.stack).toBe("DatabaseUnavailableError: The database cannot be reached (DatabaseNotReachable 127.0.0.1:1)");
    expect(error.stack).not.toContain("\n");
    expect(error.digest).toBe(DATABASE_UNAVAILABLE_DIGEST);
    expect(Object.keys(error)).not.toContain("digest");
  });

  it("describes a Prisma failure by its codes and place, on one line", () => {
    const line = describeDatabaseFailure(prismaError("P1001", { kind: "DatabaseNotReachable", host: "127.0.0.1", port: 1 }));
    expect(line).toBe("P1001, DatabaseNotReachable 127.0.0.1:1, Can't reach database server at 127.0.0.1:1");
    expect(line).not.toContain("\n");
  });
});

// Typed domain errors. Their messages are written for the user and safe to show; anything else
// is logged on the server and shown as a generic failure (lib/auth/gate.ts).
import { refusal, type ErrorCode, type Refusal, type Said } from "@/lib/i18n/errors";
import type { Lang } from "@/lib/i18n/lang";

export type { ErrorCode, Refusal };

/**
 * A refusal the user may read: the rule's code (`code`), and its words in each language (`said`),
 * which the gate (lib/auth/gate.ts) answers the reader with. `message` and `fieldErrors` are the
 * English, for logs and for callers that only need to know it failed.
 */
export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly said: Readonly<Record<Lang, Said>>;
  constructor(refused: Refusal) {
    super(refused.said.en.message);
    this.name = new.target.name;
    this.code = refused.code;
    this.said = refused.said;
  }

  get fieldErrors(): Record<string, string> {
    return this.said.en.fieldErrors;
  }

  /** The refusal in the reader's language. */
  saidIn(lang: Lang): Said {
    return this.said[lang];
  }
}

/** Not there, or not the actor's to see: callers answer 404 either way. */
export class NotFoundError extends DomainError {
  constructor() {
    super(refusal("notFound"));
  }
}

export class ForbiddenError extends DomainError {
  constructor() {
    super(refusal("forbidden"));
  }
}

/** Input the domain's rules refuse, beyond what its schema can tell. */
export class ValidationError extends DomainError {}

/** Someone else saved first (optimistic locking). */
export class StaleVersionError extends DomainError {}

/** A database rule refused the write (exclusion, check or unique constraint). */
export class ConstraintError extends DomainError {
  constructor(
    refused: Refusal,
    readonly constraint: string,
  ) {
    super(refused);
  }
}

type SentenceRefusal = Parameters<typeof refusal>[0];

/** The database's named rules, each as the refusal a form shows on its field. */
const CONSTRAINT_REFUSALS: Record<string, { code: SentenceRefusal; field: string }> = {
  ProgrammeItem_no_confirmed_space_overlap: { code: "spaceBooked", field: "spaceId" },
  ProgrammeItem_ends_after_starts: { code: "endAfterStart", field: "endsAt" },
  Movement_ends_after_starts: { code: "endAfterStart", field: "endsAt" },
  AgencyTask_ends_after_starts: { code: "endAfterStart", field: "endsAt" },
  Delegation_departs_after_arrives: { code: "departureAfterArrival", field: "departsAt" },
  Space_capacity_positive: { code: "capacityPositive", field: "capacity" },
  Space_opening_hours_valid: { code: "closingAfterOpening", field: "closesMinute" },
  TravelTime_distinct_venues: { code: "travelTwoVenues", field: "toVenueId" },
  BilateralRequest_duration_valid: { code: "durationRange", field: "durationMinutes" },
};

type DriverCause = { originalCode?: string; constraint?: { index?: string }; originalMessage?: string };

function driverCause(error: unknown): DriverCause | undefined {
  const meta = (error as { meta?: { driverAdapterError?: { cause?: DriverCause } } })?.meta;
  return meta?.driverAdapterError?.cause;
}

function constraintName(cause: DriverCause): string | undefined {
  return cause.constraint?.index ?? /constraint "([^"]+)"/.exec(cause.originalMessage ?? "")?.[1];
}

/** Turn a database constraint violation into a ConstraintError; rethrow anything else unchanged. */
export function translateDbError(error: unknown): never {
  const code = (error as { code?: string })?.code;
  const cause = driverCause(error);
  const sqlState = cause?.originalCode;
  if (code === "P2002" || sqlState === "23505") {
    throw new ConstraintError(refusal("alreadyExists"), "unique");
  }
  if (cause && (sqlState === "23P01" || sqlState === "23514" || sqlState === "23503")) {
    const name = constraintName(cause) ?? sqlState;
    const known = CONSTRAINT_REFUSALS[name];
    if (known) throw new ConstraintError(refusal(known.code, [known.field]), name);
    throw new ConstraintError(refusal(sqlState === "23503" ? "missingReference" : "databaseRule"), name);
  }
  throw error;
}

/**
 * The name of the unique index a write violated (e.g. "Agency_summitId_name_key"), or null for
 * any other error: lets a caller name the field a concurrent writer took first.
 */
export function uniqueViolationOf(error: unknown): string | null {
  const cause = driverCause(error);
  if (cause?.originalCode !== "23505") return null;
  return constraintName(cause) ?? null;
}

/** Run a write and translate constraint violations into domain errors. */
export async function withConstraintErrors<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    translateDbError(error);
  }
}

// ---------------------------------------------------------------------------------------------
// The database out of reach. One sentence for the user wherever it shows (an action's answer,
// the error pages), and one function that recognises the failure whatever layer reports it.

export const DATABASE_UNAVAILABLE_MESSAGE = "The database cannot be reached; nothing was saved.";
/** The digest Next hands to app/error.tsx and app/global-error.tsx, in production too. */
export const DATABASE_UNAVAILABLE_DIGEST = "DATABASE_UNAVAILABLE";

/**
 * Thrown instead of the driver's error when the database cannot be reached (lib/db.ts). Its stack
 * is its one line, so Next and the gate log one line per failure rather than a trace and a code
 * frame for every query; the digest lets the error pages say what happened.
 */
export class DatabaseUnavailableError extends Error {
  constructor(detail: string) {
    super(`The database cannot be reached (${detail})`);
    this.name = "DatabaseUnavailableError";
    this.stack = `${this.name}: ${this.message}`;
  }

  // A getter, not an own property: logging the error prints its one line, not `{ digest: … }`.
  get digest(): string {
    return DATABASE_UNAVAILABLE_DIGEST;
  }
}

// Prisma: can't reach, timed out, server closed the connection, no connection from the pool.
const PRISMA_CONNECTION_CODES = new Set(["P1001", "P1002", "P1008", "P1011", "P1017", "P2024"]);
// @prisma/adapter-pg's names for socket and connection failures.
const ADAPTER_CONNECTION_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TlsConnectionError", "TooManyConnections"]);
// Node socket errors (pg, or anything under it).
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "ENOTFOUND", "EHOSTUNREACH", "ENETUNREACH", "EAI_AGAIN", "EPIPE"]);
// PostgreSQL: connection exceptions (class 08), the server shutting down or starting up, too many clients.
const SQLSTATE_CONNECTION = /^(08...|57P0[123]|53300)$/;
// pg's own words when the server goes away or the pool cannot connect in time.
const PG_CONNECTION_MESSAGES = /^(Connection terminated|Connection terminated unexpectedly|timeout exceeded when trying to connect|Client has encountered a connection error and is not queryable)\b/;

type ErrorLike = { code?: unknown; kind?: unknown; message?: unknown; cause?: unknown; meta?: { driverAdapterError?: unknown } };

function connectionFailure(value: unknown, depth: number): boolean {
  if (!value || typeof value !== "object" || depth > 5) return false;
  if (value instanceof DatabaseUnavailableError) return true;
  const e = value as ErrorLike;
  const code = typeof e.code === "string" ? e.code : undefined;
  if (code && (PRISMA_CONNECTION_CODES.has(code) || SOCKET_CODES.has(code) || SQLSTATE_CONNECTION.test(code))) return true;
  if (typeof e.kind === "string" && ADAPTER_CONNECTION_KINDS.has(e.kind)) return true;
  if (typeof e.message === "string" && PG_CONNECTION_MESSAGES.test(e.message)) return true;
  // A DriverAdapterError carries the adapter's mapped error as `cause`; Prisma's own errors carry
  // it in `meta.driverAdapterError`; an AggregateError (several addresses refused) in `errors`.
  const errors = (value as { errors?: unknown }).errors;
  if (Array.isArray(errors) && errors.some((inner) => connectionFailure(inner, depth + 1))) return true;
  return connectionFailure(e.meta?.driverAdapterError, depth + 1) || connectionFailure(e.cause, depth + 1);
}

/** Whether an error means the database cannot be reached (rather than a query it refused). */
export function isDatabaseUnavailable(error: unknown): boolean {
  return connectionFailure(error, 0);
}

/** What to log of a connection failure: its kind and where, on one line. */
export function describeDatabaseFailure(error: unknown): string {
  if (error instanceof DatabaseUnavailableError) return error.message;
  const seen = new Set<unknown>();
  const parts: string[] = [];
  let current: unknown = error;
  while (current && typeof current === "object" && !seen.has(current) && parts.length < 4) {
    seen.add(current);
    const e = current as ErrorLike & { host?: unknown; port?: unknown };
    const bits = [e.code, e.kind, typeof e.host === "string" ? `${e.host}${e.port ? `:${String(e.port)}` : ""}` : undefined].filter((b) => typeof b === "string" && b);
    if (bits.length) parts.push(bits.join(" "));
    current = e.meta?.driverAdapterError ?? e.cause;
  }
  const message = error instanceof Error ? error.message.split("\n").filter(Boolean).pop() : undefined;
  if (message && !parts.some((part) => part.startsWith(message))) parts.push(message);
  return parts.join(", ").slice(0, 300) || "unknown";
}

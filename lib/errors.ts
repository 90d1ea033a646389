// Typed domain errors. Their messages are written for the user and safe to show; anything else
// is logged on the server and shown as a generic failure (lib/auth/gate.ts).

export class DomainError extends Error {
  constructor(
    message: string,
    readonly fieldErrors: Record<string, string> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** Not there, or not the actor's to see: callers answer 404 either way. */
export class NotFoundError extends DomainError {
  constructor() {
    super("Not found.");
  }
}

export class ForbiddenError extends DomainError {
  constructor() {
    super("You are not allowed to do this.");
  }
}

export class ValidationError extends DomainError {}

/** Someone else saved first (optimistic locking). */
export class StaleVersionError extends DomainError {}

/** A database rule refused the write (exclusion, check or unique constraint). */
export class ConstraintError extends DomainError {
  constructor(
    message: string,
    readonly constraint: string,
    fieldErrors: Record<string, string> = {},
  ) {
    super(message, fieldErrors);
  }
}

const CONSTRAINT_MESSAGES: Record<string, { message: string; field?: string }> = {
  ProgrammeItem_no_confirmed_space_overlap: {
    message: "The space is already booked by a confirmed item at that time.",
    field: "spaceId",
  },
  ProgrammeItem_ends_after_starts: { message: "The end must be after the start.", field: "endsAt" },
  Movement_ends_after_starts: { message: "The end must be after the start.", field: "endsAt" },
  AgencyTask_ends_after_starts: { message: "The end must be after the start.", field: "endsAt" },
  Delegation_departs_after_arrives: { message: "Departure must be after arrival.", field: "departsAt" },
  Space_capacity_positive: { message: "Capacity must be at least 1.", field: "capacity" },
  Space_opening_hours_valid: { message: "Closing time must be after opening time.", field: "closesMinute" },
  TravelTime_distinct_venues: { message: "Travel time needs two different venues.", field: "toVenueId" },
  BilateralRequest_duration_valid: { message: "Duration must be between 1 minute and 24 hours.", field: "durationMinutes" },
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
    throw new ConstraintError("That already exists.", "unique");
  }
  if (cause && (sqlState === "23P01" || sqlState === "23514" || sqlState === "23503")) {
    const name = constraintName(cause) ?? sqlState;
    const known = CONSTRAINT_MESSAGES[name];
    if (known) throw new ConstraintError(known.message, name, known.field ? { [known.field]: known.message } : {});
    if (sqlState === "23503") throw new ConstraintError("It refers to something that does not exist.", name);
    throw new ConstraintError("The data breaks a rule of the database.", name);
  }
  throw error;
}

/** Run a write and translate constraint violations into domain errors. */
export async function withConstraintErrors<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    translateDbError(error);
  }
}

import type { FieldValues, Path, UseFormSetError } from "react-hook-form";

type Failure = { ok: false; error: string; fieldErrors?: Record<string, string> };

/** Put a server action's field errors next to their fields; returns the form-level message. */
export function applyServerErrors<T extends FieldValues>(result: Failure, setError: UseFormSetError<T>): string {
  for (const [field, message] of Object.entries(result.fieldErrors ?? {})) {
    if (field !== "_form") setError(field as Path<T>, { type: "server", message });
  }
  return result.error;
}

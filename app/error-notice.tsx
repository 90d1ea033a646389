// What the error pages (app/error.tsx, app/global-error.tsx) show. Next passes them the error
// with its message hidden in production but its digest kept: a database out of reach is told as
// such (lib/errors.ts gives those errors a fixed digest); anything else stays generic.
import { DATABASE_UNAVAILABLE_DIGEST, DATABASE_UNAVAILABLE_MESSAGE } from "@/lib/errors";

export function ErrorNotice({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const databaseDown = error.digest === DATABASE_UNAVAILABLE_DIGEST;
  return (
    <div className="card" role="alert">
      <h1>{databaseDown ? "The database cannot be reached" : "Something went wrong"}</h1>
      <p>{databaseDown ? `${DATABASE_UNAVAILABLE_MESSAGE} Try again in a minute.` : "The page could not be loaded. Nothing was changed."}</p>
      <button className="button" type="button" onClick={reset}>
        Try again
      </button>
    </div>
  );
}

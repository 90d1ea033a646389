// The one gate every server action and route handler goes through: authenticate, load the actor
// and scope from the database, check the permission, parse the input with zod, and map domain
// errors to safe messages. Anything unexpected is logged and reported generically; a database out
// of reach, wherever it is met (the actor's read included), is answered with one plain sentence
// and logged as one line.
import "server-only";
import { z } from "zod";
import { getDb, type Db } from "@/lib/db";
import { localizeFailure } from "@/lib/i18n/errors";
import { readerLang } from "@/lib/i18n/reader-lang";
import { fieldErrorsOf } from "@/lib/validation";
import { DATABASE_UNAVAILABLE_MESSAGE, DomainError, NotFoundError, describeDatabaseFailure, isDatabaseUnavailable } from "@/lib/errors";
import type { Actor } from "./actor";
import { can, type Action } from "./permissions";
import { getActor } from "./session";

export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; error: string; fieldErrors?: Record<string, string> };

type Context<I> = { actor: Actor; db: Db; input: I };

const SIGNED_OUT = "Your session has ended. Sign in again.";
// The same words as a missing record, so a refusal does not confirm that something exists.
const NOT_AVAILABLE = "Not found.";
const UNEXPECTED = "Something went wrong. Nothing was saved; try again.";

/** Define a server action. Export the result from a "use server" module. */
export function defineAction<S extends z.ZodType, T>(
  options: { permission: Action; schema: S; allowPasswordChangePending?: boolean },
  handler: (ctx: Context<z.infer<S>>) => Promise<T>,
): (input: z.input<S>) => Promise<ActionResult<T>> {
  const run = answer(options, handler);
  return async (input) => {
    const result = await run(input);
    return result.ok ? result : localizeFailure(result, await answerLang());
  };
}

/** The reader's language for an action's refusal; English where there is no request to ask. */
async function answerLang() {
  try {
    return await readerLang();
  } catch {
    return "en" as const;
  }
}

function answer<S extends z.ZodType, T>(
  options: { permission: Action; schema: S; allowPasswordChangePending?: boolean },
  handler: (ctx: Context<z.infer<S>>) => Promise<T>,
): (input: z.input<S>) => Promise<ActionResult<T>> {
  return async (input) => {
    // Everything inside: an action never throws, so the form always has an answer to show.
    try {
      const actor = await getActor();
      if (!actor) return { ok: false, error: SIGNED_OUT };
      if (actor.mustChangePassword && !options.allowPasswordChangePending) {
        return { ok: false, error: "Choose a new password first." };
      }
      if (!can(actor, options.permission)) return { ok: false, error: NOT_AVAILABLE };
      const parsed = options.schema.safeParse(input);
      if (!parsed.success) {
        return { ok: false, error: "Check the highlighted fields.", fieldErrors: fieldErrorsOf(parsed.error) };
      }
      return { ok: true, data: await handler({ actor, db: getDb(), input: parsed.data }) };
    } catch (error) {
      if (error instanceof DomainError) {
        // The refusal as the domain worded it, in the reader's language.
        const said = error.saidIn(await answerLang());
        return { ok: false, error: said.message, fieldErrors: said.fieldErrors };
      }
      if (isDatabaseUnavailable(error)) {
        console.error(`server action refused: ${describeDatabaseFailure(error)}`);
        return { ok: false, error: DATABASE_UNAVAILABLE_MESSAGE };
      }
      console.error("server action failed", error);
      return { ok: false, error: UNEXPECTED };
    }
  };
}

const notFound = () => new Response("Not found", { status: 404, headers: { "content-type": "text/plain" } });

/**
 * A browser following a download link without a live session (expired, or a stale cookie the
 * proxy let through) is sent to sign in; any other unauthenticated client gets the bare 404.
 */
function signedOut(request: Request): Response {
  const browser = (request.headers.get("accept") ?? "").includes("text/html");
  return browser ? new Response(null, { status: 303, headers: { location: "/sign-in" } }) : notFound();
}

/**
 * Define a route handler (downloads, feeds). Unpermitted and out-of-scope requests get the same
 * bare 404 (a signed-out browser is sent to sign in); bad parameters get a 400 naming the
 * parameter only.
 */
export function defineRoute<S extends z.ZodType>(
  options: { permission: Action; params: S },
  handler: (ctx: Context<z.infer<S>> & { request: Request }) => Promise<Response>,
) {
  return async (request: Request, route: { params: Promise<Record<string, string | string[]>> }) => {
    try {
      const actor = await getActor();
      if (!actor) return signedOut(request);
      if (actor.mustChangePassword || !can(actor, options.permission)) return notFound();
      const query = Object.fromEntries(new URL(request.url).searchParams);
      const parsed = options.params.safeParse({ ...query, ...(await route.params) });
      if (!parsed.success) {
        const fields = Object.keys(fieldErrorsOf(parsed.error)).join(", ");
        return new Response(`Bad request: check ${fields}`, { status: 400, headers: { "content-type": "text/plain" } });
      }
      return await handler({ actor, db: getDb(), input: parsed.data, request });
    } catch (error) {
      if (error instanceof NotFoundError) return notFound();
      if (error instanceof DomainError) return new Response(error.message, { status: 400 });
      if (isDatabaseUnavailable(error)) {
        console.error(`route handler refused: ${describeDatabaseFailure(error)}`);
        return new Response(DATABASE_UNAVAILABLE_MESSAGE, { status: 503, headers: { "content-type": "text/plain; charset=utf-8", "retry-after": "30" } });
      }
      console.error("route handler failed", error);
      return new Response("Something went wrong", { status: 500 });
    }
  };
}

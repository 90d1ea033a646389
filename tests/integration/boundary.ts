// A domain call as a server action makes it: the values parsed with the action's schema, the
// actor's summit added, then the mutation. A refusal of the parse is a rejected promise like the
// domain's own, so a test awaits both the same way.
import type { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/db";
import { parseInput } from "@/lib/validation";

export const throughBoundary =
  (db: Db) =>
  <S extends z.ZodType<object>, R>(
    call: (db: Db, actor: Actor, input: z.output<S> & { summitId: string }) => Promise<R>,
    actor: Actor,
    schema: S,
    summitId: string,
    values: z.input<S>,
  ): Promise<R> =>
    Promise.resolve().then(() => call(db, actor, { ...(parseInput(schema, values) as z.output<S> & object), summitId }));

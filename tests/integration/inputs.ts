// A mutation's input as a server action hands it over: parsed once with the action's schema (as
// the gate does, lib/auth/gate.ts), in the summit the action adds. Tests call the mutations with
// it, so they go through the same boundary as the app.
import type { z } from "zod";
import { parseInput, type InSummit } from "@/lib/validation";

export function inSummit<S extends z.ZodType>(schema: S, summitId: string, raw: z.input<S>): InSummit<z.output<S>> {
  return { ...(parseInput(schema, raw) as object), summitId } as InSummit<z.output<S>>;
}

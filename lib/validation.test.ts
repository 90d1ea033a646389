// parseInput, for input no gate has parsed (scripts, a file's rows, tests): a refusal with a code
// and its words in every language, as a thrown domain error must carry.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ValidationError } from "@/lib/errors";
import { errorsNl } from "@/lib/i18n/errors";
import { id, localDateTime, optionalText, parseInput } from "@/lib/validation";

const schema = z.object({ agencyId: id, startsAt: localDateTime("start"), note: optionalText(5) });

describe("parseInput", () => {
  it("returns the schema's output: trimmed ids, null for empty optional text", () => {
    expect(parseInput(schema, { agencyId: " a1 ", startsAt: "2025-06-24T19:30", note: "" })).toEqual({ agencyId: "a1", startsAt: "2025-06-24T19:30", note: null });
  });

  it("refuses one field with that field's sentence, in English and in Dutch", () => {
    const error = (() => {
      try {
        parseInput(schema, { agencyId: "", startsAt: "2025-06-24T19:30" });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ValidationError);
    const refused = error as ValidationError;
    expect(refused.code).toBe("checkFields");
    expect(refused.saidIn("en")).toEqual({ message: "Choose one.", fieldErrors: { agencyId: "Choose one." } });
    expect(refused.saidIn("nl")).toEqual({ message: errorsNl.chooseOne, fieldErrors: { agencyId: errorsNl.chooseOne } });
  });

  it("refuses several fields with the form's sentence, each field with its own", () => {
    try {
      parseInput(schema, { agencyId: "", startsAt: "24-06-2025", note: "too long" });
      expect.unreachable();
    } catch (e) {
      const nl = (e as ValidationError).saidIn("nl");
      expect(nl.message).toBe(errorsNl.checkFields);
      expect(Object.keys(nl.fieldErrors).sort()).toEqual(["agencyId", "note", "startsAt"]);
      expect(nl.fieldErrors.note).toBe(errorsNl.atMostChars(5));
    }
  });
});

// Shortfalls in words, in the summit's zone (the unit tests run under Asia/Kathmandu).
import { describe, expect, it } from "vitest";
import { phraseText } from "@/lib/i18n";
import { periodsPhrase, shortfallText } from "./describe";
import type { Span } from "@/lib/time";
import type { CoverageTask } from "./types";

const ZONE = "Europe/Amsterdam";
const t = (hhmm: string) => new Date(`2025-06-24T${hhmm}:00+02:00`);
const someTask = { id: "p" } as CoverageTask;
const gap = (startsAt: string, endsAt: string | null, uncovered: [string, string][], tasks: CoverageTask[] = [someTask]) => ({
  startsAt: t(startsAt),
  endsAt: endsAt === null ? null : t(endsAt),
  tasks,
  uncovered: uncovered.map(([a, b]): Span => ({ startsAt: t(a), endsAt: t(b) })),
});

describe("shortfallText", () => {
  it("keeps the plain wording when there is no task at all", () => {
    expect(shortfallText(gap("19:30", "22:30", [["19:30", "22:30"]], []), "security perimeter", ZONE)).toBe("has no security perimeter coverage");
  });

  it("says until when, or from when, the coverage holds and which period is open", () => {
    expect(shortfallText(gap("19:30", "23:30", [["22:30", "23:30"]]), "security perimeter", ZONE))
      .toBe("has security perimeter coverage only until 22:30 (uncovered 22:30–23:30)");
    expect(shortfallText(gap("19:30", "23:30", [["19:30", "20:00"]]), "security perimeter", ZONE))
      .toBe("has security perimeter coverage only from 20:00 (uncovered 19:30–20:00)");
  });

  it("lists holes, and says when the tasks miss the subject's time altogether", () => {
    expect(shortfallText(gap("19:30", "23:30", [["20:00", "21:00"]]), "escort", ZONE)).toBe("has escort coverage with a gap (uncovered 20:00–21:00)");
    expect(shortfallText(gap("19:30", "23:30", [["19:30", "20:00"], ["21:00", "23:30"]]), "escort", ZONE))
      .toBe("has escort coverage with gaps (uncovered 19:30–20:00, 21:00–23:30)");
    expect(shortfallText(gap("19:30", "22:30", [["19:30", "22:30"]]), "escort", ZONE)).toBe("has no escort coverage during its time (uncovered 19:30–22:30)");
    expect(shortfallText(gap("14:00", null, [["14:00", "14:00"]]), "escort", ZONE)).toBe("has no escort coverage at its time (uncovered 14:00)");
  });

  it("names the day of a time past the subject's first day, so a gap over midnight is not ambiguous", () => {
    const at = (iso: string) => new Date(iso);
    const overnight = { startsAt: at("2025-06-23T08:00:00Z"), endsAt: at("2025-06-25T08:00:00Z"), tasks: [someTask], uncovered: [{ startsAt: at("2025-06-24T08:00:00Z"), endsAt: at("2025-06-25T08:00:00Z") }] };
    expect(shortfallText(overnight, "security perimeter", ZONE)).toBe(
      "has security perimeter coverage only until Tue 24 Jun 10:00 (uncovered Tue 24 Jun 10:00–Wed 25 Jun 10:00)",
    );
    const pastMidnight = gap("22:00", "23:30", [["23:00", "23:30"]]);
    pastMidnight.endsAt = at("2025-06-24T22:30:00Z");
    pastMidnight.uncovered = [{ startsAt: t("23:00"), endsAt: at("2025-06-24T22:30:00Z") }];
    expect(shortfallText(pastMidnight, "escort", ZONE)).toBe("has escort coverage only until 23:00 (uncovered 23:00–Wed 25 Jun 00:30)");
    // The coverage matrix says the same open periods in the reader's language.
    expect(phraseText(periodsPhrase(pastMidnight.uncovered, ZONE, pastMidnight.startsAt), "en")).toBe("23:00–Wed 25 Jun 00:30");
    expect(phraseText(periodsPhrase(pastMidnight.uncovered, ZONE, pastMidnight.startsAt), "nl")).toBe("23:00–wo 25 jun 00:30");
  });
});

// The two dictionaries side by side: the Dictionary type makes both complete at compile time;
// this checks what the type cannot: no empty words, the same arity for every worded phrase, every
// task type and status named in both languages, and the task day page's Dutch reads as Dutch.
import { describe, expect, it } from "vitest";
import { TaskStatus, TaskType } from "@/lib/generated/prisma/enums";
import { en } from "./en";
import { nl } from "./nl";
import { dictionary, formatIsoDay } from "./index";

type Leaf = { path: string; value: unknown };

function leaves(value: unknown, path = ""): Leaf[] {
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([key, v]) => leaves(v, path ? `${path}.${key}` : key));
  }
  return [{ path, value }];
}

describe("dictionaries", () => {
  it("have the same keys in English and Dutch", () => {
    expect(leaves(nl).map((l) => l.path)).toEqual(leaves(en).map((l) => l.path));
  });

  it("have no empty words, and phrases take the same arguments in both languages", () => {
    const dutch = new Map(leaves(nl).map((l) => [l.path, l.value]));
    for (const { path, value } of leaves(en)) {
      const other = dutch.get(path);
      expect(typeof other, path).toBe(typeof value);
      if (typeof value === "string") {
        expect(value.trim(), path).not.toBe("");
        expect(String(other).trim(), path).not.toBe("");
      } else if (typeof value === "function") {
        expect((other as (...args: unknown[]) => unknown).length, path).toBe(value.length);
      }
    }
  });

  it("name every task type and status in both languages, differently where Dutch has its own word", () => {
    for (const t of [en, nl]) {
      expect(Object.keys(t.tasks.type).sort()).toEqual(Object.values(TaskType).sort());
      expect(Object.keys(t.tasks.status).sort()).toEqual(Object.values(TaskStatus).sort());
    }
    expect(nl.tasks.type.ROAD_CLOSURE).toBe("Wegafsluiting");
    expect(nl.tasks.status.PLANNED).toBe("Gepland");
    expect(Object.values(TaskStatus).filter((s) => nl.tasks.status[s] === en.tasks.status[s])).toEqual([]);
  });
});

describe("the task day page's words", () => {
  it("read as before in English", () => {
    const t = dictionary("en").tasksPage;
    expect(t.title(formatIsoDay("2025-06-24", "en"))).toBe("Tasks · Tue 24 Jun 2025");
    expect(t.subtitle("National Police", "Europe/Amsterdam")).toBe("National Police · times in Europe/Amsterdam");
    expect(t.taskLabel(en.tasks.type.ESCORT, "10:00", "11:30", "Transfer · Iceland")).toBe("Escort 10:00–11:30 for Transfer · Iceland");
    expect([t.count(1), t.count(2)]).toEqual(["1 task", "2 tasks"]);
    expect(t.noTasksFor(null, "Tue 24 Jun 2025")).toBe("There are no tasks for any agency on Tue 24 Jun 2025.");
    expect(t.changes.count(1)).toBe("1 unacknowledged change");
  });

  it("read as Dutch in Dutch", () => {
    const t = dictionary("nl").tasksPage;
    expect(t.title(formatIsoDay("2025-06-24", "nl"))).toBe("Taken · di 24 jun 2025");
    expect(t.subtitle("Nationale Politie", "Europe/Amsterdam")).toBe("Nationale Politie · tijden in Europe/Amsterdam");
    expect(t.taskLabel(nl.tasks.type.ESCORT, "10:00", "11:30", "Verplaatsing · IJsland")).toBe("Escorte 10:00–11:30 voor Verplaatsing · IJsland");
    expect([t.count(1), t.count(3)]).toEqual(["1 taak", "3 taken"]);
    expect(t.noTasksFor("Politie", "di 24 jun 2025")).toBe("Er zijn geen taken voor Politie op di 24 jun 2025.");
    expect([t.changes.count(1), t.changes.count(2)]).toEqual(["1 onbevestigde wijziging", "2 onbevestigde wijzigingen"]);
    expect(t.downloads.download("PDF")).toBe("PDF downloaden");
  });
});

describe("dates in the reader's language", () => {
  it("name weekday and month from the dictionary, with or without the year, in 24-hour time", async () => {
    const { formatInstantDay, formatIsoDayMonth, formatMoment } = await import("./index");
    expect(formatIsoDayMonth("2025-06-24", "nl")).toBe("di 24 jun");
    expect(formatIsoDayMonth("2025-06-24", "en")).toBe("Tue 24 Jun");
    const late = new Date("2025-06-24T20:30:00Z");
    expect(formatInstantDay(late, "Europe/Amsterdam", "nl")).toBe("di 24 jun 2025");
    expect(formatInstantDay(late, "Asia/Tokyo", "nl")).toBe("wo 25 jun 2025");
    expect(formatMoment(late, "Europe/Amsterdam", "nl")).toBe("di 24 jun 2025 22:30");
  });
});

describe("the planners' pages", () => {
  it("name every conflict kind the engine reports, in both languages", async () => {
    const { CONFLICT_TYPES } = await import("@/lib/scheduling");
    for (const type of CONFLICT_TYPES) {
      expect((en.planning.conflicts.kind as Record<string, string>)[type], type).toBeTruthy();
      expect((nl.planning.conflicts.kind as Record<string, string>)[type], type).not.toBe((en.planning.conflicts.kind as Record<string, string>)[type]);
    }
  });
});

describe("every English word has its Dutch", () => {
  it("a non-empty Dutch string for each English string, and a Dutch phrase that says something for each English one", () => {
    const dutch = new Map(leaves(nl).map((l) => [l.path, l.value]));
    let phrases = 0;
    for (const { path, value } of leaves(en)) {
      const other = dutch.get(path);
      expect(other, path).toBeDefined();
      if (typeof value === "string") expect(String(other).trim().length, path).toBeGreaterThan(0);
      if (typeof value !== "function") continue;
      // Filled with a number, or with a name where the phrase needs text.
      const fill = (fn: (...args: unknown[]) => unknown) => {
        for (const arg of [3, "Iceland"]) {
          try {
            return fn(...Array.from({ length: fn.length }, () => arg));
          } catch {
            // a phrase that calls a string method on its argument
          }
        }
        return undefined;
      };
      const english = fill(value as (...args: unknown[]) => unknown);
      if (typeof english !== "string") continue;
      const said = fill(other as (...args: unknown[]) => unknown);
      expect(typeof said, path).toBe("string");
      expect(String(said).trim().length, path).toBeGreaterThan(0);
      phrases++;
    }
    expect(phrases).toBeGreaterThan(50);
  });
});

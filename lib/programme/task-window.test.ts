import { describe, expect, it } from "vitest";
import { itemRows, movementRows, taskRows } from "@/lib/demo/rows";
import { DEMO_TIME_ZONE } from "@/lib/demo/time";
import { taskWindowErrors, taskWindowRefusal } from "./task-window";

const t = (hhmm: string, day = 24) => new Date(`2025-06-${day}T${hhmm}:00+02:00`);
const dinner = { startsAt: t("19:30"), endsAt: t("22:30") };

describe("taskWindowErrors", () => {
  it("accepts a window around the subject, up to six hours before and after", () => {
    expect(taskWindowErrors({ startsAt: t("13:30"), endsAt: t("23:30") }, dinner, DEMO_TIME_ZONE)).toEqual({});
    expect(taskWindowErrors({ startsAt: t("22:30"), endsAt: t("04:30", 25) }, dinner, DEMO_TIME_ZONE)).toEqual({});
  });

  it("refuses a start or end more than six hours away, naming the subject's time in the summit zone", () => {
    const early = taskWindowErrors({ startsAt: t("13:29"), endsAt: t("20:00") }, dinner, DEMO_TIME_ZONE);
    expect(Object.keys(early)).toEqual(["startsAt"]);
    expect(early.startsAt).toBe("Keep the task within 6 hours of what it covers (Tue 24 Jun 2025 19:30–22:30).");
    const late = taskWindowErrors({ startsAt: t("20:00"), endsAt: t("04:31", 25) }, dinner, DEMO_TIME_ZONE);
    expect(Object.keys(late)).toEqual(["endsAt"]);
    const nextDay = taskWindowErrors({ startsAt: t("19:30", 25), endsAt: t("22:30", 25) }, dinner, DEMO_TIME_ZONE);
    expect(Object.keys(nextDay).sort()).toEqual(["endsAt", "startsAt"]);
  });

  it("words the refusal in Dutch too, the subject's day named in Dutch", () => {
    const early = taskWindowRefusal({ startsAt: t("13:29"), endsAt: t("20:00") }, dinner, DEMO_TIME_ZONE);
    expect(early.said.nl.fieldErrors).toEqual({ startsAt: "Houd de taak binnen 6 uur van wat zij dekt (di 24 jun 2025 19:30–22:30)." });
    expect(taskWindowRefusal({ startsAt: t("20:00"), endsAt: t("20:00") }, dinner, DEMO_TIME_ZONE).said.nl.fieldErrors).toEqual({ endsAt: "Het einde moet na het begin liggen." });
  });

  it("refuses an end before the start", () => {
    expect(taskWindowErrors({ startsAt: t("20:00"), endsAt: t("20:00") }, dinner, DEMO_TIME_ZONE)).toEqual({ endsAt: "The end must be after the start." });
  });

  it("measures a departure from its take-off time", () => {
    const departure = { startsAt: t("12:00", 25), endsAt: null };
    expect(taskWindowErrors({ startsAt: t("10:30", 25), endsAt: t("12:15", 25) }, departure, DEMO_TIME_ZONE)).toEqual({});
    expect(Object.keys(taskWindowErrors({ startsAt: t("10:30", 25), endsAt: t("18:01", 25) }, departure, DEMO_TIME_ZONE))).toEqual(["endsAt"]);
  });

  it("every demo task lies within its subject's window", () => {
    const items = new Map(itemRows().map((i) => [i.id!, { startsAt: i.startsAt as Date, endsAt: i.endsAt as Date }]));
    const movements = new Map(movementRows().map((m) => [m.id!, { startsAt: m.startsAt as Date, endsAt: (m.endsAt as Date | null) ?? null }]));
    const bad = taskRows().filter((task) => {
      const subject = task.itemId ? items.get(task.itemId) : movements.get(task.movementId!);
      return !subject || Object.keys(taskWindowErrors({ startsAt: task.startsAt as Date, endsAt: task.endsAt as Date }, subject, DEMO_TIME_ZONE)).length > 0;
    });
    expect(taskRows()).toHaveLength(528);
    expect(bad.map((b) => b.id)).toEqual([]);
  });
});

// What a planner can attach a task to on one day: the day's items and movements, as options.
import type { Actor } from "@/lib/auth/actor";
import type { DbOrTx } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { dayBounds, formatTime, type IsoDay, toLocalInput } from "@/lib/time";
import { dictionary, type Lang } from "@/lib/i18n";
import { mayEditTasks } from "./policy";

export type SubjectOption = {
  /** "item:<id>" or "movement:<id>", the form's value. */
  value: string;
  label: string;
  /** Suggested task window: the subject's own times, as datetime-local values. */
  startsAt: string;
  endsAt: string;
};

const DEPARTURE_MINUTES = 30;

export async function taskSubjectOptions(
  db: DbOrTx,
  actor: Actor,
  summit: { id: string; timeZone: string },
  day: IsoDay,
  lang: Lang = "en",
): Promise<{ items: SubjectOption[]; movements: SubjectOption[] }> {
  const kinds = dictionary(lang).movementKind;
  if (!mayEditTasks(actor)) throw new NotFoundError();
  const bounds = dayBounds(day, summit.timeZone);
  const tz = summit.timeZone;
  const [items, movements] = await Promise.all([
    db.programmeItem.findMany({
      where: { summitId: summit.id, status: { not: "CANCELLED" }, startsAt: { lt: bounds.endsAt }, endsAt: { gt: bounds.startsAt } },
      select: { id: true, title: true, startsAt: true, endsAt: true, space: { select: { venue: { select: { name: true } } } } },
      orderBy: [{ startsAt: "asc" }, { title: "asc" }],
    }),
    db.movement.findMany({
      where: { summitId: summit.id, startsAt: { gte: bounds.startsAt, lt: bounds.endsAt } },
      select: {
        id: true, kind: true, startsAt: true, endsAt: true, delegation: { select: { name: true } },
        fromVenue: { select: { name: true } }, toVenue: { select: { name: true } },
      },
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    }),
  ]);
  return {
    items: items.map((i) => ({
      value: `item:${i.id}`,
      label: `${formatTime(i.startsAt, tz)}–${formatTime(i.endsAt, tz)} ${i.title}${i.space ? ` (${i.space.venue.name})` : ""}`,
      startsAt: toLocalInput(i.startsAt, tz),
      endsAt: toLocalInput(i.endsAt, tz),
    })),
    movements: movements.map((m) => {
      const route = [m.fromVenue?.name, m.toVenue?.name].filter(Boolean).join(" → ");
      const endsAt = m.endsAt ?? new Date(m.startsAt.getTime() + DEPARTURE_MINUTES * 60_000);
      return {
        value: `movement:${m.id}`,
        label: `${formatTime(m.startsAt, tz)} ${kinds[m.kind]} · ${m.delegation.name}${route ? ` (${route})` : ""}`,
        startsAt: toLocalInput(m.startsAt, tz),
        endsAt: toLocalInput(endsAt, tz),
      };
    }),
  };
}

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TaskForm } from "@/components/agency/task-form";
import { DaySwitcher } from "@/components/ui/day-switcher";
import { PageHeader } from "@/components/ui/page-header";
import { listAssignableAgencies } from "@/lib/agencies/queries";
import { TASK_TYPES } from "@/lib/agencies/schema";
import { taskSubjectOptions } from "@/lib/agencies/subjects";
import { movementDays } from "@/lib/movements/queries";
import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import type { TaskType } from "@/lib/generated/prisma/enums";
import { getCurrentSummit } from "@/lib/summits/queries";
import { formatDay, isIsoDay, zonedInstant } from "@/lib/time";

export const metadata: Metadata = { title: "New task" };

type Search = { day?: string; subject?: string; type?: string; agency?: string };

export default async function NewTaskPage({ searchParams }: { searchParams: Promise<Search> }) {
  const query = await searchParams;
  const actor = await requireActor("tasks.edit");
  const db = getDb();
  const summit = await getCurrentSummit(db, actor);
  if (!summit) notFound();
  const days = await movementDays(db, summit);
  const day = typeof query.day === "string" && isIsoDay(query.day) && days.includes(query.day) ? query.day : summit.days[0];
  const [agencies, subjects] = await Promise.all([listAssignableAgencies(db, summit.id), taskSubjectOptions(db, actor, summit, day)]);
  const chosen = [...subjects.items, ...subjects.movements].find((o) => o.value === query.subject);
  const type = TASK_TYPES.includes(query.type as TaskType) ? (query.type as TaskType) : "SECURITY_PERIMETER";
  const agencyId = agencies.some((a) => a.id === query.agency) ? query.agency! : "";
  const dayLabel = (d: string) => formatDay(zonedInstant(d, "12:00", summit.timeZone), summit.timeZone);
  const keep = (d: string) => `/tasks/new?day=${d}&type=${type}`;

  return (
    <>
      <PageHeader title="New task" subtitle={`Choose what it covers on ${dayLabel(day)}`}>
        <DaySwitcher days={days} current={day} href={keep} labels={Object.fromEntries(days.map((d) => [d, dayLabel(d)]))} />
      </PageHeader>
      <section className="card">
        <TaskForm
          agencies={agencies}
          subjects={subjects}
          backHref={`/tasks/${day}`}
          initial={{
            agencyId,
            subject: chosen?.value ?? "",
            type,
            startsAt: chosen?.startsAt ?? "",
            endsAt: chosen?.endsAt ?? "",
            location: "",
            note: "",
            staffNotes: "",
          }}
        />
      </section>
    </>
  );
}

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TaskForm } from "@/components/tasks/task-form";
import { DaySwitcher } from "@/components/ui/day-switcher";
import { PageHeader } from "@/components/ui/page-header";
import { listAssignableAgencies } from "@/lib/tasks/queries";
import { TASK_TYPES } from "@/lib/tasks/schema";
import { taskSubjectOptions } from "@/lib/tasks/subjects";
import { movementDays } from "@/lib/movements/queries";
import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import type { TaskType } from "@/lib/generated/prisma/enums";
import { dictionary, formDayOptions, formatIsoDay } from "@/lib/i18n";
import { readerLang } from "@/lib/i18n/reader-lang";
import { getCurrentSummit } from "@/lib/summits/queries";
import { isIsoDay } from "@/lib/time";

export async function generateMetadata(): Promise<Metadata> {
  return { title: dictionary(await readerLang()).editors.pages.newTask };
}

type Search = { day?: string; subject?: string; type?: string; agency?: string };

export default async function NewTaskPage({ searchParams }: { searchParams: Promise<Search> }) {
  const query = await searchParams;
  const actor = await requireActor("tasks.edit");
  const db = getDb();
  const lang = await readerLang();
  const all = dictionary(lang);
  const summit = await getCurrentSummit(db, actor);
  if (!summit) notFound();
  const days = await movementDays(db, summit);
  const day = typeof query.day === "string" && isIsoDay(query.day) && days.includes(query.day) ? query.day : summit.days[0];
  const [agencies, subjects] = await Promise.all([listAssignableAgencies(db, summit.id), taskSubjectOptions(db, actor, summit, day, lang)]);
  const chosen = [...subjects.items, ...subjects.movements].find((o) => o.value === query.subject);
  const type = TASK_TYPES.includes(query.type as TaskType) ? (query.type as TaskType) : "SECURITY_PERIMETER";
  const agencyId = agencies.some((a) => a.id === query.agency) ? query.agency! : "";
  const dayLabel = (d: string) => formatIsoDay(d, lang);
  const keep = (d: string) => `/tasks/items/new?day=${d}&type=${type}`;

  return (
    <>
      <PageHeader title={all.editors.pages.newTask} subtitle={all.editors.pages.chooseSubject(dayLabel(day))}>
        <DaySwitcher days={days} current={day} href={keep} labels={Object.fromEntries(days.map((d) => [d, dayLabel(d)]))} label={all.planning.summitDays} />
      </PageHeader>
      <section className="card">
        <TaskForm
          agencies={agencies}
          subjects={subjects}
          backHref={`/tasks/${day}`}
          days={formDayOptions(summit.days, lang)}
          text={all.forms}
          words={{ common: all.editors.common, task: all.editors.task, types: all.tasks.type }}
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

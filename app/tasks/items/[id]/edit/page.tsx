import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TaskForm } from "@/components/tasks/task-form";
import { PageHeader } from "@/components/ui/page-header";
import { isoDayOf, toLocalInput } from "@/lib/time";
import { getTask, listAssignableAgencies } from "@/lib/tasks/queries";
import { taskSubjectOptions } from "@/lib/tasks/subjects";
import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { dictionary, formDayOptions } from "@/lib/i18n";
import { readerLang } from "@/lib/i18n/reader-lang";
import { getCurrentSummit } from "@/lib/summits/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: dictionary(await readerLang()).editors.pages.editTask };
}

export default async function EditTaskPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor("tasks.edit");
  const db = getDb();
  const lang = await readerLang();
  const all = dictionary(lang);
  const summit = await getCurrentSummit(db, actor);
  if (!summit) notFound();
  const task = await getTask(db, actor, summit.id, id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const tz = summit.timeZone;
  const day = isoDayOf(task.subject?.startsAt ?? task.startsAt, tz);
  const [agencies, subjects] = await Promise.all([listAssignableAgencies(db, summit.id, task.agency.id), taskSubjectOptions(db, actor, summit, day, lang)]);
  const subject = task.subject ? `${task.subject.target === "ITEM" ? "item" : "movement"}:${task.subject.id}` : "";

  return (
    <>
      <PageHeader title={all.editors.pages.editTask} subtitle={all.planning.timesIn(tz)} />
      <section className="card">
        <TaskForm
          agencies={agencies}
          subjects={subjects}
          backHref={`/tasks/${isoDayOf(task.startsAt, tz)}`}
          existing={{ id: task.id, version: task.version }}
          agencyNote={task.agencyNote}
          days={formDayOptions(summit.days, lang)}
          text={all.forms}
          words={{ common: all.editors.common, task: all.editors.task, types: all.tasks.type }}
          initial={{
            agencyId: task.agency.id,
            subject,
            type: task.type,
            startsAt: toLocalInput(task.startsAt, tz),
            endsAt: toLocalInput(task.endsAt, tz),
            location: task.location ?? "",
            note: task.note ?? "",
            staffNotes: task.staffNotes ?? "",
          }}
        />
      </section>
    </>
  );
}

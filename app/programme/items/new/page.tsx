import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ItemForm } from "@/components/programme/item-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { dictionary } from "@/lib/i18n";
import { readerLang } from "@/lib/i18n/reader-lang";
import { dayOptions } from "@/lib/programme/day-labels";
import { itemFormWords } from "@/lib/programme/labels";
import { getItemFormOptions } from "@/lib/programme/editor-queries";
import { getCurrentSummit } from "@/lib/summits/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: dictionary(await readerLang()).editors.pages.newItem };
}

type Search = { day?: string; start?: string; spaceId?: string };

function anHourLater(hhmm: string): string {
  const [h, m] = hhmm.split(":").map(Number);
  const end = Math.min(h * 60 + m + 60, 24 * 60);
  return `${String(Math.floor(end / 60)).padStart(2, "0")}:${String(end % 60).padStart(2, "0")}`;
}

export default async function NewItemPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requireActor("programme.edit");
  const db = getDb();
  const lang = await readerLang(undefined);
  const t = dictionary(lang);
  const summit = await getCurrentSummit(db, actor);
  if (!summit) notFound();
  const query = await searchParams;
  const options = await getItemFormOptions(db, summit);
  const day = query.day && summit.days.includes(query.day) ? query.day : summit.days[0];
  const start = typeof query.start === "string" && /^([01]\d|2[0-3]):[0-5]\d$/.test(query.start) ? query.start : "09:00";
  const knownSpace = options.venues.some((v) => v.spaces.some((s) => s.id === query.spaceId));
  return (
    <>
      <PageHeader title={t.editors.pages.newItem} subtitle={t.planning.timesIn(summit.timeZone)} />
      <div className="card">
        <ItemForm
          timeZone={summit.timeZone}
          days={dayOptions(summit.days, lang)}
          options={options}
          text={t.forms}
          words={itemFormWords(t)}
          defaults={{
            summitId: summit.id,
            kind: "BILATERAL",
            title: "",
            status: "DRAFT",
            visibility: "STAFF",
            day,
            startTime: start,
            endTime: anHourLater(start),
            endsNextDay: false,
            spaceId: knownSpace ? query.spaceId : "",
            delegationIds: [],
            memberIds: [],
          }}
        />
      </div>
    </>
  );
}

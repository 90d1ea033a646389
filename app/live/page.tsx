import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { NoSummit } from "@/components/summits/no-summit";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { dictionary, formatIsoDay } from "@/lib/i18n";
import { readerLang } from "@/lib/i18n/reader-lang";
import { listItemsOfDay, listRecordableMovements } from "@/lib/live/queries";
import { mayRecordItems } from "@/lib/live/policy";
import { getCurrentSummit } from "@/lib/summits/queries";
import { formatTime, isoDayOf } from "@/lib/time";

type Search = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ searchParams }: { searchParams: Search }): Promise<Metadata> {
  return { title: dictionary(await readerLang((await searchParams).lang)).ops.record.metaTitle };
}

/** What the actor may record on a summit day: items (staff) and movements (staff; a coordinator its agency's). */
export default async function LivePage({ searchParams }: { searchParams: Search }) {
  const actor = await requireActor("live.record");
  const db = getDb();
  const summit = await getCurrentSummit(db, actor);
  if (!summit) return <NoSummit actor={actor} />;
  const query = await searchParams;
  const lang = await readerLang(query.lang);
  const t = dictionary(lang).ops;
  const today = isoDayOf(new Date(), summit.timeZone);
  const day = typeof query.day === "string" && summit.days.includes(query.day) ? query.day : summit.days.includes(today) ? today : summit.days[0];
  const [items, movements] = await Promise.all([
    mayRecordItems(actor) ? listItemsOfDay(db, actor, summit, day) : Promise.resolve([]),
    listRecordableMovements(db, actor, summit, day),
  ]);
  const tz = summit.timeZone;
  return (
    <>
      <PageHeader title={t.record.title} subtitle={`${t.record.intro} ${formatIsoDay(day, lang)} · ${tz}`}>
        {can(actor, "live.manage") ? <Link className="button button--secondary" href="/ops">{t.board.title}</Link> : null}
      </PageHeader>
      <form method="get" className="actions" role="search" aria-label={t.record.day}>
        <label htmlFor="live-day">{t.record.day}</label>
        <select id="live-day" name="day" defaultValue={day}>
          {summit.days.map((d) => <option key={d} value={d}>{formatIsoDay(d, lang)}</option>)}
        </select>
        <button className="button button--secondary" type="submit">{t.record.show}</button>
      </form>
      {mayRecordItems(actor) ? (
        <section className="card" aria-labelledby="live-items">
          <h2 id="live-items">{t.record.itemsTitle}</h2>
          {items.length === 0 ? <p className="muted">{t.record.noItems}</p> : (
            <table className="data">
              <thead><tr><th scope="col">{t.record.planned}</th><th scope="col">{t.form.what}</th><th scope="col">{t.form.status}</th></tr></thead>
              <tbody>
                {items.map((i) => (
                  <tr key={i.id}>
                    <td>{formatTime(i.startsAt, tz)}–{formatTime(i.endsAt, tz)}</td>
                    <td><Link href={`/live/items/${i.id}`}>{i.title}</Link></td>
                    <td>{t.form.itemState[i.live?.state ?? "SCHEDULED"]}{i.live?.lateMinutes ? ` ${t.board.late(i.live.lateMinutes)}` : ""}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      ) : null}
      <section className="card" aria-labelledby="live-movements">
        <h2 id="live-movements">{t.record.movementsTitle}</h2>
        {movements.length === 0 ? <EmptyState title={t.record.noMovements} /> : (
          <table className="data">
            <thead><tr><th scope="col">{t.record.planned}</th><th scope="col">{t.form.what}</th><th scope="col">{t.form.status}</th></tr></thead>
            <tbody>
              {movements.map((m) => (
                <tr key={m.id}>
                  <td>{formatTime(m.startsAt, tz)}{m.endsAt ? `–${formatTime(m.endsAt, tz)}` : ""}</td>
                  <td>
                    <Link href={`/live/movements/${m.id}`}>
                      {dictionary(lang).movementKind[m.kind]} · {m.delegation}{m.from || m.to ? `: ${m.from ?? "…"} → ${m.to ?? "…"}` : ""}{m.flight ? ` (${m.flight})` : ""}
                    </Link>
                  </td>
                  <td>
                    {t.form.movementState[m.live?.state ?? "SCHEDULED"]}
                    {m.live?.departedAt ? ` ${formatTime(m.live.departedAt, tz)}` : ""}
                    {m.live?.arrivedAt ? ` → ${formatTime(m.live.arrivedAt, tz)}` : ""}
                    {m.live?.note ? <div className="muted">{m.live.note}</div> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}

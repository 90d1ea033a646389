import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { dictionary, formatMoment } from "@/lib/i18n";
import { readerLang } from "@/lib/i18n/reader-lang";
import { getEditableItem } from "@/lib/programme/editor-queries";
import { getItemHistory } from "@/lib/programme/history";
import { getCurrentSummit } from "@/lib/summits/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: dictionary(await readerLang()).editors.pages.history.metaTitle };
}

export default async function ItemHistoryPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor("programme.edit");
  const { id } = await params;
  const db = getDb();
  const summit = await getCurrentSummit(db, actor);
  if (!summit) notFound();
  const item = await getEditableItem(db, summit, id);
  if (!item) notFound();
  const lang = await readerLang();
  const all = dictionary(lang);
  const t = all.editors.pages.history;
  const entries = await getItemHistory(db, summit, id, lang);
  const tz = summit.timeZone;

  return (
    <>
      <PageHeader title={t.title(item.title)} subtitle={all.planning.timesIn(tz)}>
        <Link href={`/programme/items/${id}/edit`}>{t.edit}</Link>
      </PageHeader>
      {entries.length === 0 ? (
        <EmptyState title={t.none}>{t.noneHint}</EmptyState>
      ) : (
        <table className="data">
          <thead>
            <tr>
              <th scope="col">{t.when}</th>
              <th scope="col">{t.who}</th>
              <th scope="col">{t.what}</th>
              <th scope="col">{t.changes}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id}>
                <td className="time">{formatMoment(e.at, tz, lang)}</td>
                <td>{e.actorName}</td>
                <td>{(t.action as Record<string, string | undefined>)[e.action] ?? e.action}</td>
                <td>
                  {e.changes.length === 0 ? (
                    <span className="muted">{t.unchanged}</span>
                  ) : (
                    <ul>
                      {e.changes.map((c) => (
                        <li key={c.field}>
                          <strong>{c.field}</strong>: {c.before ? <>{c.before} → </> : null}{c.after}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

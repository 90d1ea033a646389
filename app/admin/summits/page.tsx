import type { Metadata } from "next";
import Link from "next/link";
import styles from "@/components/summits/summits.module.css";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { dictionary, formatIsoDay, formatMoment } from "@/lib/i18n";
import { readerLang } from "@/lib/i18n/reader-lang";
import { listSummits } from "@/lib/summits/queries";

type Search = { lang?: string };

export async function generateMetadata({ searchParams }: { searchParams: Promise<Search> }): Promise<Metadata> {
  return { title: dictionary(await readerLang((await searchParams).lang)).summits.metaTitle };
}

export default async function SummitsPage({ searchParams }: { searchParams: Promise<Search> }) {
  await requireActor("summits.manage");
  const lang = await readerLang((await searchParams).lang);
  const t = dictionary(lang);
  const w = t.summits;
  const summits = await listSummits(getDb());
  return (
    <>
      <PageHeader title={w.title} subtitle={w.count(summits.length)}>
        <Link className="button" href="/admin/summits/new">{w.newSummit}</Link>
      </PageHeader>
      {summits.length === 0 ? (
        <EmptyState title={w.none}>
          <Link href="/admin/summits/new">{t.summits.empty.create}</Link>
        </EmptyState>
      ) : (
        <table className="data">
          <thead>
            <tr>
              <th scope="col">{w.columns.name}</th>
              <th scope="col">{w.columns.host}</th>
              <th scope="col">{w.columns.dates}</th>
              <th scope="col">{w.columns.timeZone}</th>
              <th scope="col">{w.columns.status}</th>
            </tr>
          </thead>
          <tbody>
            {summits.map((s) => (
              <tr key={s.id} className={s.archivedAt ? styles.archived : undefined}>
                <td>
                  <Link href={`/admin/summits/${s.id}`}>{s.name}</Link> <span className="muted">{s.slug}</span>
                </td>
                <td>{s.host}</td>
                <td>{w.dates(formatIsoDay(s.firstDay, lang), formatIsoDay(s.lastDay, lang))}</td>
                <td>{s.timeZone}</td>
                <td>
                  {s.archivedAt ? (
                    <Badge variant="status-CANCELLED">
                      <span title={w.archivedSince(formatMoment(s.archivedAt, s.timeZone, lang))}>{w.archived}</span>
                    </Badge>
                  ) : (
                    <Badge variant="status-CONFIRMED">{w.live}</Badge>
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

import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ConflictList } from "@/components/conflicts/conflict-list";
import { CancelItemButton } from "@/components/programme/cancel-item-button";
import { SavedNotice } from "@/components/forms/saved-notice";
import { ItemForm } from "@/components/programme/item-form";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { itemConflictRows } from "@/lib/conflicts/item-conflicts";
import { getDb } from "@/lib/db";
import { dictionary } from "@/lib/i18n";
import { fillIn } from "@/lib/i18n/forms";
import { readerLang } from "@/lib/i18n/reader-lang";
import { dayOptions } from "@/lib/programme/day-labels";
import { itemFormWords } from "@/lib/programme/labels";
import { getEditableItem, getItemFormOptions, getLinkedTransfers } from "@/lib/programme/editor-queries";
import { formatTime } from "@/lib/time";
import { getCurrentSummit } from "@/lib/summits/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: dictionary(await readerLang()).editors.pages.editItem };
}

export default async function EditItemPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> }) {
  const actor = await requireActor("programme.edit");
  const { id } = await params;
  const { saved } = await searchParams;
  const db = getDb();
  const t = dictionary(await readerLang(undefined));
  const summit = await getCurrentSummit(db, actor);
  if (!summit) notFound();
  const item = await getEditableItem(db, summit, id);
  if (!item) notFound();
  const [options, conflicts, transfers] = await Promise.all([
    getItemFormOptions(db, summit),
    itemConflictRows(db, summit, { id, startsAt: item.startsAt, endsAt: item.endsAt }),
    getLinkedTransfers(db, summit.id, id),
  ]);
  const tz = summit.timeZone;
  const lang = await readerLang(undefined);
  const p = t.editors.pages.item;

  return (
    <>
      <PageHeader title={item.title} subtitle={t.planning.timesIn(summit.timeZone)}>
        <nav className="actions" aria-label={p.nav}>
          <Link href={`/timeline/${item.day}`}>{p.timelineOfDay}</Link>
          <Link href={`/programme/items/${id}/history`}>{p.history}</Link>
        </nav>
      </PageHeader>
      {saved === String(item.values.version) ? <SavedNotice text={fillIn(t.forms.saved.savedVersion, { n: item.values.version })} /> : null}
      <section className="card" aria-labelledby="conflicts-heading">
        <h2 id="conflicts-heading">{p.conflicts}</h2>
        {item.status === "CANCELLED" ? (
          <EmptyState title={p.cancelled}>{p.cancelledHint}</EmptyState>
        ) : conflicts.length === 0 ? (
          <EmptyState title={p.noConflicts}>{p.noConflictsHint}</EmptyState>
        ) : (
          <ConflictList conflicts={conflicts} timeZone={summit.timeZone} currentItemId={id} />
        )}
      </section>
      <section className="card" aria-labelledby="edit-heading">
        <h2 id="edit-heading">{p.details}</h2>
        <ItemForm
          key={item.values.version}
          timeZone={summit.timeZone}
          days={dayOptions(summit.days, lang)}
          options={options}
          text={t.forms}
          words={itemFormWords(t)}
          defaults={item.values}
        />
      </section>
      <section className="card" aria-labelledby="transfers-heading">
        <h2 id="transfers-heading">{p.transfers}</h2>
        {transfers.length === 0 ? (
          <p className="muted">{p.noTransfers}</p>
        ) : (
          <>
            <p className="muted">{p.transfersHint}</p>
            <ul aria-label={p.transfers}>
              {transfers.map((tr) => (
                <li key={tr.id}>
                  <Link href={`/movements/items/${tr.id}/edit`}>
                    {tr.delegation}: {tr.from ?? "?"} → {tr.to ?? "?"}, {formatTime(tr.startsAt, tz)}{tr.endsAt ? `–${formatTime(tr.endsAt, tz)}` : ""}
                  </Link>{" "}
                  <span className="muted">({tr.direction === "to" ? p.arrivesBefore : p.leavesWhen})</span>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      {item.status !== "CANCELLED" ? (
        <section className="card" aria-labelledby="cancel-heading">
          <h2 id="cancel-heading">{p.cancel}</h2>
          <CancelItemButton id={id} version={item.values.version} text={t.editors.cancelItem} />
        </section>
      ) : null}
    </>
  );
}

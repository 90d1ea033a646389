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
import { getEditableItem, getItemFormOptions, getLinkedTransfers } from "@/lib/programme/editor-queries";
import { formatTime } from "@/lib/time";
import { getCurrentSummit } from "@/lib/summits/queries";

export const metadata: Metadata = { title: "Edit programme item" };

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

  return (
    <>
      <PageHeader title={item.title} subtitle={`Times in ${summit.timeZone}`}>
        <nav className="actions" aria-label="Item">
          <Link href={`/timeline/${item.day}`}>Timeline of the day</Link>
          <Link href={`/programme/items/${id}/history`}>History</Link>
        </nav>
      </PageHeader>
      {saved === String(item.values.version) ? <SavedNotice text={fillIn(t.forms.saved.savedVersion, { n: item.values.version })} /> : null}
      <section className="card" aria-labelledby="conflicts-heading">
        <h2 id="conflicts-heading">Conflicts</h2>
        {item.status === "CANCELLED" ? (
          <EmptyState title="Cancelled">A cancelled item never conflicts.</EmptyState>
        ) : conflicts.length === 0 ? (
          <EmptyState title="No conflicts">Nothing clashes with this item.</EmptyState>
        ) : (
          <ConflictList conflicts={conflicts} timeZone={summit.timeZone} currentItemId={id} />
        )}
      </section>
      <section className="card" aria-labelledby="edit-heading">
        <h2 id="edit-heading">Details</h2>
        <ItemForm
          key={item.values.version}
          timeZone={summit.timeZone}
          days={dayOptions(summit.days, summit.timeZone)}
          options={options}
          text={t.forms}
          defaults={item.values}
        />
      </section>
      <section className="card" aria-labelledby="transfers-heading">
        <h2 id="transfers-heading">Transfers serving this item</h2>
        {transfers.length === 0 ? (
          <p className="muted">No transfer is linked to this item. Link one from its movement form (Goes to item / Leaves from item).</p>
        ) : (
          <>
            <p className="muted">They follow the item when it moves (those going to it by its start, those leaving it by its end). Cancelling the item leaves them planned: cancel or change them under Movements.</p>
            <ul aria-label="Transfers serving this item">
              {transfers.map((t) => (
                <li key={t.id}>
                  <Link href={`/movements/edit/${t.id}`}>
                    {t.delegation}: {t.from ?? "?"} → {t.to ?? "?"}, {formatTime(t.startsAt, tz)}{t.endsAt ? `–${formatTime(t.endsAt, tz)}` : ""}
                  </Link>{" "}
                  <span className="muted">({t.direction === "to" ? "arrives before it starts" : "leaves when it ends"})</span>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      {item.status !== "CANCELLED" ? (
        <section className="card" aria-labelledby="cancel-heading">
          <h2 id="cancel-heading">Cancel</h2>
          <CancelItemButton id={id} version={item.values.version} />
        </section>
      ) : null}
    </>
  );
}

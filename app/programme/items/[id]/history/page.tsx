import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { getEditableItem } from "@/lib/programme/editor-queries";
import { getItemHistory } from "@/lib/programme/history";
import { getCurrentSummit } from "@/lib/summits/queries";
import { formatDay, formatTime } from "@/lib/time";

export const metadata: Metadata = { title: "Item history" };

const ACTION_LABEL: Record<string, string> = { create: "Created", update: "Changed", move: "Moved", cancel: "Cancelled" };

export default async function ItemHistoryPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor("programme.edit");
  const { id } = await params;
  const db = getDb();
  const summit = await getCurrentSummit(db, actor);
  if (!summit) notFound();
  const item = await getEditableItem(db, summit, id);
  if (!item) notFound();
  const entries = await getItemHistory(db, summit, id);
  const tz = summit.timeZone;

  return (
    <>
      <PageHeader title={`History · ${item.title}`} subtitle={`Times in ${tz}`}>
        <Link href={`/programme/items/${id}/edit`}>Edit the item</Link>
      </PageHeader>
      {entries.length === 0 ? (
        <EmptyState title="No recorded changes">This item was created before changes were recorded.</EmptyState>
      ) : (
        <table className="data">
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Who</th>
              <th scope="col">What</th>
              <th scope="col">Changes</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id}>
                <td className="time">{formatDay(e.at, tz)} {formatTime(e.at, tz)}</td>
                <td>{e.actorName}</td>
                <td>{ACTION_LABEL[e.action] ?? e.action}</td>
                <td>
                  {e.changes.length === 0 ? (
                    <span className="muted">Saved without changes</span>
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

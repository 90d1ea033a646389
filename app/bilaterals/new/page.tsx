import type { Metadata } from "next";
import { RequestBilateralForm } from "@/components/bilaterals/request-form";
import { dayOptions } from "@/components/bilaterals/summit-days";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { requestFormOptions } from "@/lib/bilaterals/queries";
import { getDb } from "@/lib/db";
import { getCurrentSummit } from "@/lib/summits/queries";
import { NoSummit } from "@/components/summits/no-summit";

export const metadata: Metadata = { title: "Request a bilateral" };

export default async function NewBilateralPage() {
  const actor = await requireActor("bilateral.request");
  const db = getDb();
  const summit = await getCurrentSummit(db, actor);
  if (!summit) return <NoSummit actor={actor} />;
  const { own, delegations } = await requestFormOptions(db, actor, summit.id);
  return (
    <>
      <PageHeader title="Request a bilateral" subtitle="The planners propose a slot and a room; every delegation then accepts it." />
      <div className="card">
        {own.length === 0 ? (
          <EmptyState title="No delegation assigned">You can request bilaterals once a delegation is assigned to you.</EmptyState>
        ) : (
          <RequestBilateralForm own={own} delegations={delegations} days={dayOptions(summit.days, summit.timeZone)} />
        )}
      </div>
    </>
  );
}

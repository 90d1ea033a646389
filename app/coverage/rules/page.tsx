import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CoverageRuleForm } from "@/components/coverage/rule-form";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { COVERAGE_TARGET_LABEL, MOVEMENT_KIND_LABEL, PRINCIPAL_LEVEL_LABEL, TASK_TYPE_LABEL } from "@/lib/agencies/labels";
import { requireActor } from "@/lib/auth/session";
import { listCoverageRules } from "@/lib/coverage/queries";
import { getDb } from "@/lib/db";
import { movementFormOptions } from "@/lib/movements/queries";
import { ITEM_KIND_LABEL } from "@/lib/programme/labels";
import { getCurrentSummit } from "@/lib/summits/queries";

export const metadata: Metadata = { title: "Coverage rules" };

export default async function CoverageRulesPage() {
  const actor = await requireActor("tasks.edit");
  const db = getDb();
  const summit = await getCurrentSummit(db, actor);
  if (!summit) notFound();
  const [rules, { venues }] = await Promise.all([listCoverageRules(db, actor, summit.id), movementFormOptions(db, summit.id)]);

  return (
    <>
      <PageHeader title="Coverage rules" subtitle="Which items and movements need which agency tasks. Gaps show on the coverage matrix and as conflicts.">
        <Link href="/coverage">Coverage matrix</Link>
      </PageHeader>
      {rules.length === 0 ? (
        <EmptyState title="No rules yet">Add one below: nothing is required until a rule says so.</EmptyState>
      ) : (
        <section className="card" aria-label="Rules">
          <table className="data">
            <thead>
              <tr>
                <th scope="col">Rule</th>
                <th scope="col">Applies to</th>
                <th scope="col">Filters</th>
                <th scope="col">Needs</th>
              </tr>
            </thead>
            <tbody>
              {rules.map((r) => (
                <tr key={r.id}>
                  <td><Link href={`/coverage/rules/${r.id}`}>{r.description}</Link></td>
                  <td>{COVERAGE_TARGET_LABEL[r.target]}</td>
                  <td>
                    {[
                      r.itemKind ? ITEM_KIND_LABEL[r.itemKind] : null,
                      r.movementKind ? MOVEMENT_KIND_LABEL[r.movementKind] : null,
                      r.venue ? `at ${r.venue.name}` : null,
                      r.principalLevel ? PRINCIPAL_LEVEL_LABEL[r.principalLevel] : null,
                    ].filter(Boolean).join(" · ") || "All"}
                  </td>
                  <td>{TASK_TYPE_LABEL[r.requiredType]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      <section className="card" aria-labelledby="new-rule">
        <h2 id="new-rule">New rule</h2>
        <CoverageRuleForm
          venues={venues}
          initial={{ target: "MOVEMENT", itemKind: "", movementKind: "", venueId: "", principalLevel: "", requiredType: "ESCORT", description: "" }}
        />
      </section>
    </>
  );
}

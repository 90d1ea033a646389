import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CoverageRuleForm } from "@/components/coverage/rule-form";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { listCoverageRules } from "@/lib/coverage/queries";
import { getDb } from "@/lib/db";
import { dictionary } from "@/lib/i18n";
import { readerLang } from "@/lib/i18n/reader-lang";
import { movementFormOptions } from "@/lib/movements/queries";
import { getCurrentSummit } from "@/lib/summits/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: dictionary(await readerLang()).planning.coverage.rules.title };
}

export default async function CoverageRulesPage() {
  const actor = await requireActor("tasks.edit");
  const all = dictionary(await readerLang());
  const t = all.planning.coverage.rules;
  const db = getDb();
  const summit = await getCurrentSummit(db, actor);
  if (!summit) notFound();
  const [rules, { venues }] = await Promise.all([listCoverageRules(db, actor, summit.id), movementFormOptions(db, summit.id)]);

  return (
    <>
      <PageHeader title={t.title} subtitle={t.subtitle}>
        <Link href="/coverage">{t.matrixLink}</Link>
      </PageHeader>
      {rules.length === 0 ? (
        <EmptyState title={t.none}>{t.noneHint}</EmptyState>
      ) : (
        <section className="card" aria-label={t.list}>
          <table className="data">
            <thead>
              <tr>
                <th scope="col">{t.rule}</th>
                <th scope="col">{t.appliesTo}</th>
                <th scope="col">{t.filters}</th>
                <th scope="col">{t.needs}</th>
              </tr>
            </thead>
            <tbody>
              {rules.map((r) => (
                <tr key={r.id}>
                  <td><Link href={`/coverage/rules/${r.id}`}>{r.description}</Link></td>
                  <td>{all.planning.coverageTarget[r.target]}</td>
                  <td>
                    {[
                      r.itemKind ? all.itemKind[r.itemKind] : null,
                      r.movementKind ? all.movementKind[r.movementKind] : null,
                      r.venue ? t.at(r.venue.name) : null,
                      r.principalLevel ? all.memberFunction[r.principalLevel] : null,
                    ].filter(Boolean).join(" · ") || t.all}
                  </td>
                  <td>{all.tasks.type[r.requiredType]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      <section className="card" aria-labelledby="new-rule">
        <h2 id="new-rule">{t.newRule}</h2>
        <CoverageRuleForm
          venues={venues}
          words={{ common: all.editors.common, rule: all.editors.rule, itemKinds: all.itemKind, movementKinds: all.movementKind, taskTypes: all.tasks.type }}
          initial={{ target: "MOVEMENT", itemKind: "", movementKind: "", venueId: "", principalLevel: "", requiredType: "ESCORT", description: "" }}
        />
      </section>
    </>
  );
}

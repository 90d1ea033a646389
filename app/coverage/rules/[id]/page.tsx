import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CoverageRuleForm } from "@/components/coverage/rule-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { getCoverageRule } from "@/lib/coverage/queries";
import { getDb } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { dictionary } from "@/lib/i18n";
import { readerLang } from "@/lib/i18n/reader-lang";
import { movementFormOptions } from "@/lib/movements/queries";
import { getCurrentSummit } from "@/lib/summits/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: dictionary(await readerLang()).planning.coverage.rules.editTitle };
}

export default async function EditCoverageRulePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor("tasks.edit");
  const db = getDb();
  const summit = await getCurrentSummit(db, actor);
  if (!summit) notFound();
  const rule = await getCoverageRule(db, actor, summit.id, id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const { venues } = await movementFormOptions(db, summit.id);
  const all = dictionary(await readerLang());
  return (
    <>
      <PageHeader title={all.planning.coverage.rules.editTitle} />
      <section className="card">
        <CoverageRuleForm
          venues={venues}
          existingId={rule.id}
          words={{ common: all.editors.common, rule: all.editors.rule, itemKinds: all.itemKind, movementKinds: all.movementKind, taskTypes: all.tasks.type }}
          initial={{
            target: rule.target,
            itemKind: rule.itemKind ?? "",
            movementKind: rule.movementKind ?? "",
            venueId: rule.venue?.id ?? "",
            principalLevel: rule.principalLevel ?? "",
            requiredType: rule.requiredType,
            description: rule.description,
          }}
        />
      </section>
    </>
  );
}

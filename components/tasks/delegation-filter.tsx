import type { PlanningText } from "@/lib/i18n/planning";

// A plain GET form: works without JavaScript and keeps the filter in the URL (the language is in
// the cookie the proxy keeps).
export function DelegationFilter({ delegations, current, action, t }: {
  delegations: readonly { id: string; name: string }[];
  current: string;
  action?: string;
  t: PlanningText["delegationFilter"];
}) {
  return (
    <form method="get" action={action} className="actions" role="search" aria-label={t.label}>
      <label htmlFor="delegation-filter">{t.delegation}</label>
      <select id="delegation-filter" name="delegation" defaultValue={current}>
        <option value="">{t.all}</option>
        {delegations.map((d) => <option key={d.id} value={d.id}>{d.name}</option>)}
      </select>
      <button className="button button--secondary" type="submit">{t.show}</button>
    </form>
  );
}

// A plain GET form: works without JavaScript and keeps the filter in the URL.
export function DelegationFilter({ delegations, current, action }: {
  delegations: readonly { id: string; name: string }[];
  current: string;
  action?: string;
}) {
  return (
    <form method="get" action={action} className="actions" role="search" aria-label="Filter by delegation">
      <label htmlFor="delegation-filter">Delegation</label>
      <select id="delegation-filter" name="delegation" defaultValue={current}>
        <option value="">All delegations</option>
        {delegations.map((d) => <option key={d.id} value={d.id}>{d.name}</option>)}
      </select>
      <button className="button button--secondary" type="submit">Show</button>
    </form>
  );
}

// A plain GET form: works without JavaScript and keeps the filter in the URL.
export function AgencyFilter({ agencies, current }: { agencies: readonly { id: string; name: string }[]; current: string }) {
  return (
    <form method="get" className="actions" role="search" aria-label="Filter by agency">
      <label htmlFor="agency-filter">Agency</label>
      <select id="agency-filter" name="agency" defaultValue={current}>
        <option value="">All agencies</option>
        {agencies.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
      </select>
      <button className="button button--secondary" type="submit">Show</button>
    </form>
  );
}

import type { Dictionary } from "@/lib/i18n";

// A plain GET form: works without JavaScript and keeps the filter in the URL. It drops ?lang=,
// which is fine: the proxy has remembered the page's language in the cookie.
export function AgencyFilter({ agencies, current, t }: { agencies: readonly { id: string; name: string }[]; current: string; t: Dictionary }) {
  const words = t.tasksPage.filter;
  return (
    <form method="get" className="actions" role="search" aria-label={words.label}>
      <label htmlFor="agency-filter">{words.agency}</label>
      <select id="agency-filter" name="agency" defaultValue={current}>
        <option value="">{t.tasksPage.allAgencies}</option>
        {agencies.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
      </select>
      <button className="button button--secondary" type="submit">{words.show}</button>
    </form>
  );
}

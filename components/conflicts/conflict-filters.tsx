// A plain GET form: the filters live in the URL, work without JavaScript and can be shared.
// Native selects and a submit button, so it is used by keyboard like any form.
import Link from "next/link";
import styles from "./conflicts.module.css";

type Option = { value: string; label: string };
type Props = {
  days: Option[];
  delegations: Option[];
  venues: Option[];
  kinds: Option[];
  current: { day?: string; venue?: string; delegation?: string; kind?: string; severity?: string };
};

function Select({ name, label, options, value }: { name: string; label: string; options: Option[]; value?: string }) {
  return (
    <div className="field">
      <label htmlFor={`filter-${name}`}>{label}</label>
      <select id={`filter-${name}`} name={name} defaultValue={value ?? ""}>
        <option value="">All</option>
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    </div>
  );
}

export function ConflictFilters({ days, delegations, venues, kinds, current }: Props) {
  return (
    <form method="get" action="/conflicts" className={styles.filters} aria-label="Filter conflicts">
      <Select name="day" label="Day" options={days} value={current.day} />
      <Select name="delegation" label="Delegation" options={delegations} value={current.delegation} />
      <Select name="venue" label="Venue" options={venues} value={current.venue} />
      <Select name="kind" label="Kind" options={kinds} value={current.kind} />
      <Select name="severity" label="Severity" options={[{ value: "hard", label: "Hard" }, { value: "warning", label: "Warning" }]} value={current.severity} />
      <button className="button" type="submit">Filter</button>
      <Link href="/conflicts">Clear filters</Link>
    </form>
  );
}

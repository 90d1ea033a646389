// A plain GET form: the filters live in the URL, work without JavaScript and can be shared.
// Native selects and a submit button, so it is used by keyboard like any form.
import Link from "next/link";
import type { PlanningText } from "@/lib/i18n/planning";
import styles from "./conflicts.module.css";

type Option = { value: string; label: string };
type Props = {
  days: Option[];
  delegations: Option[];
  venues: Option[];
  kinds: Option[];
  current: { day?: string; venue?: string; delegation?: string; kind?: string; severity?: string };
  t: PlanningText["conflicts"];
};

function Select({ name, label, options, value, all }: { name: string; label: string; options: Option[]; value?: string; all: string }) {
  return (
    <div className="field">
      <label htmlFor={`filter-${name}`}>{label}</label>
      <select id={`filter-${name}`} name={name} defaultValue={value ?? ""}>
        <option value="">{all}</option>
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    </div>
  );
}

export function ConflictFilters({ days, delegations, venues, kinds, current, t }: Props) {
  const f = t.filters;
  return (
    <form method="get" action="/conflicts" className={styles.filters} aria-label={f.label}>
      <Select name="day" label={f.day} options={days} value={current.day} all={f.all} />
      <Select name="delegation" label={f.delegation} options={delegations} value={current.delegation} all={f.all} />
      <Select name="venue" label={f.venue} options={venues} value={current.venue} all={f.all} />
      <Select name="kind" label={f.kind} options={kinds} value={current.kind} all={f.all} />
      <Select name="severity" label={f.severity} options={[{ value: "hard", label: t.severity.hard }, { value: "warning", label: t.severity.warning }]} value={current.severity} all={f.all} />
      <button className="button" type="submit">{f.submit}</button>
      <Link href="/conflicts">{f.clear}</Link>
    </form>
  );
}

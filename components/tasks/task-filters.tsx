// The task list's filters as a plain GET form: works without JavaScript, and the URL it makes is
// the link to the same filtered list (the server reads it, lib/tasks/queries.ts). The day is in
// the path; the language is remembered in the cookie.
import Link from "next/link";
import type { PartOfDay, TaskFilterParams } from "@/lib/tasks/queries";
import type { TaskStatus, TaskType } from "@/lib/generated/prisma/enums";
import type { Dictionary } from "@/lib/i18n";
import styles from "./task-filters.module.css";

type Option = { id: string; name: string };

export function TaskFilters({ action, current, agencies, delegations, types, parts, t }: {
  /** The day's path, without filters. */
  action: string;
  current: TaskFilterParams;
  /** Staff only: the agencies to choose from (null: no agency filter). */
  agencies: readonly Option[] | null;
  delegations: readonly Option[];
  /** The task types to offer (a coordinator's own; staff every type). */
  types: readonly TaskType[];
  parts: readonly PartOfDay[];
  t: Dictionary;
}) {
  const words = t.itineraryTasks.tasks.filters;
  const select = (id: string, label: string, name: string, value: string, options: readonly [string, string][], any: string = words.any) => (
    <div className={styles.field}>
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value}>
        <option value="">{any}</option>
        {options.map(([v, text]) => <option key={v} value={v}>{text}</option>)}
      </select>
    </div>
  );
  return (
    <form method="get" action={action} className={`${styles.filters} no-print`} role="search" aria-label={words.heading}>
      {agencies ? select("filter-agency", t.tasksPage.filter.agency, "agency", current.agency ?? "", agencies.map((a) => [a.id, a.name]), t.tasksPage.allAgencies) : null}
      {select("filter-type", words.type, "type", current.type?.[0] ?? "", types.map((type) => [type, t.tasks.type[type]]))}
      {select("filter-status", words.status, "status", current.status?.[0] ?? "", (Object.entries(t.tasks.status) as [TaskStatus, string][]))}
      {select("filter-part", words.partOfDay, "part", current.part ?? "", parts.map((p) => [p, words.parts[p]]))}
      {select("filter-subject", words.subject, "subject", current.subject ?? "", [["items", words.items], ["movements", words.movements]])}
      {delegations.length > 0 ? select("filter-delegation", words.delegation, "delegation", current.delegation ?? "", delegations.map((d) => [d.id, d.name])) : null}
      <div className={styles.buttons}>
        <button className="button button--secondary" type="submit">{words.apply}</button>
        <Link href={action}>{words.clear}</Link>
      </div>
    </form>
  );
}

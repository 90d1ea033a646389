"use client";
// The header's summit switcher for staff: a plain form with a select and a submit button, so it
// works from the keyboard and without JavaScript. The current path's section goes along, so the
// switch opens the same part of the app (the programme, the timeline …) in the chosen summit.
import { usePathname } from "next/navigation";
import { chooseSummitFromForm } from "@/lib/summits/actions";
import styles from "./summits.module.css";

export type SwitcherSummit = { id: string; name: string; archived: boolean };
export type SwitcherText = { label: string; submit: string; archivedGroup: string };

export function SummitSwitcher({ summits, currentId, sections, text }: {
  summits: readonly SwitcherSummit[];
  currentId: string | null;
  /** The navigation's sections ("/programme", "/admin/summits" …): the one the reader is in is kept. */
  sections: readonly string[];
  text: SwitcherText;
}) {
  const pathname = usePathname();
  const section = sections.find((s) => pathname === s || pathname.startsWith(`${s}/`)) ?? "";
  const live = summits.filter((s) => !s.archived);
  const archived = summits.filter((s) => s.archived);
  const option = (s: SwitcherSummit) => <option key={s.id} value={s.id}>{s.name}</option>;
  return (
    <form action={chooseSummitFromForm} className={styles.switcher}>
      <label htmlFor="summit-switcher">{text.label}</label>
      {/* Keyed by the current summit: after a switch the select shows the new one, not the old default. */}
      <select key={currentId} id="summit-switcher" name="summitId" defaultValue={currentId ?? undefined}>
        {live.map(option)}
        {archived.length > 0 ? <optgroup label={text.archivedGroup}>{archived.map(option)}</optgroup> : null}
      </select>
      <input type="hidden" name="returnTo" value={section} />
      <button type="submit">{text.submit}</button>
    </form>
  );
}

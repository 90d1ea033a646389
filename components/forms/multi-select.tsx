"use client";
// A searchable multi-select: the WAI-ARIA combobox with a listbox popup, the chosen ones as chips.
// Type to filter; Up and Down move through the matches, Enter adds the active one, Escape closes
// the list, Backspace in the empty box removes the last chip; each chip has its own remove button.
// Shortcuts are extra entries of the list that do something else when chosen (e.g. add a whole
// delegation's members at once); they show only while something is typed.
import { useId, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { fillIn, type MultiSelectText } from "@/lib/i18n/forms";
import { describedBy } from "./field";
import { LocalizedMessage } from "@/components/ui/localized-message";
import styles from "./forms.module.css";

export type MultiOption = { value: string; label: string; group?: string; keywords?: string };
export type MultiShortcut = { key: string; label: string; keywords?: string; choose: () => void };

type Props = {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  options: readonly MultiOption[];
  value: readonly string[];
  onChange: (value: string[]) => void;
  onBlur?: () => void;
  /** Called with the input (react-hook-form focuses it when the field is in error). */
  inputRef?: (element: HTMLInputElement | null) => void;
  shortcuts?: readonly MultiShortcut[];
  /** The heading of the shortcuts in the list. */
  shortcutsLabel?: string;
  placeholder?: string;
  text: MultiSelectText;
};

// The group key of the shortcuts: no delegation or other group can be called this.
const SHORTCUTS = "\u0000shortcuts";

type Entry = { kind: "option"; option: MultiOption } | { kind: "shortcut"; shortcut: MultiShortcut };

/** Every word of the query occurs in the text (case- and accent-insensitive). */
export function matchesQuery(text: string, query: string): boolean {
  const fold = (s: string) => s.normalize("NFD").replace(/\p{Diacritic}/gu, "").toLowerCase();
  const haystack = fold(text);
  return fold(query).split(/\s+/).filter(Boolean).every((word) => haystack.includes(word));
}

export function MultiSelect({ id, label, hint, error, options, value, onChange, onBlur, inputRef, shortcuts = [], shortcutsLabel = "", placeholder, text }: Props) {
  const uid = useId();
  const listId = `${id}-listbox`;
  const labelId = `${id}-label`;
  const instructionsId = `${id}-instructions`;
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [announcement, setAnnouncement] = useState("");
  const ownInput = useRef<HTMLInputElement | null>(null);
  const byValue = useMemo(() => new Map(options.map((o) => [o.value, o])), [options]);
  const chosen = new Set(value);

  const entries: Entry[] = useMemo(() => {
    const typed = query.trim();
    const found: Entry[] = typed
      ? shortcuts.filter((s) => matchesQuery(`${s.label} ${s.keywords ?? ""}`, typed)).map((shortcut) => ({ kind: "shortcut", shortcut }))
      : [];
    for (const option of options) {
      if (chosen.has(option.value)) continue;
      if (typed && !matchesQuery(`${option.label} ${option.group ?? ""} ${option.keywords ?? ""}`, typed)) continue;
      found.push({ kind: "option", option });
    }
    return found;
    // `chosen` is derived from `value`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [query, options, shortcuts, value]);
  const current = Math.min(active, Math.max(entries.length - 1, 0));
  const optionId = (index: number) => `${uid}-option-${index}`;

  const say = (message: string) => setAnnouncement(message);
  const add = (values: readonly string[]) => {
    const next = [...value, ...values.filter((v) => !chosen.has(v))];
    onChange(next);
    say(fillIn(text.chosen, { n: next.length }));
  };
  const remove = (gone: string) => {
    const next = value.filter((v) => v !== gone);
    onChange(next);
    say(fillIn(text.chosen, { n: next.length }));
  };
  const choose = (entry: Entry | undefined) => {
    if (!entry) return;
    if (entry.kind === "option") add([entry.option.value]);
    else entry.shortcut.choose();
    setQuery("");
    setActive(0);
    setOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case "ArrowDown":
        event.preventDefault();
        if (!open) return setOpen(true);
        return setActive(entries.length ? (current + 1) % entries.length : 0);
      case "ArrowUp":
        event.preventDefault();
        if (!open) return setOpen(true);
        return setActive(entries.length ? (current - 1 + entries.length) % entries.length : 0);
      case "Enter":
        if (!open) return;
        event.preventDefault();
        return choose(entries[current]);
      case "Escape":
        if (open) {
          event.preventDefault();
          return setOpen(false);
        }
        if (query) {
          event.preventDefault();
          return setQuery("");
        }
        return;
      case "Backspace":
        if (query === "" && value.length > 0) {
          event.preventDefault();
          remove(value[value.length - 1]);
        }
        return;
      case "Tab":
        return setOpen(false);
    }
  };

  const setRefs = (element: HTMLInputElement | null) => {
    ownInput.current = element;
    inputRef?.(element);
  };

  let index = -1;
  const renderEntry = (entry: Entry) => {
    index += 1;
    const mine = index;
    const isActive = open && mine === current;
    const name = entry.kind === "option" ? entry.option.label : entry.shortcut.label;
    return (
      <div
        key={entry.kind === "option" ? `o-${entry.option.value}` : `s-${entry.shortcut.key}`}
        id={optionId(mine)}
        role="option"
        aria-selected={isActive}
        className={`${styles.option} ${entry.kind === "shortcut" ? styles.optionShortcut : ""}`}
        onMouseDown={(e) => e.preventDefault()}
        onMouseMove={() => (mine !== current ? setActive(mine) : undefined)}
        onClick={() => choose(entry)}
      >
        {name}
      </div>
    );
  };
  // Options of one group (a delegation's members) under the group's name; shortcuts first.
  const groups: { name: string | undefined; entries: Entry[] }[] = [];
  for (const entry of entries) {
    const name = entry.kind === "option" ? entry.option.group : SHORTCUTS;
    const last = groups[groups.length - 1];
    if (last && last.name === name) last.entries.push(entry);
    else groups.push({ name, entries: [entry] });
  }

  return (
    <div className={`field ${styles.multi}`}>
      <label id={labelId} htmlFor={id}>{label}</label>
      {hint ? <span className="muted" id={`${id}-hint`}>{hint}</span> : null}
      <span id={instructionsId} className={styles.visuallyHidden}>{text.instructions}</span>
      {value.length > 0 ? (
        <ul className={styles.chips} aria-label={`${label}: ${fillIn(text.chosen, { n: value.length })}`}>
          {value.map((v) => {
            const name = byValue.get(v)?.label ?? v;
            return (
              <li key={v} className={styles.chip}>
                <span>{name}</span>
                <button type="button" className={styles.chipRemove} aria-label={fillIn(text.remove, { name })}
                  onClick={() => { remove(v); ownInput.current?.focus(); }} />
              </li>
            );
          })}
        </ul>
      ) : (
        <span className="muted">{text.nothingChosen}</span>
      )}
      <input
        id={id}
        ref={setRefs}
        className={styles.comboInput}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        placeholder={placeholder}
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open && entries.length > 0 ? optionId(current) : undefined}
        aria-describedby={describedBy(id, { hint, error }, instructionsId)}
        aria-invalid={error ? true : undefined}
        value={query}
        onChange={(e) => { setQuery(e.target.value); setActive(0); setOpen(true); }}
        onKeyDown={onKeyDown}
        onClick={() => setOpen(true)}
        onBlur={() => { setOpen(false); onBlur?.(); }}
      />
      <div id={listId} role="listbox" aria-labelledby={labelId} className={styles.listbox} hidden={!open}>
        {entries.length === 0 ? <div className={styles.empty}>{text.noMatches}</div> : null}
        {groups.map((group, g) =>
          group.name === undefined ? (
            group.entries.map(renderEntry)
          ) : (
            <div key={`g-${g}`} role="group" aria-labelledby={`${uid}-group-${g}`}>
              <div id={`${uid}-group-${g}`} role="presentation" className={styles.groupLabel}>
                {group.name === SHORTCUTS ? shortcutsLabel : group.name}
              </div>
              {group.entries.map(renderEntry)}
            </div>
          ),
        )}
      </div>
      <span className={styles.visuallyHidden} aria-live="polite">{announcement}</span>
      {error ? <span className="field-error" id={`${id}-error`} role="alert"><LocalizedMessage text={error} /></span> : null}
    </div>
  );
}

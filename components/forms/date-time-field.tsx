"use client";
// A summit date and a 24-hour time, in place of <input type="datetime-local"> (which many browsers
// show on a 12-hour clock in the US format). The value stays the "YYYY-MM-DDTHH:mm" text that input
// gave, so schemas and server actions read exactly what they did. With `days` the date is chosen
// from them (the summit's days); without, it is a date input.
import { useState, type Ref } from "react";
import type { DateTimeText } from "@/lib/i18n/forms";
import { describedBy } from "./field";
import { LocalizedMessage } from "@/components/ui/localized-message";
import styles from "./forms.module.css";
import { TimeInput } from "./time-input";
import { joinLocal, parseClock, splitLocal } from "./time-text";

export type DayOption = { value: string; label: string };

type Props = {
  /** The date control's id; the time's is `${id}-time`, hint and error `${id}-hint`, `${id}-error`. */
  id: string;
  label: string;
  hint?: string;
  error?: string;
  value: string | null | undefined;
  onChange: (value: string) => void;
  onBlur?: () => void;
  /** Focused by the form when the field is the first in error. */
  inputRef?: Ref<HTMLSelectElement & HTMLInputElement>;
  days?: readonly DayOption[];
  /** May be left empty ("No date"). */
  optional?: boolean;
  text: DateTimeText;
};

export function DateTimeField({ id, label, hint, error, value, onChange, onBlur, inputRef, days, optional, text }: Props) {
  const [parts, setParts] = useState(() => splitLocal(value));
  const [shown, setShown] = useState(value ?? "");
  // A value set from outside (a suggestion, a reset) replaces what the two controls hold.
  if ((value ?? "") !== shown) {
    setShown(value ?? "");
    setParts(splitLocal(value));
  }
  const update = (next: { day: string; time: string }) => {
    setParts(next);
    const joined = joinLocal(next.day, next.time);
    setShown(joined);
    onChange(joined);
  };
  const described = describedBy(id, { hint: true, error });
  // Marked invalid: the part that is wrong (so focus goes to it), or both when the whole is
  // (e.g. an end before the start).
  const dayWrong = Boolean(error) && !parts.day;
  const timeWrong = Boolean(error) && parseClock(parts.time) === null;
  const dayInvalid = error && (dayWrong || !timeWrong) ? true : undefined;
  const timeInvalid = error && (timeWrong || !dayWrong) ? true : undefined;
  const known = !days || !parts.day || days.some((d) => d.value === parts.day);

  return (
    <fieldset className={`field ${styles.dateTime}`}>
      <legend>{label}</legend>
      <div className={styles.dateTimeParts}>
        {/* Each label names its control by id and does not wrap it: a wrapping label's text would
            take in the day select's options, so the control's label would no longer be just "Date". */}
        <div className={styles.part}>
          <label htmlFor={id}>{text.date}</label>
          {days ? (
            <select id={id} ref={inputRef} value={parts.day} aria-describedby={described} aria-invalid={dayInvalid}
              onChange={(e) => update({ ...parts, day: e.target.value })} onBlur={onBlur}>
              {optional || !parts.day ? <option value="">{optional ? text.noDate : "—"}</option> : null}
              {known ? null : <option value={parts.day}>{`${parts.day} ${text.otherDay}`}</option>}
              {days.map((d) => <option key={d.value} value={d.value}>{d.label}</option>)}
            </select>
          ) : (
            <input id={id} ref={inputRef} type="date" value={parts.day} aria-describedby={described} aria-invalid={dayInvalid}
              onChange={(e) => update({ ...parts, day: e.target.value })} onBlur={onBlur} />
          )}
        </div>
        <div className={styles.part}>
          <label htmlFor={`${id}-time`}>{text.time}</label>
          <TimeInput id={`${id}-time`} value={parts.time} aria-describedby={described} aria-invalid={timeInvalid}
            onChange={(time) => update({ ...parts, time })} onBlur={onBlur} />
        </div>
      </div>
      <span className="muted" id={`${id}-hint`}>{hint ? `${hint} ${text.timeHint}` : text.timeHint}</span>
      {error ? <span className="field-error" id={`${id}-error`} role="alert"><LocalizedMessage text={error} /></span> : null}
    </fieldset>
  );
}

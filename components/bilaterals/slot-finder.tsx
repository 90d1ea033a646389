"use client";
// The planners' slot finder for one request: search a day (or the whole summit), optionally a
// venue and a 24-hour time range; propose one of the suggestions (they differ meaningfully, each
// says why it is offered: lib/bilaterals/internal/suggestions.ts), or read why there is none.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { Field } from "@/components/forms/field";
import { applyServerErrors } from "@/components/forms/server-errors";
import { TimeInput } from "@/components/forms/time-input";
import { findSlotsAction, proposeSlotAction } from "@/lib/bilaterals/actions";
import { findSlotsSchema, type FindSlots, type FindSlotsValues } from "@/lib/bilaterals/schema";
import type { FinderResult, FoundSlot } from "@/lib/bilaterals/slots";
import { useDocumentLang } from "@/components/ui/use-document-lang";
import { phraseText } from "@/lib/i18n";
import type { BilateralsText } from "@/lib/i18n/bilaterals";
import { fillIn, type BilateralFormText } from "@/lib/i18n/forms";
import styles from "./bilaterals.module.css";
import { slotText } from "./slot-text";

type Option = { id: string; name: string };

export function SlotFinder({
  requestId,
  version,
  days,
  venues,
  timeZone,
  text,
  words: w,
}: {
  requestId: string;
  version: number;
  days: { value: string; label: string }[];
  venues: Option[];
  timeZone: string;
  text: BilateralFormText;
  /** The finder's own words. */
  words: BilateralsText["finder"];
}) {
  const router = useRouter();
  const lang = useDocumentLang();
  const [result, setResult] = useState<FinderResult | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [proposing, setProposing] = useState<string | null>(null);
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<FindSlotsValues, unknown, FindSlots>({
    resolver: zodResolver(findSlotsSchema),
    defaultValues: { id: requestId, day: "", from: "", until: "", venueId: "", limit: 8 },
  });
  const field = (name: string) => `${name}-${requestId}`;

  const onSearch = handleSubmit(async (values) => {
    setFormError(null);
    const found = await findSlotsAction(values);
    if (!found.ok) {
      setResult(null);
      return setFormError(applyServerErrors(found, setError));
    }
    setResult(found.data);
  });

  async function propose(slot: FoundSlot) {
    setFormError(null);
    setProposing(slot.startsAt + slot.spaceId);
    const saved = await proposeSlotAction({ id: requestId, version, startsAt: slot.startsAt, spaceId: slot.spaceId });
    setProposing(null);
    if (!saved.ok) return setFormError(saved.error);
    setResult(null);
    router.refresh();
  }

  return (
    <div className={styles.finder}>
      <form className="inline-form" onSubmit={onSearch} noValidate aria-label={w.label}>
        <Field id={field("day")} label={w.day} error={errors.day?.message}>
          <select id={field("day")} {...register("day")}>
            <option value="">{w.everyDay}</option>
            {days.map((d) => (
              <option key={d.value} value={d.value}>{d.label}</option>
            ))}
          </select>
        </Field>
        {(["from", "until"] as const).map((name) => (
          <Controller key={name} control={control} name={name} render={({ field: f }) => (
            <Field id={field(name)} label={text[name]} hint="HH:mm" error={errors[name]?.message}>
              <TimeInput id={field(name)} name={f.name} ref={f.ref} value={typeof f.value === "string" ? f.value : ""} onChange={f.onChange} onBlur={f.onBlur} />
            </Field>
          )} />
        ))}
        <Field id={field("venueId")} label={w.venue} error={errors.venueId?.message}>
          <select id={field("venueId")} {...register("venueId")}>
            <option value="">{w.anyVenue}</option>
            {venues.map((v) => (
              <option key={v.id} value={v.id}>{v.name}</option>
            ))}
          </select>
        </Field>
        <button className="button" type="submit" disabled={isSubmitting}>{isSubmitting ? w.searching : w.submit}</button>
      </form>
      {formError ? <p className="form-error" role="alert">{formError}</p> : null}
      {result ? (
        <div role="status">
          <p className="muted">{fillIn(w.freeFor, { names: result.participants.join(w.and), zone: timeZone })}</p>
          {result.slots.length > 1 ? <p className="muted">{fillIn(text.suggestionsNote, { n: result.minGapMinutes })}</p> : null}
          {result.slots.length > 0 ? (
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">{w.slot}</th>
                  <th scope="col">{w.space}</th>
                  <th scope="col">{w.travel}</th>
                  <th scope="col">{text.why}</th>
                  <th scope="col">{w.action}</th>
                </tr>
              </thead>
              <tbody>
                {result.slots.map((slot) => {
                  const when = slotText(new Date(slot.startsAt), new Date(slot.endsAt), timeZone, lang);
                  return (
                    <tr key={slot.startsAt + slot.spaceId}>
                      <td>
                        {when}
                      </td>
                      <td>{slot.spaceName}, {slot.venueName}</td>
                      <td>{slot.travelMinutes} min</td>
                      <td>
                        <ul className={styles.reasons}>
                          {slot.reasons.map((r) => <li key={r}>{text.reasons[r]}</li>)}
                        </ul>
                      </td>
                      <td>
                        <button
                          className="button button--secondary"
                          type="button"
                          disabled={proposing !== null}
                          aria-label={fillIn(w.proposeLabel, { when, space: slot.spaceName })}
                          onClick={() => propose(slot)}
                        >
                          {w.propose}
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          ) : (
            <>
              <p><strong>{w.noSlot}</strong></p>
              <ul className={styles.explanation}>
                {result.said.map((line, i) => (
                  <li key={i}>{phraseText(line, lang)}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      ) : null}
    </div>
  );
}

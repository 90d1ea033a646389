"use client";
// Create or edit a programme item. The form holds a summit day and "HH:mm" times; the schema
// (lib/programme/schema.ts) turns them into instants in the summit's zone and validates the item
// exactly as the server does. A stale version offers to reload instead of overwriting. Before
// saving, the form shows what the save would do (save-preview.tsx): transfers that follow the item
// and conflicts left. A save refused for a hard conflict can be confirmed with a written reason.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useRef, useState } from "react";
import { Controller, useForm, useWatch } from "react-hook-form";
import { FormMessage, useFormFeedback } from "@/components/forms/feedback";
import { Field } from "@/components/forms/field";
import { applyServerErrors } from "@/components/forms/server-errors";
import { TimeInput } from "@/components/forms/time-input";
import type { ItemFormWords } from "@/lib/i18n/editors";
import type { FormsText } from "@/lib/i18n/forms";
import { createItemAction, previewItemAction, updateItemAction } from "@/lib/programme/actions";
import type { ItemFormOptions } from "@/lib/programme/editor-queries";
import { ITEM_KINDS, ITEM_STATUSES, VISIBILITIES, itemFormSchema, type ItemFormOutput, type ItemFormValues } from "@/lib/programme/schema";
import styles from "./item-form.module.css";
import { ParticipantFields } from "./participant-fields";
import { SavePreview, type PreviewState } from "./save-preview";

type Props = {
  timeZone: string;
  days: { day: string; label: string }[];
  options: ItemFormOptions;
  defaults: ItemFormValues;
  /** The reader's words for the participant pickers, the time hint and the confirmations. */
  text: FormsText;
  /** The reader's words for the form's own fields, its preview and the enums it offers. */
  words: ItemFormWords;
};


// Server errors name the instants; the form shows them next to the time fields.
const FORM_FIELD: Record<string, string> = { startsAt: "startTime", endsAt: "endTime" };
type Failure = { ok: false; error: string; fieldErrors?: Record<string, string> };
const onFormFields = (result: Failure): Failure => ({
  ...result,
  fieldErrors: Object.fromEntries(Object.entries(result.fieldErrors ?? {}).map(([k, v]) => [FORM_FIELD[k] ?? k, v])),
});

export function ItemForm({ timeZone, days, options, defaults, text, words }: Props) {
  const w = words.item;
  const router = useRouter();
  const editing = Boolean(defaults.id);
  const { formRef, messageRef, feedback, clear, failed } = useFormFeedback();
  const [stale, setStale] = useState<string | null>(null);
  const [preview, setPreview] = useState<PreviewState>({ state: "idle" });
  // The hard conflicts a refused save named; the reason box shows while there are any.
  const [refused, setRefused] = useState<string | null>(null);
  const [overrideReason, setOverrideReason] = useState("");
  const [overrideError, setOverrideError] = useState<string | null>(null);
  const schema = useMemo(() => itemFormSchema(timeZone), [timeZone]);
  const { register, handleSubmit, control, getValues, setValue, setError, formState: { errors, isSubmitting } } = useForm<ItemFormValues, unknown, ItemFormOutput>({
    resolver: zodResolver(schema),
    defaultValues: defaults,
    // Focus goes to the first field in error in page order (useFormFeedback), not in registration order.
    shouldFocusError: false,
  });
  const kind = useWatch({ control, name: "kind" });
  const statuses = ITEM_STATUSES.filter((s) => s !== "CANCELLED" || defaults.status === "CANCELLED");

  // Re-check what saving would do whenever the planning fields change (not on text fields).
  const watched = useWatch({ control, name: ["day", "startTime", "endTime", "endsNextDay", "spaceId", "status", "delegationIds", "memberIds"] });
  const previewNo = useRef(0);
  const firstWatch = useRef(JSON.stringify(watched));
  const watchedKey = JSON.stringify(watched);
  useEffect(() => {
    // Nothing changed yet: the page's own conflict list already says how the item stands.
    if (watchedKey === firstWatch.current && editing) return;
    // A reason given for the conflicts shown before does not cover the plan as changed since.
    setRefused(null);
    setOverrideReason("");
    const mine = ++previewNo.current;
    const timer = setTimeout(async () => {
      const parsed = schema.safeParse(getValues());
      if (!parsed.success) return setPreview({ state: "idle" });
      setPreview({ state: "checking" });
      const { version, ...item } = parsed.data;
      void version;
      const result = await previewItemAction(item);
      if (mine !== previewNo.current) return;
      setPreview(result.ok ? { state: "ready", preview: result.data } : { state: "error", message: result.error });
    }, 300);
    return () => clearTimeout(timer);
  }, [watchedKey, editing, schema, getValues]);

  const save = async ({ id, version, ...item }: ItemFormOutput, reason?: string) => {
    clear();
    setStale(null);
    setOverrideError(null);
    const input = reason === undefined ? item : { ...item, overrideReason: reason };
    const result = id && version ? await updateItemAction({ ...input, id, version }) : await createItemAction(input);
    if (!result.ok) {
      if (result.fieldErrors?.version) {
        setStale(result.fieldErrors.version);
        return failed(null);
      }
      const { overrideReason: hard, ...fieldErrors } = result.fieldErrors ?? {};
      if (hard !== undefined) {
        // Either the refusal (naming the conflicts) or a reason that was left blank.
        if (reason === undefined) setRefused(hard);
        else setOverrideError(hard);
        return failed(result.error);
      }
      return failed(applyServerErrors(onFormFields({ ...result, fieldErrors }), setError));
    }
    const saved = result.data;
    router.replace(`/programme/items/${saved.id}/edit?saved=${saved.version}`);
    router.refresh();
  };
  const onInvalid = () => failed(text.saved.checkFields);
  const onSubmit = handleSubmit((values) => save(values), onInvalid);
  const onOverride = handleSubmit((values) => save(values, overrideReason), onInvalid);

  const err = (name: keyof ItemFormValues) => errors[name]?.message as string | undefined;
  const invalid = (name: keyof ItemFormValues) => (errors[name] ? true : undefined);

  return (
    <form ref={formRef} className={styles.form} onSubmit={onSubmit} noValidate aria-label={editing ? w.editLabel : w.newLabel}>
      <FormMessage feedback={feedback} messageRef={messageRef} />
      {stale ? (
        <div className={`form-error ${styles.stale}`} role="alert">
          <span>{stale}</span>
          <button type="button" className="button button--secondary" onClick={() => router.refresh()}>{w.reload}</button>
        </div>
      ) : null}
      <input type="hidden" {...register("summitId")} />
      <Field id="title" label={w.title} error={err("title")}>
        <input id="title" aria-invalid={invalid("title")} {...register("title")} />
      </Field>
      <div className={styles.row}>
        <Field id="kind" label={w.kind} error={err("kind")}>
          <select id="kind" {...register("kind")}>
            {ITEM_KINDS.map((k) => <option key={k} value={k}>{words.kinds[k]}</option>)}
          </select>
        </Field>
        <Field id="status" label={w.status} error={err("status")}>
          <select id="status" {...register("status")}>
            {statuses.map((s) => <option key={s} value={s}>{words.statuses[s]}</option>)}
          </select>
        </Field>
        <Field id="visibility" label={w.visibleTo} error={err("visibility")}>
          <select id="visibility" {...register("visibility")}>
            {VISIBILITIES.map((v) => <option key={v} value={v}>{words.visibility[v]}</option>)}
          </select>
        </Field>
      </div>
      <div className={styles.row}>
        <Field id="day" label={w.day} error={err("day")}>
          <select id="day" {...register("day")}>
            {days.map((d) => <option key={d.day} value={d.day}>{d.label}</option>)}
          </select>
        </Field>
        <Controller control={control} name="startTime" render={({ field }) => (
          <Field id="startTime" label={w.start} hint={`${timeZone} · ${text.dateTime.timeHint}`} error={err("startTime")}>
            <TimeInput id="startTime" name={field.name} ref={field.ref} value={field.value} onChange={field.onChange} onBlur={field.onBlur} />
          </Field>
        )} />
        <Controller control={control} name="endTime" render={({ field }) => (
          <Field id="endTime" label={w.end} hint={text.dateTime.timeHint} error={err("endTime")}>
            <TimeInput id="endTime" name={field.name} ref={field.ref} value={field.value} onChange={field.onChange} onBlur={field.onBlur} />
          </Field>
        )} />
        <label className={styles.inline}>
          <input type="checkbox" {...register("endsNextDay")} /> {w.endsNextDay}
        </label>
      </div>
      <div className={styles.row}>
        <Field id="spaceId" label={w.space} error={err("spaceId")}>
          <select id="spaceId" aria-invalid={invalid("spaceId")} {...register("spaceId")}>
            <option value="">{w.noSpace}</option>
            {options.venues.map((v) => (
              <optgroup key={v.id} label={v.name}>
                {v.spaces.map((s) => <option key={s.id} value={s.id}>{`${v.name} · ${s.name} (${s.capacity})`}</option>)}
              </optgroup>
            ))}
          </select>
        </Field>
        {kind === "SIDE_EVENT_SESSION" ? (
          <Field id="parentId" label={w.partOf} error={err("parentId")}>
            <select id="parentId" {...register("parentId")}>
              <option value="">{w.notPartOf}</option>
              {options.parents.filter((p) => p.id !== defaults.id).map((p) => <option key={p.id} value={p.id}>{p.title}</option>)}
            </select>
          </Field>
        ) : null}
        <Field id="organiser" label={w.organiser} error={err("organiser")}>
          <input id="organiser" {...register("organiser")} />
        </Field>
        <Field id="dressCode" label={w.dressCode} error={err("dressCode")}>
          <input id="dressCode" {...register("dressCode")} />
        </Field>
      </div>
      <ParticipantFields
        delegations={options.delegations}
        control={control}
        errors={errors}
        getValues={(name) => getValues(name) ?? []}
        setValue={(name, value) => setValue(name, value, { shouldDirty: true, shouldValidate: Boolean(errors[name]) })}
        text={text}
      />
      <Field id="description" label={w.description} error={err("description")}>
        <textarea id="description" rows={3} {...register("description")} />
      </Field>
      <Field id="staffNotes" label={words.common.staffNotes} hint={w.staffNotesHint} error={err("staffNotes")}>
        <textarea id="staffNotes" rows={2} {...register("staffNotes")} />
      </Field>
      <SavePreview status={preview} timeZone={timeZone} text={words.preview} severity={words.severity} />
      {refused ? (
        <div className={styles.override} role="group" aria-labelledby="override-heading">
          <strong id="override-heading">{w.overrideHeading}</strong>
          <p>{refused}</p>
          <Field id="overrideReason" label={words.common.reason} hint={words.common.reasonHint} error={overrideError ?? undefined}>
            <textarea id="overrideReason" rows={2} value={overrideReason} aria-invalid={overrideError ? true : undefined} onChange={(e) => setOverrideReason(e.target.value)} />
          </Field>
          <div className="actions">
            <button className="button button--secondary" type="button" disabled={isSubmitting} onClick={() => void onOverride()}>
              {w.overrideButton}
            </button>
          </div>
        </div>
      ) : null}
      <div className="actions">
        <button className="button" type="submit" disabled={isSubmitting}>
          {isSubmitting ? words.common.saving : editing ? w.saveChanges : w.create}
        </button>
      </div>
    </form>
  );
}

"use client";
// Create or edit a programme item. The form holds a summit day and "HH:mm" times; the schema
// (lib/programme/schema.ts) turns them into instants in the summit's zone and validates the item
// exactly as the server does. A stale version offers to reload instead of overwriting. Before
// saving, the form shows what the save would do (save-preview.tsx): transfers that follow the item
// and conflicts left. A save refused for a hard conflict can be confirmed with a written reason.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useRef, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { Field } from "@/components/forms/field";
import { applyServerErrors } from "@/components/forms/server-errors";
import { createItemAction, previewItemAction, updateItemAction } from "@/lib/programme/actions";
import type { ItemFormOptions } from "@/lib/programme/editor-queries";
import { ITEM_KIND_LABEL, ITEM_STATUS_LABEL, VISIBILITY_LABEL } from "@/lib/programme/labels";
import { ITEM_KINDS, ITEM_STATUSES, VISIBILITIES, itemFormSchema, type ItemFormOutput, type ItemFormValues } from "@/lib/programme/schema";
import styles from "./item-form.module.css";
import { ParticipantFields } from "./participant-fields";
import { SavePreview, type PreviewState } from "./save-preview";

type Props = {
  timeZone: string;
  days: { day: string; label: string }[];
  options: ItemFormOptions;
  defaults: ItemFormValues;
};

// Server errors name the instants; the form shows them next to the time fields.
const FORM_FIELD: Record<string, string> = { startsAt: "startTime", endsAt: "endTime" };
type Failure = { ok: false; error: string; fieldErrors?: Record<string, string> };
const onFormFields = (result: Failure): Failure => ({
  ...result,
  fieldErrors: Object.fromEntries(Object.entries(result.fieldErrors ?? {}).map(([k, v]) => [FORM_FIELD[k] ?? k, v])),
});

export function ItemForm({ timeZone, days, options, defaults }: Props) {
  const router = useRouter();
  const editing = Boolean(defaults.id);
  const [formError, setFormError] = useState<string | null>(null);
  const [stale, setStale] = useState<string | null>(null);
  const [preview, setPreview] = useState<PreviewState>({ state: "idle" });
  // The hard conflicts a refused save named; the reason box shows while there are any.
  const [refused, setRefused] = useState<string | null>(null);
  const [overrideReason, setOverrideReason] = useState("");
  const [overrideError, setOverrideError] = useState<string | null>(null);
  const schema = useMemo(() => itemFormSchema(timeZone), [timeZone]);
  const { register, handleSubmit, control, getValues, setError, formState: { errors, isSubmitting } } = useForm<ItemFormValues, unknown, ItemFormOutput>({
    resolver: zodResolver(schema),
    defaultValues: defaults,
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
    setFormError(null);
    setStale(null);
    setOverrideError(null);
    const input = reason === undefined ? item : { ...item, overrideReason: reason };
    const result = id && version ? await updateItemAction({ ...input, id, version }) : await createItemAction(input);
    if (!result.ok) {
      if (result.fieldErrors?.version) return setStale(result.fieldErrors.version);
      const { overrideReason: hard, ...fieldErrors } = result.fieldErrors ?? {};
      if (hard !== undefined) {
        // Either the refusal (naming the conflicts) or a reason that was left blank.
        if (reason === undefined) setRefused(hard);
        else setOverrideError(hard);
        return setFormError(result.error);
      }
      return setFormError(applyServerErrors(onFormFields({ ...result, fieldErrors }), setError));
    }
    const saved = result.data;
    router.replace(`/programme/items/${saved.id}/edit?saved=${saved.version}`);
    router.refresh();
  };
  const onSubmit = handleSubmit((values) => save(values));
  const onOverride = handleSubmit((values) => save(values, overrideReason));

  const err = (name: keyof ItemFormValues) => errors[name]?.message as string | undefined;
  const invalid = (name: keyof ItemFormValues) => (errors[name] ? true : undefined);

  return (
    <form className={styles.form} onSubmit={onSubmit} noValidate aria-label={editing ? "Edit item" : "New item"}>
      {formError ? <p className="form-error" role="alert">{formError}</p> : null}
      {stale ? (
        <div className={`form-error ${styles.stale}`} role="alert">
          <span>{stale}</span>
          <button type="button" className="button button--secondary" onClick={() => router.refresh()}>Reload the latest version</button>
        </div>
      ) : null}
      <input type="hidden" {...register("summitId")} />
      <Field id="title" label="Title" error={err("title")}>
        <input id="title" aria-invalid={invalid("title")} {...register("title")} />
      </Field>
      <div className={styles.row}>
        <Field id="kind" label="Kind" error={err("kind")}>
          <select id="kind" {...register("kind")}>
            {ITEM_KINDS.map((k) => <option key={k} value={k}>{ITEM_KIND_LABEL[k]}</option>)}
          </select>
        </Field>
        <Field id="status" label="Status" error={err("status")}>
          <select id="status" {...register("status")}>
            {statuses.map((s) => <option key={s} value={s}>{ITEM_STATUS_LABEL[s]}</option>)}
          </select>
        </Field>
        <Field id="visibility" label="Visible to" error={err("visibility")}>
          <select id="visibility" {...register("visibility")}>
            {VISIBILITIES.map((v) => <option key={v} value={v}>{VISIBILITY_LABEL[v]}</option>)}
          </select>
        </Field>
      </div>
      <div className={styles.row}>
        <Field id="day" label="Day" error={err("day")}>
          <select id="day" {...register("day")}>
            {days.map((d) => <option key={d.day} value={d.day}>{d.label}</option>)}
          </select>
        </Field>
        <Field id="startTime" label="Start" hint={`HH:mm, ${timeZone}`} error={err("startTime")}>
          <input id="startTime" inputMode="numeric" autoComplete="off" aria-invalid={invalid("startTime")} {...register("startTime")} />
        </Field>
        <Field id="endTime" label="End" hint="HH:mm" error={err("endTime")}>
          <input id="endTime" inputMode="numeric" autoComplete="off" aria-invalid={invalid("endTime")} {...register("endTime")} />
        </Field>
        <label className={styles.inline}>
          <input type="checkbox" {...register("endsNextDay")} /> Ends the next day
        </label>
      </div>
      <div className={styles.row}>
        <Field id="spaceId" label="Space" error={err("spaceId")}>
          <select id="spaceId" aria-invalid={invalid("spaceId")} {...register("spaceId")}>
            <option value="">No space</option>
            {options.venues.map((v) => (
              <optgroup key={v.id} label={v.name}>
                {v.spaces.map((s) => <option key={s.id} value={s.id}>{`${v.name} · ${s.name} (${s.capacity})`}</option>)}
              </optgroup>
            ))}
          </select>
        </Field>
        {kind === "SIDE_EVENT_SESSION" ? (
          <Field id="parentId" label="Part of" error={err("parentId")}>
            <select id="parentId" {...register("parentId")}>
              <option value="">Not part of a side event</option>
              {options.parents.filter((p) => p.id !== defaults.id).map((p) => <option key={p.id} value={p.id}>{p.title}</option>)}
            </select>
          </Field>
        ) : null}
        <Field id="organiser" label="Organiser" error={err("organiser")}>
          <input id="organiser" {...register("organiser")} />
        </Field>
        <Field id="dressCode" label="Dress code" error={err("dressCode")}>
          <input id="dressCode" {...register("dressCode")} />
        </Field>
      </div>
      <ParticipantFields delegations={options.delegations} register={register} errors={errors} />
      <Field id="description" label="Description" error={err("description")}>
        <textarea id="description" rows={3} {...register("description")} />
      </Field>
      <Field id="staffNotes" label="Staff notes" hint="Never shown to liaisons, agencies or viewers." error={err("staffNotes")}>
        <textarea id="staffNotes" rows={2} {...register("staffNotes")} />
      </Field>
      <SavePreview status={preview} timeZone={timeZone} />
      {refused ? (
        <div className={styles.override} role="group" aria-labelledby="override-heading">
          <strong id="override-heading">Confirm despite the hard conflict?</strong>
          <p>{refused}</p>
          <Field id="overrideReason" label="Reason to accept it" hint="Recorded with your name and shown on the conflict." error={overrideError ?? undefined}>
            <textarea id="overrideReason" rows={2} value={overrideReason} aria-invalid={overrideError ? true : undefined} onChange={(e) => setOverrideReason(e.target.value)} />
          </Field>
          <div className="actions">
            <button className="button button--secondary" type="button" disabled={isSubmitting} onClick={() => void onOverride()}>
              Confirm with this reason
            </button>
          </div>
        </div>
      ) : null}
      <div className="actions">
        <button className="button" type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Saving…" : editing ? "Save changes" : "Create item"}
        </button>
      </div>
    </form>
  );
}

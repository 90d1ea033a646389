"use client";
// Who takes part: whole delegations (through their principal) and named members, each a searchable
// multi-select. With 40 delegations and their members, a delegation is found by typing; its
// shortcuts add all its members at once, or the delegation itself (components/forms/multi-select).
import { Controller, type Control, type FieldErrors } from "react-hook-form";
import { MultiSelect, type MultiOption, type MultiShortcut } from "@/components/forms/multi-select";
import { fillIn, type MultiSelectText, type ParticipantsText } from "@/lib/i18n/forms";
import type { ItemFormOptions } from "@/lib/programme/editor-queries";
import type { ItemFormOutput, ItemFormValues } from "@/lib/programme/schema";
import styles from "./item-form.module.css";

type Props = {
  delegations: ItemFormOptions["delegations"];
  control: Control<ItemFormValues, unknown, ItemFormOutput>;
  errors: FieldErrors<ItemFormValues>;
  getValues: (name: "delegationIds" | "memberIds") => string[];
  setValue: (name: "delegationIds" | "memberIds", value: string[]) => void;
  text: { participants: ParticipantsText; multiSelect: MultiSelectText };
};

/** The members' options, each under its delegation's name (so "Belgium" finds Belgium's members). */
export function memberOptions(delegations: ItemFormOptions["delegations"]): MultiOption[] {
  return delegations.flatMap((d) => d.members.map((m) => ({ value: m.id, label: m.title, group: d.name, keywords: d.code })));
}

/**
 * The "whole delegation" shortcuts of the member list: add every member of a delegation, or the
 * delegation itself as a participant (which occupies its principal only).
 */
export function delegationShortcuts(
  delegations: ItemFormOptions["delegations"],
  text: ParticipantsText,
  add: (name: "delegationIds" | "memberIds", ids: string[]) => void,
): MultiShortcut[] {
  return delegations.flatMap((d) => [
    ...(d.members.length > 0
      ? [{ key: `members-${d.id}`, label: fillIn(text.allMembersOf, { name: d.name }), keywords: d.code, choose: () => add("memberIds", d.members.map((m) => m.id)) }]
      : []),
    { key: `delegation-${d.id}`, label: fillIn(text.delegationItself, { name: d.name }), keywords: d.code, choose: () => add("delegationIds", [d.id]) },
  ]);
}

export function ParticipantFields({ delegations, control, errors, getValues, setValue, text }: Props) {
  const add = (name: "delegationIds" | "memberIds", ids: string[]) => {
    const current = getValues(name) ?? [];
    setValue(name, [...current, ...ids.filter((id) => !current.includes(id))]);
  };
  const delegationOptions = delegations.map((d) => ({ value: d.id, label: d.name, keywords: d.code }));
  return (
    <div className={styles.participants}>
      <Controller
        control={control}
        name="delegationIds"
        render={({ field }) => (
          <MultiSelect
            id="delegationIds"
            label={text.participants.delegations}
            hint={text.participants.delegationsHint}
            error={errors.delegationIds?.message}
            options={delegationOptions}
            value={field.value ?? []}
            onChange={field.onChange}
            onBlur={field.onBlur}
            inputRef={field.ref}
            text={text.multiSelect}
          />
        )}
      />
      <Controller
        control={control}
        name="memberIds"
        render={({ field }) => (
          <MultiSelect
            id="memberIds"
            label={text.participants.members}
            hint={text.participants.membersHint}
            error={errors.memberIds?.message}
            options={memberOptions(delegations)}
            value={field.value ?? []}
            onChange={field.onChange}
            onBlur={field.onBlur}
            inputRef={field.ref}
            shortcuts={delegationShortcuts(delegations, text.participants, add)}
            shortcutsLabel={text.participants.shortcuts}
            text={text.multiSelect}
          />
        )}
      />
    </div>
  );
}

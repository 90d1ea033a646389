"use client";
// Whole delegations and named members as checkbox lists; a filter narrows the long member list
// without unmounting checkboxes (hidden ones keep their value).
import { useId, useState } from "react";
import type { FieldErrors, UseFormRegister } from "react-hook-form";
import type { ItemFormOptions } from "@/lib/programme/editor-queries";
import type { ItemFormValues } from "@/lib/programme/schema";
import styles from "./item-form.module.css";

type Props = {
  delegations: ItemFormOptions["delegations"];
  register: UseFormRegister<ItemFormValues>;
  errors: FieldErrors<ItemFormValues>;
};

export function ParticipantFields({ delegations, register, errors }: Props) {
  const [filter, setFilter] = useState("");
  const filterId = useId();
  const needle = filter.trim().toLowerCase();
  const matches = (text: string) => !needle || text.toLowerCase().includes(needle);

  return (
    <div className={styles.participants}>
      <fieldset className="field">
        <legend>Whole delegations</legend>
        <span className="muted">Occupies the delegation&apos;s principal only: its ministers stay free unless named below.</span>
        <div className="checkbox-list" aria-describedby={errors.delegationIds ? "delegationIds-error" : undefined}>
          {delegations.map((d) => (
            <label key={d.id} hidden={!matches(`${d.name} ${d.code}`)}>
              <input type="checkbox" value={d.id} {...register("delegationIds")} /> {d.name}
            </label>
          ))}
        </div>
        {errors.delegationIds ? <span className="field-error" id="delegationIds-error" role="alert">{errors.delegationIds.message}</span> : null}
      </fieldset>
      <fieldset className="field">
        <legend>Named members</legend>
        <label htmlFor={filterId} className={styles.filterLabel}>Filter delegations and members</label>
        <input id={filterId} type="search" value={filter} onChange={(e) => setFilter(e.target.value)} placeholder="e.g. Netherlands" />
        <div className="checkbox-list" aria-describedby={errors.memberIds ? "memberIds-error" : undefined}>
          {delegations.map((d) => {
            const delegationMatches = matches(`${d.name} ${d.code}`);
            const visible = d.members.filter((m) => delegationMatches || matches(m.title));
            return (
              <div key={d.id} role="group" aria-label={d.name} hidden={visible.length === 0}>
                <strong className={styles.groupName}>{d.name}</strong>
                {d.members.map((m) => (
                  <label key={m.id} hidden={!visible.includes(m)}>
                    <input type="checkbox" value={m.id} {...register("memberIds")} /> {m.title}
                  </label>
                ))}
              </div>
            );
          })}
        </div>
        {errors.memberIds ? <span className="field-error" id="memberIds-error" role="alert">{errors.memberIds.message}</span> : null}
      </fieldset>
    </div>
  );
}

"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { fillIn } from "@/lib/i18n/forms";
import type { TravelFormText } from "@/lib/i18n/venues";
import { saveTravelMatrixAction } from "@/lib/venues/actions";

type Venue = { id: string; name: string };

/** Motorcade minutes between every ordered pair of venues; an empty cell means unknown. */
export function TravelMatrixForm({ venues, minutes, text }: { venues: Venue[]; minutes: Record<string, number>; text: TravelFormText }) {
  const router = useRouter();
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(Object.entries(minutes).map(([k, v]) => [k, String(v)])),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const pairs = venues.flatMap((from) => venues.filter((to) => to.id !== from.id).map((to) => ({ from, to, key: `${from.id}>${to.id}` })));

  async function save(event: React.FormEvent) {
    event.preventDefault();
    setSaving(true);
    setMessage(null);
    const entries = pairs.map((p) => ({ fromVenueId: p.from.id, toVenueId: p.to.id, minutes: values[p.key] ?? "" }));
    const result = await saveTravelMatrixAction({ entries });
    setSaving(false);
    if (!result.ok) {
      const byCell: Record<string, string> = {};
      for (const [field, text] of Object.entries(result.fieldErrors ?? {})) {
        const index = Number(field.split(".")[1]);
        if (pairs[index]) byCell[pairs[index].key] = text;
      }
      setErrors(byCell);
      return setMessage(result.error);
    }
    setErrors({});
    setMessage(text.saved);
    router.refresh();
  }

  return (
    <form onSubmit={save} noValidate aria-label={text.label}>
      <div className="table-scroll">
        <table className="data matrix">
          <thead>
            <tr>
              <th scope="col">{text.corner}</th>
              {venues.map((v) => (
                <th key={v.id} scope="col">{v.name}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {venues.map((from) => (
              <tr key={from.id}>
                <th scope="row">{from.name}</th>
                {venues.map((to) => {
                  const key = `${from.id}>${to.id}`;
                  return (
                    <td key={to.id}>
                      {from.id === to.id ? (
                        "—"
                      ) : (
                        <input
                          aria-label={fillIn(text.cell, { from: from.name, to: to.name })}
                          aria-invalid={!!errors[key]}
                          title={errors[key]}
                          inputMode="numeric"
                          size={4}
                          value={values[key] ?? ""}
                          onChange={(e) => setValues((old) => ({ ...old, [key]: e.target.value }))}
                        />
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="actions">
        <button className="button" type="submit" disabled={saving}>{saving ? text.saving : text.save}</button>
        {message ? <span role="status">{message}</span> : null}
      </div>
    </form>
  );
}

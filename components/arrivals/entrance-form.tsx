"use client";
// Add or edit an entrance of a venue, with its minimum gap between two arrivals.
import { useState } from "react";
import { saveEntranceAction } from "@/lib/arrivals/actions";
import type { ArrivalsText } from "@/lib/i18n/arrivals";
import { ActionError } from "./action-error";
import { useArrivalAction } from "./use-action";

export function EntranceForm({ venues, entrance, text }: { venues: { id: string; name: string }[]; entrance?: { id: string; venueId: string; name: string; minGapMinutes: number; version: number }; text: ArrivalsText["entrances"] }) {
  const [venueId, setVenueId] = useState(entrance?.venueId ?? venues[0]?.id ?? "");
  const [name, setName] = useState(entrance?.name ?? "");
  const [minGap, setMinGap] = useState(String(entrance?.minGapMinutes ?? 2));
  const { pending, error, run } = useArrivalAction();
  return (
    <form
      className="inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        void run(async () => {
          const result = await saveEntranceAction({ id: entrance?.id, venueId, name, minGapMinutes: Number(minGap), version: entrance?.version });
          if (result.ok && !entrance) setName("");
          return result;
        });
      }}
    >
      <label className="field">
        {text.venue}
        <select value={venueId} onChange={(e) => setVenueId(e.target.value)} disabled={Boolean(entrance)}>
          {venues.map((v) => <option key={v.id} value={v.id}>{v.name}</option>)}
        </select>
      </label>
      <label className="field">
        {text.name}
        <input value={name} onChange={(e) => setName(e.target.value)} maxLength={120} required />
      </label>
      <label className="field">
        {text.minGap}
        <input type="number" min={0} max={60} value={minGap} onChange={(e) => setMinGap(e.target.value)} required />
      </label>
      <button className="button button--secondary" type="submit" disabled={pending}>{entrance ? text.save : text.add}</button>
      <ActionError messages={error} />
    </form>
  );
}

import type { Dictionary, Lang } from "@/lib/i18n";
import type { ItineraryPerson } from "@/lib/itinerary/types";

/** A plain GET form: choose whose itinerary to show (works without JavaScript). */
export function MemberPicker({ action, people, current, lang, t }: { action: string; people: readonly ItineraryPerson[]; current: string | null; lang: Lang; t: Dictionary }) {
  return (
    <form method="get" action={action}>
      <input type="hidden" name="lang" value={lang} />
      <div className="field">
        <label htmlFor="member">{t.page.member}</label>
        <select id="member" name="member" defaultValue={current ?? ""}>
          <option value="">{t.page.wholeDelegation}</option>
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.title}
            </option>
          ))}
        </select>
      </div>
      <button className="button button--secondary" type="submit">
        {t.page.show}
      </button>
    </form>
  );
}

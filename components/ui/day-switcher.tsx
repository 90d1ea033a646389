import Link from "next/link";

/**
 * Links to the same view on each summit day; `labels` maps an ISO day to its display text and
 * `label` names the navigation (bilingual pages pass their own words).
 */
export function DaySwitcher({
  days,
  current,
  href,
  labels,
  label = "Summit days",
}: {
  days: readonly string[];
  current: string;
  href: (day: string) => string;
  labels: Record<string, string>;
  label?: string;
}) {
  return (
    <nav className="day-switcher" aria-label={label}>
      {days.map((day) => (
        <Link key={day} href={href(day)} aria-current={day === current ? "date" : undefined}>
          {labels[day] ?? day}
        </Link>
      ))}
    </nav>
  );
}

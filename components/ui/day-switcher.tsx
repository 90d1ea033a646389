import Link from "next/link";

/** Links to the same view on each summit day; `labels` maps an ISO day to its display text. */
export function DaySwitcher({
  days,
  current,
  href,
  labels,
}: {
  days: readonly string[];
  current: string;
  href: (day: string) => string;
  labels: Record<string, string>;
}) {
  return (
    <nav className="day-switcher" aria-label="Summit days">
      {days.map((day) => (
        <Link key={day} href={href(day)} aria-current={day === current ? "date" : undefined}>
          {labels[day] ?? day}
        </Link>
      ))}
    </nav>
  );
}

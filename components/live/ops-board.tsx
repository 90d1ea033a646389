// The operations board: now and next per venue, what runs late, motorcades on the road with their
// expected arrival, those due to leave that nobody has marked departed, open hard conflicts and the agencies that have not acknowledged the latest
// changes. Presentational: the page hands it the board and the reader's language.
import Link from "next/link";
import type { BoardItem, OpsBoard } from "@/lib/live/queries";
import { dictionary, formatMoment, type Lang } from "@/lib/i18n";
import { formatTime } from "@/lib/time";
import styles from "./ops.module.css";

function ItemRow({ item, timeZone, lang, label }: { item: BoardItem; timeZone: string; lang: Lang; label?: string }) {
  const t = dictionary(lang).ops;
  return (
    <div className={styles.row}>
      <span className={styles.when}>
        {label ? <span className={styles.label}>{label}</span> : null}
        {formatTime(item.startsAt, timeZone)}–{formatTime(item.endsAt, timeZone)}
        {item.live?.state === "RUNNING_LATE" && item.live.lateMinutes ? <span className={styles.late}>{t.board.late(item.live.lateMinutes)}</span> : null}
        {item.live?.state === "UNDER_WAY" ? <span className={styles.underway}>{t.form.itemState.UNDER_WAY}</span> : null}
      </span>
      <Link className={styles.what} href={`/live/items/${item.id}`}>{item.title}</Link>
      {item.spaceName ? <span className={styles.empty}>{item.spaceName}</span> : null}
    </div>
  );
}

export function OpsBoardView({ board, lang }: { board: OpsBoard; lang: Lang }) {
  const t = dictionary(lang).ops.board;
  const tz = board.timeZone;
  return (
    <div className={styles.grid}>
      <section className={styles.panel} aria-labelledby="ops-venues">
        <h2 id="ops-venues">{t.venuesTitle}</h2>
        {board.venues.length === 0 ? <p className={styles.empty}>{t.noVenues}</p> : (
          <ul className={styles.list}>
            {board.venues.map((v) => (
              <li key={v.id} className={styles.venue}>
                <div className={styles.venueName}>{v.name}</div>
                {v.now.length === 0 ? <div className={styles.empty}><span className={styles.label}>{t.now}</span>{t.nothingNow}</div> : v.now.map((i) => <ItemRow key={i.id} item={i} timeZone={tz} lang={lang} label={t.now} />)}
                {v.next ? <ItemRow item={v.next} timeZone={tz} lang={lang} label={t.next} /> : <div className={styles.empty}><span className={styles.label}>{t.next}</span>{t.nothingNext}</div>}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className={`${styles.panel} ${board.runningLate.length ? styles.alert : ""}`} aria-labelledby="ops-late">
        <h2 id="ops-late">{t.lateTitle}</h2>
        {board.runningLate.length === 0 ? <p className={styles.empty}>{t.noneLate}</p> : (
          <ul className={styles.list} data-testid="running-late">
            {board.runningLate.map((i) => (
              <li key={i.id}>
                <ItemRow item={i} timeZone={tz} lang={lang} />
                {i.venueName ? <span className={styles.empty}>{i.venueName}</span> : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className={styles.panel} aria-labelledby="ops-road">
        <h2 id="ops-road">{t.roadTitle}</h2>
        {board.onTheRoad.length === 0 ? <p className={styles.empty}>{t.noneOnRoad}</p> : (
          <ul className={styles.list} data-testid="on-the-road">
            {board.onTheRoad.map((m) => (
              <li key={m.id} className={styles.row}>
                <Link className={styles.what} href={`/live/movements/${m.id}`}>{m.delegation}{m.from || m.to ? `: ${m.from ?? "…"} → ${m.to ?? "…"}` : ""}</Link>
                <span className={styles.when}>
                  {t.departed} {formatTime(m.departedAt, tz)}
                  {m.expectedArrival ? ` · ${t.expected} ${formatTime(m.expectedArrival, tz)}` : ""}
                </span>
                {m.note ? <span className={styles.note}>{m.note}</span> : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className={`${styles.panel} ${board.dueToLeave.length ? styles.alert : ""}`} aria-labelledby="ops-due">
        <h2 id="ops-due">{t.dueTitle}</h2>
        {board.dueToLeave.length === 0 ? <p className={styles.empty}>{t.noneDue}</p> : (
          <ul className={styles.list} data-testid="due-to-leave">
            {board.dueToLeave.map((m) => (
              <li key={m.id} className={styles.row}>
                <Link className={styles.what} href={`/live/movements/${m.id}`}>{m.delegation}{m.from || m.to ? `: ${m.from ?? "…"} → ${m.to ?? "…"}` : ""}</Link>
                <span className={styles.when}>
                  {t.due} {formatTime(m.plannedAt, tz)}
                  {m.overdueMinutes > 0 ? <span className={styles.late}>{t.late(m.overdueMinutes)}</span> : null}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className={`${styles.panel} ${board.hardConflicts.length ? styles.alert : ""}`} aria-labelledby="ops-conflicts">
        <h2 id="ops-conflicts">
          {t.conflictsTitle}
          {board.hardConflicts.length ? <span className={styles.count}>{t.conflictCount(board.hardConflicts.length)}</span> : null}
        </h2>
        {board.hardConflicts.length === 0 ? <p className={styles.empty}>{t.noConflicts}</p> : (
          <ul className={styles.list}>
            {board.hardConflicts.slice(0, 12).map((c) => <li key={c.id} className={styles.row}>{c.message}</li>)}
          </ul>
        )}
        {board.hardConflicts.length ? <p><Link href="/conflicts">{t.allConflicts}</Link></p> : null}
      </section>
      <section className={styles.panel} aria-labelledby="ops-agencies">
        <h2 id="ops-agencies">{t.agenciesTitle}</h2>
        {board.agenciesPending.length === 0 ? <p className={styles.empty}>{t.allAcknowledged}</p> : (
          <ul className={styles.list} data-testid="agencies-pending">
            {board.agenciesPending.map((a) => (
              <li key={a.agency.id} className={styles.row}>
                <span className={styles.what}>{a.agency.name}</span>
                <span className={styles.when}>
                  {t.changes(a.count)} · {a.lastAcknowledged ? t.lastAcknowledged(formatMoment(a.lastAcknowledged.at, tz, lang)) : t.neverAcknowledged}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { AutoRefresh } from "@/components/live/auto-refresh";
import { OpsBoardView } from "@/components/live/ops-board";
import { SummitClock } from "@/components/live/summit-clock";
import styles from "@/components/live/ops.module.css";
import { NoSummit } from "@/components/summits/no-summit";
import { LiveRefresh } from "@/components/live/live-refresh";
import { isLocalDateTime, localInstant } from "@/lib/time";
import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { dictionary, formatMoment } from "@/lib/i18n";
import { readerLang } from "@/lib/i18n/reader-lang";
import { getOpsBoard } from "@/lib/live/queries";
import { getCurrentSummit } from "@/lib/summits/queries";

type Search = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ searchParams }: { searchParams: Search }): Promise<Metadata> {
  return { title: dictionary(await readerLang((await searchParams).lang)).ops.board.metaTitle };
}

/**
 * The operations board (planners). `?at=2025-06-24T19:45`, the summit's wall clock, shows the
 * summit as if it were under way (a demo clock); the page is planners' only, so nobody else can use it.
 */
export default async function OpsPage({ searchParams }: { searchParams: Search }) {
  const actor = await requireActor("live.manage");
  const db = getDb();
  const summit = await getCurrentSummit(db, actor);
  if (!summit) return <NoSummit actor={actor} />;
  const query = await searchParams;
  const lang = await readerLang(query.lang);
  const t = dictionary(lang).ops.board;
  const demo = typeof query.at === "string" && isLocalDateTime(query.at) ? localInstant(query.at, summit.timeZone) : null;
  const at = demo ?? new Date();
  const board = await getOpsBoard(db, actor, summit, at);
  return (
    <div className={styles.board} lang={lang}>
      <LiveRefresh topics={["ops"]} />
      <AutoRefresh seconds={30} />
      <div className={styles.top}>
        <div>
          <h1 className={styles.title}>{t.title} · {summit.name}</h1>
          <p className={styles.sub}>{t.refreshes} <Link href="/live">{t.recordPage}</Link></p>
        </div>
        {/* Keyed by the instant read: a refresh restarts the clock from the server's time. */}
        <SummitClock key={at.getTime()} startMs={at.getTime()} timeZone={summit.timeZone} label={t.clock} demo={demo ? t.demoClock(formatMoment(demo, summit.timeZone, lang)) : null} lang={lang} />
      </div>
      <OpsBoardView board={board} lang={lang} />
    </div>
  );
}

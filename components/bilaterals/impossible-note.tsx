// "No longer possible" beside the status of a proposal that cannot be held any more, with the
// slot re-check's reasons for planners (they may name items others may not see).
import { phraseText, type Lang } from "@/lib/i18n";
import type { Phrase } from "@/lib/i18n/conflict-phrases";
import { fillIn, type BilateralFormText } from "@/lib/i18n/forms";
import styles from "./bilaterals.module.css";

type Props = { id: string; problems: readonly Phrase[]; text: BilateralFormText; showReasons: boolean; lang: Lang };

export function ImpossibleNote({ id, problems, text, showReasons, lang }: Props) {
  return (
    <div className={styles.impossible} id={`impossible-${id}`}>
      <strong className={`${styles.status} ${styles.impossibleBadge}`}>{text.impossible}</strong>
      {showReasons ? <p className={styles.impossibleWhy}>{fillIn(text.impossibleDetail, { problems: problems.map((p) => phraseText(p, lang)).join("; ") })}</p> : null}
    </div>
  );
}

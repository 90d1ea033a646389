// "No longer possible" beside the status of a proposal that cannot be held any more, with the
// slot re-check's reasons for planners (they may name items others may not see).
import { fillIn, type BilateralFormText } from "@/lib/i18n/forms";
import styles from "./bilaterals.module.css";

export function ImpossibleNote({ id, problems, text, showReasons }: { id: string; problems: readonly string[]; text: BilateralFormText; showReasons: boolean }) {
  return (
    <div className={styles.impossible} id={`impossible-${id}`}>
      <strong className={`${styles.status} ${styles.impossibleBadge}`}>{text.impossible}</strong>
      {showReasons ? <p className={styles.impossibleWhy}>{fillIn(text.impossibleDetail, { problems: problems.join("; ") })}</p> : null}
    </div>
  );
}

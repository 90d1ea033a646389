import type { BilateralStatus } from "@/lib/generated/prisma/enums";
import type { BilateralsText } from "@/lib/i18n/bilaterals";
import styles from "./bilaterals.module.css";

export function BilateralStatusBadge({ status, words }: { status: BilateralStatus; words: BilateralsText }) {
  return <span className={`${styles.status} ${styles[status]}`}>{words.status[status]}</span>;
}

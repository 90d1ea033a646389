import type { BilateralStatus } from "@/lib/generated/prisma/enums";
import { BILATERAL_STATUS_LABEL } from "@/lib/bilaterals/labels";
import styles from "./bilaterals.module.css";

export function BilateralStatusBadge({ status }: { status: BilateralStatus }) {
  return <span className={`${styles.status} ${styles[status]}`}>{BILATERAL_STATUS_LABEL[status]}</span>;
}

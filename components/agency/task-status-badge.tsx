import { TASK_STATUS_LABEL } from "@/lib/agencies/labels";
import type { TaskStatus } from "@/lib/generated/prisma/enums";
import styles from "./task-status-badge.module.css";

export function TaskStatusBadge({ status, prefix }: { status: TaskStatus; prefix?: string }) {
  return <span className={`badge ${styles[status]}`}>{prefix ? `${prefix} · ` : ""}{TASK_STATUS_LABEL[status]}</span>;
}

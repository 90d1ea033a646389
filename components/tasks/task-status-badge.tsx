import type { TaskStatus } from "@/lib/generated/prisma/enums";
import { dictionary, type Lang } from "@/lib/i18n";
import styles from "./task-status-badge.module.css";

// English by default: the planners' English-only pages (coverage, movements) use it too.
export function TaskStatusBadge({ status, prefix, lang = "en" }: { status: TaskStatus; prefix?: string; lang?: Lang }) {
  return <span className={`badge ${styles[status]}`}>{prefix ? `${prefix} · ` : ""}{dictionary(lang).tasks.status[status]}</span>;
}

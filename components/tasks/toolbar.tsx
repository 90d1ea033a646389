import styles from "./toolbar.module.css";

/** A row of filters, downloads and links above a list; not printed. */
export function Toolbar({ children }: { children: React.ReactNode }) {
  return <div className={`${styles.toolbar} no-print`}>{children}</div>;
}

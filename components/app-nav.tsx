"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import type { NavItem, NavLink } from "@/lib/auth/navigation";
import styles from "./app-nav.module.css";

export type { NavItem, NavLink };

const isCurrent = (href: string, pathname: string) => (href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`));

/**
 * The main navigation: links, and for roles with many pages groups by job, each a disclosure
 * (a button with aria-expanded showing its links; Escape or a click elsewhere closes it). On
 * phones the whole list sits behind a menu button.
 */
export function AppNav({ items, label, menu }: { items: readonly NavItem[]; label: string; menu: string }) {
  const pathname = usePathname();
  // What is open belongs to the page it was opened on: following a link closes everything.
  const [state, setState] = useState<{ path: string; group: string | null; menu: boolean }>({ path: pathname, group: null, menu: false });
  const openGroup = state.path === pathname ? state.group : null;
  const menuOpen = state.path === pathname && state.menu;
  const navRef = useRef<HTMLElement>(null);
  const menuButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!openGroup && !menuOpen) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      if (openGroup) {
        setState((s) => ({ ...s, group: null }));
        navRef.current?.querySelector<HTMLButtonElement>(`button[aria-controls="nav-group-${openGroup}"]`)?.focus();
      } else {
        setState((s) => ({ ...s, menu: false }));
        menuButton.current?.focus();
      }
    };
    const onPointer = (event: PointerEvent) => {
      if (navRef.current && !navRef.current.contains(event.target as Node)) setState((s) => ({ ...s, group: null, menu: false }));
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("pointerdown", onPointer);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("pointerdown", onPointer);
    };
  }, [openGroup, menuOpen]);

  const toggleGroup = (key: string) => setState({ path: pathname, group: openGroup === key ? null : key, menu: menuOpen });
  const link = (l: NavLink) => (
    <Link href={l.href} aria-current={isCurrent(l.href, pathname) ? "page" : undefined}>
      {l.label}
    </Link>
  );

  return (
    <nav
      ref={navRef}
      className={`app-nav ${styles.nav}`}
      aria-label={label}
      // Tabbing out of an open group closes it, so a menu never stays open behind the reader.
      onBlur={(event) => {
        if (openGroup && !event.currentTarget.contains(event.relatedTarget as Node | null)) setState((s) => ({ ...s, group: null }));
      }}
    >
      <button
        ref={menuButton}
        type="button"
        className={styles.menuButton}
        aria-expanded={menuOpen}
        aria-controls="app-nav-list"
        onClick={() => setState({ path: pathname, group: openGroup, menu: !menuOpen })}
      >
        <span aria-hidden="true">☰</span> {menu}
      </button>
      <ul id="app-nav-list" className={styles.list} data-open={menuOpen ? "true" : undefined}>
        {items.map((item) =>
          item.kind === "link" ? (
            <li key={item.href} data-nav-item="">
              {link(item)}
            </li>
          ) : (
            <li key={item.key} data-nav-item="" className={styles.group}>
              <button
                type="button"
                className={styles.groupButton}
                aria-expanded={openGroup === item.key}
                aria-controls={`nav-group-${item.key}`}
                data-current={item.links.some((l) => isCurrent(l.href, pathname)) ? "true" : undefined}
                onClick={() => toggleGroup(item.key)}
              >
                {item.label} <span aria-hidden="true">▾</span>
              </button>
              <ul id={`nav-group-${item.key}`} className={styles.menu} hidden={openGroup !== item.key}>
                {item.links.map((l) => (
                  <li key={l.href}>{link(l)}</li>
                ))}
              </ul>
            </li>
          ),
        )}
      </ul>
    </nav>
  );
}

import type { Actor } from "./actor";
import { can, type Action } from "./permissions";

const LINKS: readonly { href: string; label: string; action: Action }[] = [
  { href: "/programme", label: "Programme", action: "programme.read" },
];

/** The navigation a role may use; pages still check for themselves. */
export function navigationFor(actor: Actor) {
  return LINKS.filter((link) => can(actor, link.action)).map(({ href, label }) => ({ href, label }));
}

/** Where each role lands after sign-in. */
export function homeFor(actor: Actor): string {
  switch (actor.role) {
    default:
      return "/programme";
  }
}

import { cache } from "react";
import { getToken } from "next-auth/jwt";
import { cookies } from "next/headers";
import { notFound, redirect } from "next/navigation";
import type { NextRequest } from "next/server";
import { getDb, type DbOrTx } from "@/lib/db";
import type { Summit } from "@/lib/generated/prisma/client";
import { releaseFinishedRender } from "@/lib/http";
import type { Actor } from "./actor";
import { authOptions, usesSecureCookies } from "./options";
import { can, type Action } from "./permissions";
import { SESSION_COOKIE, decodeSession } from "./session-cookie";
import { isDeactivatedCoordinator } from "./sign-in";

/**
 * Load a user's role and scope; null when the user is gone or deactivated, or is the coordinator
 * of a deactivated agency, or when the session was issued before the user's password was last
 * reset or changed, or the account or its agency deactivated (`sessionVersion`).
 */
export async function loadActor(db: DbOrTx, userId: string, session?: { sessionVersion: number }): Promise<Actor | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      active: true,
      agencyId: true,
      mustChangePassword: true,
      sessionVersion: true,
      // With the summits they bind the user to (Actor.boundSummits), in the same statement.
      liaisons: { select: { delegationId: true, delegation: { select: { summit: true } } } },
      agency: { select: { deactivatedAt: true, summit: true } },
    },
  });
  if (!user || !user.active || isDeactivatedCoordinator(user)) return null;
  if (session && session.sessionVersion !== user.sessionVersion) return null;
  const liaison = user.role === "LIAISON";
  const coordinator = user.role === "AGENCY";
  let boundSummits: Summit[] | undefined;
  if (liaison) boundSummits = [...new Map(user.liaisons.map((l) => [l.delegation.summit.id, l.delegation.summit])).values()];
  if (coordinator) boundSummits = user.agency ? [user.agency.summit] : [];
  return {
    userId: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    delegationIds: liaison ? user.liaisons.map((l) => l.delegationId) : [],
    agencyId: coordinator ? user.agencyId : null,
    mustChangePassword: user.mustChangePassword,
    ...(boundSummits ? { boundSummits } : {}),
  };
}

/**
 * The session's token, decrypted straight from the cookie (next-auth's getToken: chunked cookies,
 * secure-prefixed names, expiry). getServerSession runs next-auth's whole session route instead,
 * re-encrypting a token whose cookie it then drops (a server component cannot set cookies): work on
 * every page for nothing. Only cookies are passed, so a bearer header is never read
 * as a session.
 */
async function sessionToken(): Promise<{ sub?: string; sv?: number } | null> {
  // As next-auth itself: the options' secret, else NEXTAUTH_SECRET, else AUTH_SECRET.
  const secret = authOptions.secret ?? process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set: start the app with `npm start` or `npm run dev`.");
  const jar = await cookies();
  const req = { cookies: jar, headers: new Headers() } as unknown as NextRequest;
  const token = await getToken({ req, secret, secureCookie: usesSecureCookies(), decode: decodeSession });
  // A cookie that does not decrypt (expired, forged, another secret) is routine: one line, as next-auth logs it.
  if (!token && jar.getAll().some((c) => SESSION_COOKIE.test(c.name))) console.warn("next-auth JWT_SESSION_ERROR: session cookie not accepted");
  return token;
}

/** The current actor, read once per request. */
export const getActor = cache(async (): Promise<Actor | null> => {
  releaseFinishedRender();
  const token = await sessionToken();
  return token?.sub ? loadActor(getDb(), token.sub, { sessionVersion: token.sv ?? 0 }) : null;
});

/** For pages: the actor, or off to sign-in. With `action`, a missing permission is a 404. */
export async function requireActor(action?: Action): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/sign-in");
  if (actor.mustChangePassword) redirect("/account/password");
  if (action && !can(actor, action)) notFound();
  return actor;
}

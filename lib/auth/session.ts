import { cache } from "react";
import { getServerSession } from "next-auth";
import { notFound, redirect } from "next/navigation";
import { getDb, type DbOrTx } from "@/lib/db";
import type { Actor } from "./actor";
import { authOptions } from "./options";
import { can, type Action } from "./permissions";

/** Load a user's role and scope; null when the user is gone or deactivated. */
export async function loadActor(db: DbOrTx, userId: string): Promise<Actor | null> {
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
      liaisons: { select: { delegationId: true } },
    },
  });
  if (!user || !user.active) return null;
  return {
    userId: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    delegationIds: user.role === "LIAISON" ? user.liaisons.map((l) => l.delegationId) : [],
    agencyId: user.role === "AGENCY" ? user.agencyId : null,
    mustChangePassword: user.mustChangePassword,
  };
}

/** The current actor, read once per request. */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions);
  const userId = (session?.user as { id?: string } | undefined)?.id;
  return userId ? loadActor(getDb(), userId) : null;
});

/** For pages: the actor, or off to sign-in. With `action`, a missing permission is a 404. */
export async function requireActor(action?: Action): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/sign-in");
  if (actor.mustChangePassword) redirect("/account/password");
  if (action && !can(actor, action)) notFound();
  return actor;
}

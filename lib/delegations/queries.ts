import type { DbOrTx } from "@/lib/db";

// Staff-only reads (the pages check "programme.edit"): the whole delegation list and its members.
export async function listDelegations(db: DbOrTx, summitId: string) {
  return db.delegation.findMany({
    where: { summitId },
    orderBy: [{ kind: "asc" }, { name: "asc" }],
    select: { id: true, code: true, name: true, kind: true, arrivesAt: true, departsAt: true, hotel: { select: { name: true } }, _count: { select: { members: true } } },
  });
}

export async function getDelegationForEdit(db: DbOrTx, summitId: string, id: string) {
  return db.delegation.findFirst({
    where: { id, summitId },
    select: {
      id: true, code: true, name: true, kind: true, homeTimeZone: true, hotelVenueId: true, arrivesAt: true, departsAt: true,
      members: { orderBy: { precedence: "asc" }, select: { id: true, title: true, personalName: true, function: true, precedence: true } },
    },
  });
}

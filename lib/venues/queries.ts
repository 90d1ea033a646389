import type { DbOrTx } from "@/lib/db";

export async function listVenues(db: DbOrTx, summitId: string) {
  return db.venue.findMany({
    where: { summitId },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      kind: true,
      address: true,
      spaces: {
        orderBy: { name: "asc" },
        select: { id: true, name: true, capacity: true, securityZone: true, opensMinute: true, closesMinute: true },
      },
    },
  });
}

export async function getTravelMatrix(db: DbOrTx, summitId: string) {
  return db.travelTime.findMany({ where: { summitId }, select: { fromVenueId: true, toVenueId: true, minutes: true } });
}

/** Minutes after midnight as "HH:mm" for forms and tables. */
export function minutesToHhmm(minutes: number | null): string {
  if (minutes === null) return "";
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

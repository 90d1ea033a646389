// The benchmark's floor page (bench/http.ts): a signed-in page in the app's layout that reads
// nothing beyond the session, with a table of `rows` rows so that it can be made the same size as
// the page it is compared with. What it costs is the framework's own cost of rendering and sending
// that much HTML on this machine. Off unless the server was started with BENCH_FLOOR_PAGE=1.
import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { getActor } from "@/lib/auth/session";

export const dynamic = "force-dynamic";

const paramsSchema = z.object({ rows: z.coerce.number().int().min(0).max(20_000).default(0) });

export default async function BenchFloorPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  if (process.env.BENCH_FLOOR_PAGE !== "1") notFound();
  const actor = await getActor();
  if (!actor) redirect("/sign-in");
  const parsed = paramsSchema.safeParse(await searchParams);
  if (!parsed.success) notFound();
  const rows = Array.from({ length: parsed.data.rows }, (_, i) => i);
  return (
    <div>
      <h1>Floor</h1>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Time</th>
            <th scope="col">Item</th>
            <th scope="col">Place</th>
            <th scope="col">Taking part</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((i) => (
            <tr key={i}>
              <td>
                <time dateTime={`2025-06-24T${String(7 + (i % 16)).padStart(2, "0")}:00`}>{`${String(7 + (i % 16)).padStart(2, "0")}:00–${String(8 + (i % 16)).padStart(2, "0")}:00`}</time>
              </td>
              <th scope="row">
                <a href={`/programme/items/floor-${i}/edit`}>{`Working session ${i} of the floor page`}</a>
              </th>
              <td>{`Venue ${i % 9}, room ${i % 20}`}</td>
              <td>{`Delegation ${i % 39}, delegation ${(i + 7) % 39}`}</td>
              <td>
                <span className="badge">Confirmed</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

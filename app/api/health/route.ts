// Liveness for the start script and load balancers; touches no data.
export function GET() {
  return Response.json({ ok: true });
}

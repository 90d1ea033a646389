// /feeds/<token>.ics[?lang=nl]: the calendar subscription. Public path (calendar apps send no cookie);
// the secret token is the credential. Unknown, revoked or malformed tokens and deactivated
// users all get the same bare 404. Not defineRoute: there is no session to gate on.
import { getDb } from "@/lib/db";
import { exportFailureResponse, renderForResponse } from "@/lib/exports";
import { actorForToken, loadFeedDocument } from "@/lib/calendar-feed/feed";
import { NotFoundError } from "@/lib/errors";
import { langSchema } from "@/lib/i18n";

export const dynamic = "force-dynamic";

const notFound = () => new Response("Not found", { status: 404, headers: { "content-type": "text/plain" } });

export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token: file } = await params;
  if (!file.endsWith(".ics")) return notFound();
  const lang = langSchema.safeParse(new URL(request.url).searchParams.get("lang") ?? undefined);
  if (!lang.success) return new Response("Bad request: check lang", { status: 400, headers: { "content-type": "text/plain" } });
  const db = getDb();
  try {
    const actor = await actorForToken(db, file.slice(0, -".ics".length));
    if (!actor) return notFound();
    const body = await renderForResponse(await loadFeedDocument(db, actor), "ics", { lang: lang.data });
    return new Response(body as BodyInit, {
      headers: {
        "content-type": "text/calendar; charset=utf-8",
        "content-disposition": 'inline; filename="summit-calendar.ics"',
        "cache-control": "private, no-store",
        "x-robots-tag": "noindex",
        "referrer-policy": "no-referrer",
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return notFound();
    const refused = exportFailureResponse(error, lang.data);
    if (refused) return refused;
    console.error("calendar feed failed", error);
    return new Response("Something went wrong", { status: 500 });
  }
}

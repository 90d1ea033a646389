// Only redirects anonymous visitors to the sign-in page. It is never the guard: every page,
// action and route handler checks the actor itself (lib/auth/session.ts, lib/auth/gate.ts).
import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";

export async function proxy(request: NextRequest) {
  const token = await getToken({ req: request });
  if (token) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = "/sign-in";
  url.search = "";
  return NextResponse.redirect(url);
}

export const config = {
  // Public: sign-in, auth API, health, calendar feeds (token in URL), static assets.
  matcher: ["/((?!sign-in|api/auth|api/health|feeds/|_next/|favicon.ico).*)"],
};

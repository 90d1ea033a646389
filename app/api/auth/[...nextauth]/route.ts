// next-auth's endpoints (csrf, sign-in, credentials callback, session, sign-out). A callbackUrl in
// the query or the callback-url cookie that is not a path on this app is refused here with a 400:
// next-auth would otherwise answer it with a 500. Body values go to the redirect callback, which
// sends anything but a same-origin path to the home page (lib/auth/callback-url.ts).
import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { refuseBadCallbackUrl } from "@/lib/auth/callback-url";
import { authOptions } from "@/lib/auth/options";

const nextAuth = NextAuth(authOptions);

type Context = { params: Promise<{ nextauth: string[] }> };

async function handler(request: NextRequest, context: Context): Promise<Response> {
  return refuseBadCallbackUrl(request) ?? nextAuth(request, context);
}

export { handler as GET, handler as POST };

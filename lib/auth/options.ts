import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getDb } from "@/lib/db";
import { clientAddress } from "@/lib/http/forwarded";
import { sameOriginPath } from "./callback-url";
import { AGENCY_DEACTIVATED_ERROR, LOCKED_ERROR } from "./errors";
import { usesSecureCookies } from "./session-cookie";
import { signInSchema } from "./schema";
import { checkCredentials } from "./sign-in";

export { usesSecureCookies };

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;



export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  useSecureCookies: usesSecureCookies(),
  jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/sign-in" },
  // One line per problem: a forged or expired cookie is routine, not a stack trace.
  logger: {
    error: (code, metadata) => console.error(`next-auth ${code}: ${metadata instanceof Error ? metadata.message : ((metadata as { message?: string })?.message ?? "")}`),
    warn: (code) => console.warn(`next-auth warning ${code}`),
    debug: () => {},
  },
  providers: [
    CredentialsProvider({
      name: "E-mail and password",
      credentials: { email: { label: "E-mail", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, req) {
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) return null;
        // Guesses are limited per account and client address (lib/auth/lockout.ts); the address
        // is the socket's, or the trusted reverse proxy's word for it (TRUST_PROXY).
        const client = clientAddress(req?.headers ?? {});
        const result = await checkCredentials(getDb(), parsed.data.email, parsed.data.password, new Date(), client);
        if (!result.ok) {
          if (result.reason === "locked") throw new Error(LOCKED_ERROR);
          if (result.reason === "agencyDeactivated") throw new Error(AGENCY_DEACTIVATED_ERROR);
          return null;
        }
        return { id: result.userId, sessionVersion: result.sessionVersion };
      },
    }),
  ],
  callbacks: {
    // Only a path on this app is followed after sign-in or sign-out; anything else, malformed
    // values included, goes to the home page instead of throwing (next-auth's default parses
    // the URL unguarded: "http://[" was a 500).
    async redirect({ url, baseUrl }) {
      const path = sameOriginPath(url, baseUrl);
      return path === null ? baseUrl : `${new URL(baseUrl).origin}${path}`;
    },
    // The token carries only the user id: role and scope are re-read from the database on every
    // request (lib/auth/session.ts), so a tampered or stale token cannot grant anything.
    async jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
      }
      return token;
    },
    async session({ session, token }) {
      return { ...session, user: { ...session.user, id: token.sub, sv: token.sv ?? 0 } };
    },
  },
};

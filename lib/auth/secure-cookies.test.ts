// Sign-in (useSecureCookies) and every page (getToken) must agree on the session cookie's name:
// __Secure- over HTTPS, as next-auth decides it from NEXTAUTH_URL (no scheme counts as https).
import { describe, expect, it } from "vitest";
import { usesSecureCookies } from "@/lib/auth/options";

describe("usesSecureCookies", () => {
  it.each([
    ["https://summit.example.org", true],
    ["HTTPS://summit.example.org", true],
    ["summit.example.org", true],
    ["summit.example.org:8443/app", true],
    ["http://localhost:3000", false],
    ["HTTP://127.0.0.1:3101", false],
    ["", false],
  ])("%s → %s", (url, secure) => {
    expect(usesSecureCookies(url)).toBe(secure);
  });
});

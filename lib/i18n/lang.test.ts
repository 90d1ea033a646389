import { describe, expect, it } from "vitest";
import { langToRemember, parseLang, resolveLang, type LangRequest } from "./lang";

describe("resolveLang", () => {
  it("takes a valid ?lang= over the cookie", () => {
    expect(resolveLang("nl", "en")).toBe("nl");
    expect(resolveLang("en", "nl")).toBe("en");
  });

  it("falls back to the cookie without ?lang=, then to English", () => {
    expect(resolveLang(undefined, "nl")).toBe("nl");
    expect(resolveLang(null, "en")).toBe("en");
    expect(resolveLang(undefined, undefined)).toBe("en");
  });

  it("ignores junk in the query or the cookie", () => {
    expect(resolveLang("fr", "nl")).toBe("nl");
    expect(resolveLang("", "nl")).toBe("nl");
    expect(resolveLang("NL", undefined)).toBe("en");
    expect(resolveLang("fr", "de")).toBe("en");
    expect(resolveLang(undefined, "nl; en")).toBe("en");
  });

  it("reads a repeated ?lang= by its first value, as the proxy and downloads do", () => {
    expect(resolveLang(["nl", "en"], "en")).toBe("nl");
    expect(resolveLang(["fr", "nl"], "en")).toBe("en");
    expect(resolveLang([], "nl")).toBe("nl");
  });

  it("agrees with URLSearchParams.get on repeated parameters", () => {
    const search = new URLSearchParams("lang=nl&lang=en");
    expect(parseLang(search.getAll("lang"))).toBe(parseLang(search.get("lang")));
  });
});

describe("langToRemember", () => {
  const page: LangRequest = { method: "GET", pathname: "/itinerary/demo-deleg-ua", query: "nl", cookie: undefined, prefetch: false };

  it("remembers a language chosen on a page that was bilingual from the start", () => {
    for (const pathname of ["/itinerary", "/itinerary/demo-deleg-ua", "/exports", "/account/calendar", "/account/calendar/", "/tasks/2025-06-24", "/tasks/2025-06-25/", "/admin/agencies", "/admin/agencies/new", "/admin/agencies/demo-agency-police", "/admin/users", "/admin/users/new", "/admin/assignments", "/admin/summits", "/admin/summits/new", "/admin/summits/demo-summit", "/import", "/import/", "/import/personal-data"]) {
      expect(langToRemember({ ...page, pathname }), pathname).toBe("nl");
    }
    expect(langToRemember({ ...page, query: "en", cookie: "nl" })).toBe("en");
  });

  it("leaves the cookie alone when nothing changes or nothing valid was chosen", () => {
    expect(langToRemember({ ...page, cookie: "nl" })).toBeNull();
    expect(langToRemember({ ...page, query: null, cookie: "nl" })).toBeNull();
    expect(langToRemember({ ...page, query: "fr" })).toBeNull();
  });

  it("remembers a language chosen on any other page too: every page is in the reader's language", () => {
    for (const pathname of ["/tasks", "/tasks/items/new", "/tasks/items/demo-task-1/edit", "/tasks/2025-06-24/extra", "/itinerary/demo-deleg-ua/extra", "/programme", "/programme/2025-06-24", "/account/password", "/conflicts", "/coverage/rules", "/movements/proposals", "/delegations/demo-deleg-ua", "/admin/agencies/demo-agency-police/extra", "/import/personal-data/extra", "/sign-in"]) {
      expect(langToRemember({ ...page, pathname }), pathname).toBe("nl");
    }
  });

  it("does not take a download, a prefetch or a form post for a choice", () => {
    for (const pathname of [
      "/exports/itinerary/demo-deleg-ua/pdf",
      "/exports/programme/csv",
      "/exports/tasks/2025-06-24",
      "/admin/summits/demo-summit/archive",
      // The import's downloads.
      "/import/templates/members",
      "/import/export/members",
      "/feeds/some-token",
      "/api/auth/session",
    ]) {
      expect(langToRemember({ ...page, pathname }), pathname).toBeNull();
    }
    expect(langToRemember({ ...page, prefetch: true })).toBeNull();
    expect(langToRemember({ ...page, method: "POST" })).toBeNull();
  });
});

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

  it("remembers a language chosen on a bilingual page", () => {
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

  it("does not take a download, another page, a prefetch or a form post for a choice", () => {
    for (const pathname of [
      "/exports/itinerary/demo-deleg-ua/pdf",
      "/exports/programme/csv",
      "/tasks/export/2025-06-24",
      // The task pages other than the day: the index redirects, and the planners' forms are English.
      "/tasks",
      "/tasks/new",
      "/tasks/edit/demo-task-1",
      "/tasks/2025-06-24/extra",
      "/tasks/tomorrow",
      "/itinerary/demo-deleg-ua/extra",
      "/programme",
      "/account/password",
      "/admin/agencies/demo-agency-police/extra",
      "/admin/summits/demo-summit/archive",
      // The import's downloads.
      "/import/templates/members",
      "/import/export/members",
      "/import/personal-data/extra",
    ]) {
      expect(langToRemember({ ...page, pathname }), pathname).toBeNull();
    }
    expect(langToRemember({ ...page, prefetch: true })).toBeNull();
    expect(langToRemember({ ...page, method: "POST" })).toBeNull();
  });
});

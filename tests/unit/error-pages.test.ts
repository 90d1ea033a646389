// The app's own error pages say that the database cannot be reached when that is why a page failed
// (Next hands them the digest of the error, in production too), and stay generic otherwise.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import ErrorPage from "@/app/error";
import GlobalError from "@/app/global-error";
import { DATABASE_UNAVAILABLE_DIGEST, DATABASE_UNAVAILABLE_MESSAGE } from "@/lib/errors";

// As Next passes it in production: the message replaced, the digest kept.
const hidden = (digest: string) => Object.assign(new Error("An error occurred in the Server Components render."), { digest });
const render = (page: typeof ErrorPage, digest: string) => renderToStaticMarkup(createElement(page, { error: hidden(digest), reset: () => {} }));

describe.each([
  ["app/error.tsx", ErrorPage],
  ["app/global-error.tsx", GlobalError],
])("%s", (_, page) => {
  it("says the database cannot be reached, for that failure", () => {
    const html = render(page, DATABASE_UNAVAILABLE_DIGEST);
    expect(html).toContain(DATABASE_UNAVAILABLE_MESSAGE);
    expect(html).toContain("Try again");
  });

  it("stays generic for anything else, and never shows the error's own text", () => {
    const html = render(page, "1234567");
    expect(html).not.toContain(DATABASE_UNAVAILABLE_MESSAGE);
    expect(html).toContain("Something went wrong");
    expect(html).not.toContain("Server Components");
  });
});

it("the global one is a whole document (it replaces the root layout)", () => {
  const html = render(GlobalError, DATABASE_UNAVAILABLE_DIGEST);
  expect(html).toMatch(/^<html lang="en">/);
  expect(html).toContain("<title>");
});

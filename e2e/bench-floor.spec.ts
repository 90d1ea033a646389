// The benchmark's floor page (app/bench/floor) exists only on a server started for the benchmark:
// an ordinary server answers 404 to a signed-in reader, and sends anyone else to sign in first.
import { expect } from "@playwright/test";
import { test } from "./fixtures";

test("the benchmark's floor page is not served outside the benchmark", async ({ plannerPage, page }) => {
  const signedIn = await plannerPage.request.get("/bench/floor?rows=10", { maxRedirects: 0 });
  expect(signedIn.status()).toBe(404);
  const anonymous = await page.request.get("/bench/floor?rows=10", { maxRedirects: 0 });
  expect(anonymous.status()).toBe(307);
  expect(anonymous.headers()["location"]).toMatch(/\/sign-in/);
});

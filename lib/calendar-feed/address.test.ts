// The feed's addresses as the calendar page shows them: https (or http on a local server) to copy,
// and webcal:// for one click into a calendar app, both with the feed's language.
import { describe, expect, it } from "vitest";
import { feedAddresses } from "./address";

const TOKEN = "A".repeat(43);

describe("feedAddresses", () => {
  it("gives the https address and the same address as webcal://", () => {
    expect(feedAddresses("https://summit.example.org", `/feeds/${TOKEN}.ics`, "en")).toEqual({
      https: `https://summit.example.org/feeds/${TOKEN}.ics`,
      webcal: `webcal://summit.example.org/feeds/${TOKEN}.ics`,
    });
  });

  it("keeps the port and the language", () => {
    expect(feedAddresses("http://localhost:3000", `/feeds/${TOKEN}.ics`, "nl")).toEqual({
      https: `http://localhost:3000/feeds/${TOKEN}.ics?lang=nl`,
      webcal: `webcal://localhost:3000/feeds/${TOKEN}.ics?lang=nl`,
    });
  });
});

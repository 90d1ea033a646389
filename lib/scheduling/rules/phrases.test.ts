// A rule's finding is a phrase of the dictionary: in English it is the conflict's message word for
// word; in Dutch the same finding, with the names and times the engine put in.
import { describe, expect, it } from "vitest";
import { conflictText } from "@/lib/i18n";
import { shortfallPhrase } from "@/lib/coverage/describe";
import { phrase } from "@/lib/i18n/conflict-phrases";
import { at, item, runRule } from "../test-fixtures";
import { capacityRule } from "./capacity";
import { memberOverlapRule } from "./member-overlap";
import { spaceOverlapRule } from "./space-overlap";

const nac = item({ id: "nac", title: "North Atlantic Council", from: "10:00", to: "13:30", spaceId: "plenary", memberIds: ["nl-pm"] });
const bilateral = item({ id: "bil", title: "Bilateral NL–US", from: "13:00", to: "13:45", spaceId: "bilat1", memberIds: ["nl-pm", "nl-fm", "nl-dm", "us-pres"] });

describe("conflict explanations in the reader's language", () => {
  it("render the message in English and the same finding in Dutch", () => {
    const [overlap] = runRule(memberOverlapRule, [nac, bilateral]);
    expect(conflictText(overlap, "en")).toEqual({ text: overlap.message });
    expect(conflictText(overlap, "nl")).toEqual({
      text: "Prime Minister of the Netherlands is tegelijk bij North Atlantic Council (10:00–13:30) en Bilateral NL–US (13:00–13:45)",
    });
    const [full] = runRule(capacityRule, [bilateral]);
    expect(conflictText(full, "nl").text).toBe("Bilateral Room 1 biedt plaats aan 3, maar 4 deelnemers wonen Bilateral NL–US (13:00–13:45) bij");
    const [booked] = runRule(spaceOverlapRule, [nac, { ...bilateral, id: "b2", spaceId: "plenary", status: "CONFIRMED" }, { ...nac, status: "CONFIRMED" }]);
    expect(conflictText(booked, "nl").text).toMatch(/^Plenary Hall is dubbel geboekt: /);
  });

  it("name a coverage gap's task type in the reader's words", () => {
    const gap = { startsAt: at("19:30"), endsAt: at("22:30"), tasks: [], uncovered: [] };
    const found = { message: "", phrase: phrase("itemShortfall", "Royal dinner", shortfallPhrase(gap, { taskType: "ESCORT" }, "Europe/Amsterdam")) };
    expect(conflictText(found, "en").text).toBe("Royal dinner has no escort coverage");
    expect(conflictText(found, "nl").text).toBe("Royal dinner heeft geen dekking voor escorte");
  });

  it("leave a conflict found before phrases in English, marked so", () => {
    expect(conflictText({ message: "Early session is outside the opening hours" }, "nl")).toEqual({ text: "Early session is outside the opening hours", lang: "en" });
  });
});

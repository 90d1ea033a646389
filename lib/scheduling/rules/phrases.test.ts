// A rule's finding is a phrase of the dictionary: in English it is the conflict's message word for
// word; in Dutch the same finding, with the names and times the engine put in.
import { describe, expect, it } from "vitest";
import { conflictText } from "@/lib/i18n";
import { shortfallPhrase } from "@/lib/scheduling/rules/coverage/describe";
import type { CoverageTask } from "@/lib/scheduling/rules/coverage/types";
import { phrase } from "@/lib/i18n/conflict-phrases";
import { at, item, runRule } from "../test-fixtures";
import type { SummitMovement } from "../types";
import { arrivalSequenceRule } from "./arrival-sequence";
import { capacityRule } from "./capacity";
import { delegationWindowRule } from "./delegation-window";
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

  it("say a delegation's stay and its flights in Dutch", () => {
    const long = item({ id: "long", title: "Public Forum", day: "2025-06-24", from: "09:00", toDay: "2025-06-25", to: "18:00", delegationIds: ["us"] });
    const [outside] = runRule(delegationWindowRule, [long]);
    expect(conflictText(outside, "en")).toEqual({ text: outside.message });
    expect(conflictText(outside, "nl")).toEqual({
      text: "Public Forum begint di 24 jun 2025 09:00, voordat United States aankomt (di 24 jun 2025 18:00) en eindigt wo 25 jun 2025 18:00, nadat United States vertrekt (wo 25 jun 2025 16:00)",
    });
    const flight: SummitMovement = { id: "af", delegationId: "us", kind: "ARRIVAL", fromVenueId: null, toVenueId: "wf", startsAt: at("19:00", "2025-06-24"), endsAt: at("19:00", "2025-06-24"), flight: "AF1" };
    const reception = item({ id: "rec", title: "Welcome reception", day: "2025-06-24", from: "18:30", to: "20:00", delegationIds: ["us"] });
    const [landed] = runRule(delegationWindowRule, [reception], { movements: [flight] });
    expect(landed.message).toBe("Welcome reception starts Tue 24 Jun 2025 18:30, before United States lands at World Forum at 19:00 (AF1)");
    expect(conflictText(landed, "nl").text).toBe("Welcome reception begint di 24 jun 2025 18:30, voordat United States landt om 19:00 op World Forum (AF1)");
    // A landing at a place the summit does not know is named in the reader's words too.
    const nowhere = { ...flight, id: "af-nowhere", toVenueId: "gone" };
    const [unplaced] = runRule(delegationWindowRule, [reception], { movements: [nowhere] });
    expect(unplaced.message).toBe("Welcome reception starts Tue 24 Jun 2025 18:30, before United States lands at an unknown place at 19:00 (AF1)");
    expect(conflictText(unplaced, "nl").text).toBe("Welcome reception begint di 24 jun 2025 18:30, voordat United States landt om 19:00 op een onbekende plaats (AF1)");
  });

  it("say the arrivals' order in Dutch", () => {
    const DAY = "2025-06-24";
    const dinner = item({ id: "dinner", title: "Royal dinner", from: "19:30", to: "22:30", day: DAY, delegationIds: ["nl", "ua"] });
    const sequence = { id: "seq", itemId: "dinner", entranceId: "fore", entranceName: "Palace forecourt", minGapMinutes: 2 };
    const rule = arrivalSequenceRule({ sequences: [sequence], slots: [
      { sequenceId: "seq", delegationId: "ua", arrivesAt: at("19:00", DAY), movementId: null },
      { sequenceId: "seq", delegationId: "nl", arrivesAt: at("19:01", DAY), movementId: null },
    ] });
    const [gap] = runRule(rule, [dinner]);
    expect(conflictText(gap, "en").text).toBe("Ukraine 19:00 and Netherlands 19:01 arrive at Palace forecourt 1 minutes apart; it needs 2");
    expect(conflictText(gap, "nl").text).toBe("Ukraine 19:00 en Netherlands 19:01 komen 1 minuten na elkaar aan bij Palace forecourt; daar is 2 nodig");
    const bilateral = item({ id: "bil", title: "Bilateral NL–UA", from: "18:00", to: "18:50", day: DAY, delegationIds: ["ua"] });
    const still = arrivalSequenceRule({ sequences: [sequence], slots: [{ sequenceId: "seq", delegationId: "ua", arrivesAt: at("18:45", DAY), movementId: null }] });
    const [inside] = runRule(still, [dinner, bilateral]);
    expect(conflictText(inside, "nl").text).toBe("Ukraine komt om 18:45 aan bij Palace forecourt voor Royal dinner, maar de hoofdpersoon is tot 18:50 nog bij Bilateral NL–UA");
  });

  it("name the day of a coverage gap past midnight in the reader's language", () => {
    const someTask = { id: "t" } as CoverageTask;
    const gap = { startsAt: at("22:00", "2025-06-24"), endsAt: at("00:30", "2025-06-25"), tasks: [someTask], uncovered: [{ startsAt: at("23:00", "2025-06-24"), endsAt: at("00:30", "2025-06-25") }] };
    const found = { message: "", phrase: phrase("itemShortfall", "Gala", shortfallPhrase(gap, { taskType: "ESCORT" }, "Europe/Amsterdam")) };
    expect(conflictText(found, "en").text).toBe("Gala has escort coverage only until 23:00 (uncovered 23:00–Wed 25 Jun 00:30)");
    expect(conflictText(found, "nl").text).toBe("Gala heeft dekking voor escorte alleen tot 23:00 (niet gedekt: 23:00–wo 25 jun 00:30)");
  });

  it("leave a conflict found before phrases in English, marked so", () => {
    expect(conflictText({ message: "Early session is outside the opening hours" }, "nl")).toEqual({ text: "Early session is outside the opening hours", lang: "en" });
  });
});

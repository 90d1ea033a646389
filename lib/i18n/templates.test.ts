import { describe, expect, it } from "vitest";
import { asTemplates, fill } from "./templates";

describe("phrase templates for client components", () => {
  it("turns each phrase function into a plain string and fills its blanks in order", () => {
    const phrases = { title: "Arrivals", change: (party: string, from: string, to: string) => `${party}: ${from} → ${to}` };
    const templated = asTemplates(phrases);
    expect(typeof templated.change).toBe("string");
    expect(JSON.parse(JSON.stringify(templated)).title).toBe("Arrivals");
    expect(fill(templated.change, "Belgium", "19:30", "19:33")).toBe(phrases.change("Belgium", "19:30", "19:33"));
  });
});

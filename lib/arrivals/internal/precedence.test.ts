import { describe, expect, it } from "vitest";
import { generatePrecedence, moveEntry, type PrecedenceDelegation } from "./precedence";

const d = (code: string, name: string, extra: Partial<PrecedenceDelegation> = {}): PrecedenceDelegation => ({
  id: code, code, name, nameFr: null, nameNl: null, kind: "ALLY", headOf: "GOVERNMENT", takingOfficeOn: null, ...extra,
});

const allies = [
  d("DE", "Germany", { nameFr: "Allemagne", nameNl: "Duitsland", takingOfficeOn: new Date("2025-05-06") }),
  d("US", "United States", { headOf: "STATE", nameFr: "États-Unis", nameNl: "Verenigde Staten", takingOfficeOn: new Date("2025-01-20") }),
  d("FR", "France", { headOf: "STATE", nameFr: "France", nameNl: "Frankrijk", takingOfficeOn: new Date("2017-05-14") }),
  d("BE", "Belgium", { nameFr: "Belgique", nameNl: "België", takingOfficeOn: new Date("2025-02-03") }),
  d("ES", "Spain", { nameFr: "Espagne", nameNl: "Spanje", takingOfficeOn: new Date("2018-06-02") }),
];
const others = [
  d("EU", "European Union", { kind: "ORGANISATION", headOf: null, nameFr: "Union européenne", nameNl: "Europese Unie" }),
  d("UA", "Ukraine", { kind: "PARTNER", headOf: "STATE", nameNl: "Oekraïne" }),
  d("JP", "Japan", { kind: "PARTNER", nameFr: "Japon" }),
];

describe("generatePrecedence", () => {
  it("puts heads of state before heads of government, then orders by English name", () => {
    expect(generatePrecedence(allies, { key: "ALPHABETICAL", language: "en", others: "AFTER_ALLIES" })).toEqual(["FR", "US", "BE", "DE", "ES"]);
  });

  it("orders by the names of the chosen language", () => {
    // French: Allemagne, Belgique, Espagne; Dutch: België, Duitsland, Spanje.
    expect(generatePrecedence(allies, { key: "ALPHABETICAL", language: "fr", others: "AFTER_ALLIES" })).toEqual(["US", "FR", "DE", "BE", "ES"]);
    expect(generatePrecedence(allies, { key: "ALPHABETICAL", language: "nl", others: "AFTER_ALLIES" })).toEqual(["FR", "US", "BE", "DE", "ES"]);
  });

  it("orders by date of taking office within each rank, longest in office first", () => {
    expect(generatePrecedence(allies, { key: "TAKING_OFFICE", language: "en", others: "AFTER_ALLIES" })).toEqual(["FR", "US", "ES", "BE", "DE"]);
  });

  it("breaks ties in the key by name, and puts an unknown date after every known one", () => {
    const tied = [d("NO", "Norway", { takingOfficeOn: new Date("2021-10-14") }), d("DK", "Denmark", { takingOfficeOn: new Date("2021-10-14") }), d("IS", "Iceland")];
    expect(generatePrecedence(tied, { key: "TAKING_OFFICE", language: "en", others: "AFTER_ALLIES" })).toEqual(["DK", "NO", "IS"]);
  });

  it("places partners then organisations after the allies, or before them", () => {
    const all = [...allies, ...others];
    expect(generatePrecedence(all, { key: "ALPHABETICAL", language: "en", others: "AFTER_ALLIES" })).toEqual(["FR", "US", "BE", "DE", "ES", "UA", "JP", "EU"]);
    expect(generatePrecedence(all, { key: "ALPHABETICAL", language: "en", others: "BEFORE_ALLIES" })).toEqual(["UA", "JP", "EU", "FR", "US", "BE", "DE", "ES"]);
  });

  it("keeps partners and organisations where a planner placed them when placed by hand", () => {
    const all = [...allies, ...others];
    const current = ["FR", "EU", "US", "BE", "DE", "ES", "UA", "JP"];
    expect(generatePrecedence(all, { key: "ALPHABETICAL", language: "en", others: "MANUAL" }, current)).toEqual(["FR", "EU", "US", "BE", "DE", "ES", "UA", "JP"]);
  });

  it("keeps the order set by hand within ranks for the manual key, new ones after by name", () => {
    const current = ["ES", "DE", "US", "FR"];
    expect(generatePrecedence(allies, { key: "MANUAL", language: "en", others: "AFTER_ALLIES" }, current)).toEqual(["US", "FR", "ES", "DE", "BE"]);
  });
});

describe("moveEntry", () => {
  it("moves one entry and keeps the others in order", () => {
    expect(moveEntry(["a", "b", "c", "d"], 0, 2)).toEqual(["b", "c", "a", "d"]);
    expect(moveEntry(["a", "b", "c", "d"], 3, 0)).toEqual(["d", "a", "b", "c"]);
  });
});

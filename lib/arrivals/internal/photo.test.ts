import { describe, expect, it } from "vitest";
import { familyPhotoRows, HOST } from "./photo";

describe("familyPhotoRows", () => {
  it("puts the host in the centre of the front row and the most senior beside the host", () => {
    expect(familyPhotoRows(["A", "B", "C", "D"], 5)).toEqual([["D", "B", HOST, "A", "C"]]);
  });

  it("fills further rows by precedence, each from its centre", () => {
    const rows = familyPhotoRows(["A", "B", "C", "D", "E", "F", "G"], 5);
    expect(rows).toEqual([["D", "B", HOST, "A", "C"], ["G", "E", "F"]]);
    expect(rows.flat().filter((p) => p !== HOST).sort()).toEqual(["A", "B", "C", "D", "E", "F", "G"]);
  });
});

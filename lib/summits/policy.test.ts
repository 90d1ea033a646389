import { describe, expect, it } from "vitest";
import { mayChooseSummit, mayManageSummits, summitBinding } from "./policy";

describe("summit policy", () => {
  it("binds liaisons and coordinators by assignment; staff choose", () => {
    expect(Object.fromEntries((["ADMIN", "PLANNER", "VIEWER", "LIAISON", "AGENCY"] as const).map((role) => [role, summitBinding({ role })]))).toEqual({
      ADMIN: "choice",
      PLANNER: "choice",
      VIEWER: "choice",
      LIAISON: "delegations",
      AGENCY: "agency",
    });
    expect((["ADMIN", "PLANNER", "VIEWER", "LIAISON", "AGENCY"] as const).filter((role) => mayChooseSummit({ role }))).toEqual(["ADMIN", "PLANNER", "VIEWER"]);
  });

  it("lets administrators alone set up summits", () => {
    expect((["ADMIN", "PLANNER", "VIEWER", "LIAISON", "AGENCY"] as const).filter((role) => mayManageSummits({ role }))).toEqual(["ADMIN"]);
  });
});

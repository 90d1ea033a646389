import { describe, expect, it } from "vitest";
import type { Change } from "../change-rules";
import { personChanges } from "./cascades";

const at = new Date("2025-06-24T18:00:00Z");
const change = (id: string, memberIds: string[]): Change => ({
  id, itemId: `item-${id}`, type: "moved", title: `Item ${id}`, at, actorName: "Planner",
  before: null, after: null, attendance: { memberIds, wholeDelegation: false },
});
const cause = { changeId: "delay-1", reason: "Speech runs long", kind: "delay" as const };
const member = { id: "fm", function: "FOREIGN_MINISTER", principal: false };

describe("one person's view of an applied cascade", () => {
  it("folds their part into one entry and still counts the delegation's other part as waiting", () => {
    // One delay moved an item the foreign minister attends and one they do not.
    const changes = [change("a", ["fm"]), change("b", ["dm"])];
    const view = personChanges(changes, new Map([["a", cause], ["b", cause]]), member);
    expect(view.changes).toHaveLength(1);
    expect(view.changes[0].cascade!.parts.map((p) => p.id)).toEqual(["a"]);
    // What the page shows as "other changes of the delegation": the item they do not attend.
    expect(view.delegationCount - view.changes.length).toBe(1);
  });

  it("counts nothing else when the cascade is all theirs", () => {
    const view = personChanges([change("a", ["fm"]), change("c", ["fm"])], new Map([["a", cause], ["c", cause]]), member);
    expect(view.changes).toHaveLength(1);
    expect(view.delegationCount - view.changes.length).toBe(0);
  });
});

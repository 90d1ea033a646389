// Deterministic ids for every demo row. Rows reference each other by these ids, so the whole
// data set can be written with createMany (no read-back of generated ids) and is identical on
// every run, which keeps links, screenshots and tests stable after a demo reset.

export const DEMO_SUMMIT_ID = "demo-summit-nato-2025";

const slug = (value: string): string => value.toLowerCase();

export const venueId = (venue: string): string => `demo-venue-${venue}`;
export const spaceId = (venue: string, space: string): string => `demo-space-${venue}-${space}`;
export const delegationId = (code: string): string => `demo-deleg-${slug(code)}`;
export const memberId = (code: string, member: string): string => `demo-member-${slug(code)}-${member}`;
export const itemId = (key: string): string => `demo-item-${key}`;
export const participationId = (itemKey: string, index: number): string => `demo-part-${itemKey}-${index}`;
export const bilateralId = (key: string): string => `demo-bilat-${key}`;
export const movementId = (code: string, key: string): string => `demo-move-${slug(code)}-${key}`;
export const agencyId = (shortName: string): string => `demo-agency-${slug(shortName).replace(/\s+/g, "-")}`;
export const taskId = (index: number): string => `demo-task-${String(index).padStart(3, "0")}`;
export const coverageRuleId = (key: string): string => `demo-coverage-${key}`;
export const userId = (key: string): string => `demo-user-${key}`;

// The audit trail's public surface beyond recording (record.ts): the change notices every write
// sends, and the audience rows they carry, for lib/push to listen to.
export { CHANGE_CHANNEL, type AudienceRow, type ChangeNotice, type ItemAudienceRow, type ScopeAudienceRow, type ScopeHints } from "./types";
export { localNotices, noticesInProcess, scopeHints } from "./internal/notice";
export { audienceEntity, audienceQuery, itemBeforeCounts } from "./internal/audience";

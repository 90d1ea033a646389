// The audit trail's public surface beyond recording (record.ts): the change notices every write
// sends, for lib/push to listen to.
export { CHANGE_CHANNEL, type ChangeNotice, type ScopeHints } from "./types";
export { localNotices, noticesInProcess, scopeHints } from "./internal/notice";

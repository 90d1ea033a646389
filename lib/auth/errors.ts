/** Error code passed to the sign-in page when the account is locked out (safe for the client bundle). */
export const LOCKED_ERROR = "AccountLocked";

/** Error code passed to the sign-in page when the user's agency is deactivated (lib/auth/sign-in.ts). */
export const AGENCY_DEACTIVATED_ERROR = "AgencyDeactivated";

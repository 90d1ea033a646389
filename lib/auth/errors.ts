/** Error code passed to the sign-in page when the account is locked out (safe for the client bundle). */
export const LOCKED_ERROR = "AccountLocked";

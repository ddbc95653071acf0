// Shared by the server (lib/auth/options.ts) and the sign-in form: the error a locked
// account's sign-in returns, followed by ":" and the ISO time the lock ends.
export const SIGN_IN_LOCKED = "locked";

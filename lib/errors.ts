// The few ways a domain use case refuses. Pages and actions translate them: not signed in
// goes to sign-in, forbidden shows 403, not found shows 404 (also for records that exist
// but belong to someone else, so ids never reveal what others hold), and field errors go
// back to the form. Field messages are i18n keys, like the zod schemas' messages.

export class UnauthenticatedError extends Error {
  constructor() {
    super("Sign-in required");
    this.name = "UnauthenticatedError";
  }
}

export class ForbiddenError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = "ForbiddenError";
  }
}

export class NotFoundError extends Error {
  constructor(entity: string) {
    super(`${entity} not found`);
    this.name = "NotFoundError";
  }
}

export type FieldErrors = Record<string, string>;

export class FieldValidationError extends Error {
  constructor(readonly fieldErrors: FieldErrors) {
    super(`Invalid input: ${Object.keys(fieldErrors).join(", ")}`);
    this.name = "FieldValidationError";
  }
}

/** Named errors with a code; the HTTP layer turns them into sanitised responses. */
export class AppError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status = 500,
    readonly details?: { field: string; reason: string }[],
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class BadRequestError extends AppError {
  constructor(message: string, details?: { field: string; reason: string }[]) {
    super('bad_request', message, 400, details);
  }
}

export class NotFoundError extends AppError {
  constructor(message: string) {
    super('not_found', message, 404);
  }
}

/** The database cannot be used as configured (no TimescaleDB, wrong version…): startup stops with this message. */
export class DatabaseSetupError extends AppError {
  constructor(message: string) {
    super('database_setup', message, 500);
  }
}

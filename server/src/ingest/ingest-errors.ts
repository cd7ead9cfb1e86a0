/** The ingestion API's answers that are not successes, each with its status and a message that says why. */
import type { RowError } from '@ioc/shared';
import { AppError } from '../errors.js';

/** A row's field as a path into the batch (rows are 0-based; in a file, line = row + 2); errors about the whole file have row −1. */
const details = (errors: readonly RowError[]) =>
  errors.map((e) => ({ field: e.row < 0 ? e.field : `observations[${e.row}].${e.field}`, reason: e.reason }));

/** 400: the batch has invalid rows; nothing was written. */
export class InvalidBatchError extends AppError {
  constructor(readonly rowErrors: readonly RowError[]) {
    super('invalid_batch', `The batch was rejected whole, nothing was written: ${rowErrors.length} error(s) in its rows`, 400, details(rowErrors));
  }
}

/** 403: the key may not write these indicators or units. */
export class ForbiddenScopeError extends AppError {
  constructor(readonly rowErrors: readonly RowError[]) {
    super('forbidden', `This API key may not write: ${[...new Set(rowErrors.map((e) => e.reason))].join('; ')}`, 403, details(rowErrors));
  }
}

/** 413: too large. */
export class TooLargeError extends AppError {
  constructor(message: string) {
    super('too_large', message, 413);
  }
}

/** 422: an Idempotency-Key reused with other content. */
export class IdempotencyConflictError extends AppError {
  constructor(key: string) {
    super('idempotency_key_reused', `Idempotency-Key ${key} was already used for a batch with different content; use a new key for new content`, 422);
  }
}

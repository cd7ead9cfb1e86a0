/** Turns a zod failure into a BadRequestError that names each field and the reason. */
import type { z } from 'zod';
import { BadRequestError } from '../errors.js';

export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown, what: string): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const details = result.error.issues.map((i) => ({ field: i.path.join('.') || what, reason: i.message }));
  throw new BadRequestError(`Invalid ${what}: ${details.map((d) => `${d.field}: ${d.reason}`).join('; ')}`, details);
}

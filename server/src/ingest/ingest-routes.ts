/**
 * POST /api/v1/observations (JSON batch) and POST /api/v1/imports (CSV/XLSX
 * file): authenticated by an agency's API key, limited in size, rows and rate,
 * and both handed to the same IngestService.
 */
import express, { Router, type Request } from 'express';
import { rateLimit } from 'express-rate-limit';
import { observationBatchSchema } from '@ioc/shared';
import { parseOrThrow } from '../http/validate.js';
import { BadRequestError } from '../errors.js';
import type { ApiKeyRepository, ApiKeyScope } from './api-keys.js';
import { CSV_TYPES, XLSX_TYPE, parseCsvObservations, parseXlsxObservations } from './ingest-files.js';
import type { IngestChannel, IngestOutcome, IngestService } from './ingest-service.js';

export interface IngestLimits {
  /** Largest JSON body, bytes. */
  jsonBytes: number;
  /** Largest CSV/XLSX file, bytes. */
  fileBytes: number;
  /** Requests per key per minute. */
  requestsPerMinute: number;
}

export const DEFAULT_INGEST_LIMITS: IngestLimits = { jsonBytes: 2 * 1024 * 1024, fileBytes: 5 * 1024 * 1024, requestsPerMinute: 120 };

type KeyedRequest = Request & { apiKey?: ApiKeyScope };

const IDEMPOTENCY_KEY = /^[A-Za-z0-9_.:-]{1,200}$/;

function idempotencyKeyOf(req: Request): string | undefined {
  const key = req.header('Idempotency-Key');
  if (key === undefined) return undefined;
  if (!IDEMPOTENCY_KEY.test(key)) {
    throw new BadRequestError('Invalid Idempotency-Key header: 1–200 letters, digits, _ . : -', [{ field: 'Idempotency-Key', reason: 'must be 1–200 letters, digits, _ . : -' }]);
  }
  return key;
}

export function ingestRoutes(keys: ApiKeyRepository, service: IngestService, limits: IngestLimits = DEFAULT_INGEST_LIMITS): Router {
  const router = Router();

  const authenticate: express.RequestHandler = async (req: KeyedRequest, _res, next) => {
    const header = req.header('Authorization');
    req.apiKey = await keys.authenticate(header?.startsWith('Bearer ') ? header.slice(7) : req.header('X-API-Key'));
    next();
  };
  const perKeyRate = rateLimit({
    windowMs: 60_000,
    limit: limits.requestsPerMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    keyGenerator: (req: KeyedRequest) => req.apiKey!.id,
    handler: (_req, res) => {
      res.status(429).json({ error: { code: 'rate_limited', message: `At most ${limits.requestsPerMinute} requests per minute per API key; retry after the time in the RateLimit header` } });
    },
  });

  const answer = (res: express.Response, outcome: IngestOutcome) => {
    if (outcome.replayed) res.setHeader('Idempotent-Replayed', 'true');
    res.status(outcome.replayed ? 200 : 201).json(outcome.result);
  };

  router.post('/v1/observations', authenticate, perKeyRate, express.json({ limit: limits.jsonBytes }), async (req: KeyedRequest, res) => {
    const idempotencyKey = idempotencyKeyOf(req);
    if (!req.is('application/json')) throw new BadRequestError('Send the batch as application/json: { "observations": [...] }');
    const body = parseOrThrow(observationBatchSchema, req.body, 'batch');
    answer(res, await service.ingest(req.apiKey!, body.observations, 'json', idempotencyKey));
  });

  router.post(
    '/v1/imports',
    authenticate,
    perKeyRate,
    express.raw({ type: [...CSV_TYPES, XLSX_TYPE], limit: limits.fileBytes }),
    async (req: KeyedRequest, res) => {
      const idempotencyKey = idempotencyKeyOf(req);
      let channel: IngestChannel;
      let rows: Record<string, unknown>[];
      if (req.is(XLSX_TYPE)) {
        channel = 'xlsx';
        rows = await parseXlsxObservations(req.body as Buffer);
      } else if (req.is(CSV_TYPES)) {
        channel = 'csv';
        rows = parseCsvObservations((req.body as Buffer).toString('utf8'));
      } else {
        throw new BadRequestError(`Send the file as text/csv or ${XLSX_TYPE}`);
      }
      if (rows.length === 0) throw new BadRequestError('The file has no observation rows below its header');
      answer(res, await service.ingest(req.apiKey!, rows, channel, idempotencyKey));
    },
  );

  return router;
}

/**
 * `npm run screens:reload [-- --screen ID]`: asks every wall screen (or one) to
 * reload, through the server on this machine (the endpoint accepts loopback
 * only). IOC_URL overrides the address (default http://127.0.0.1:$PORT, 8080).
 */
import { parseArgs } from 'node:util';
import type { ApiError, ScreenReloadResponse } from '@ioc/shared';

const { values } = parseArgs({ options: { screen: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
if (values.help) {
  console.log('usage: npm run screens:reload [-- --screen ID]');
  process.exit(0);
}
const base = process.env.IOC_URL ?? `http://127.0.0.1:${process.env.PORT ?? '8080'}`;

try {
  const res = await fetch(`${base}/api/admin/screens/reload`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(values.screen ? { screen: values.screen } : {}),
  });
  const body = (await res.json()) as ScreenReloadResponse | ApiError;
  if (!res.ok || 'error' in body) {
    console.error(`refused (${res.status}): ${'error' in body ? body.error.message : 'unknown error'}`);
    process.exit(1);
  }
  const who = body.screen ? `screen ${body.screen}` : 'all screens';
  console.log(`reload requested for ${who}: ${body.delivered} connected screen(s) told at ${body.requestedAt}`);
  // Nobody listening is worth a non-zero exit: the operator probably mistyped the id.
  process.exit(body.delivered > 0 ? 0 : 2);
} catch (err) {
  console.error(`cannot reach the IOC server at ${base}: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}

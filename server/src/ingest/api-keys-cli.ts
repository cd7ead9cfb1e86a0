/**
 * `npm run apikeys -- <command>`: machine credentials of agencies.
 *   create --agency CODE --label TEXT [--indicators A,B] [--units X,Y]   prints the key once
 *   list                                                                 ids, agencies, scopes, state
 *   revoke ID
 * In the embedded mode stop the server first: its database serves one process at a time.
 */
import { parseArgs } from 'node:util';
import { withCliDatabase } from '../db/cli-database.js';
import { ApiKeyRepository } from './api-keys.js';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { agency: { type: 'string' }, label: { type: 'string' }, indicators: { type: 'string' }, units: { type: 'string' } },
});
const [command, arg] = positionals;
const list = (s: string | undefined) => (s ? s.split(',').map((x) => x.trim()).filter(Boolean) : null);

await withCliDatabase(async (pool) => {
  const keys = new ApiKeyRepository(pool);
  if (command === 'create' && values.agency) {
    const { key, record } = await keys.create({ agencyCode: values.agency, label: values.label ?? values.agency, indicators: list(values.indicators), units: list(values.units) });
    console.log(`Created key ${record.id} for ${record.agencyCode}. Give it to the agency now; it cannot be shown again:\n${key}`);
  } else if (command === 'list') {
    for (const k of await keys.list()) {
      console.log([k.id, k.agencyCode, k.label, k.indicators?.join(',') ?? '(agency indicators)', k.units?.join(',') ?? '(all units)', k.revokedAt ? `revoked ${k.revokedAt.toISOString()}` : 'active'].join('\t'));
    }
  } else if (command === 'revoke' && arg) {
    console.log((await keys.revoke(arg)) ? `Revoked ${arg}` : `No active key ${arg}`);
  } else {
    console.error('usage: npm run apikeys -- create --agency CODE --label TEXT [--indicators A,B] [--units X,Y] | list | revoke ID');
    process.exitCode = 2;
  }
});

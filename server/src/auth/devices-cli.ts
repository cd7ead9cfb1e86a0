/**
 * `npm run devices -- <command>`: wall screens' device tokens from the server machine.
 *   create NAME [--url http://ioc.example:8080]   prints the pairing URL once (open it on the wall)
 *   list
 *   revoke ID
 * In the embedded mode stop the server first: its database serves one process at a time.
 */
import { parseArgs } from 'node:util';
import { AuditLog, SYSTEM_ACTOR } from '../audit/audit-log.js';
import { withCliDatabase } from '../db/cli-database.js';
import { DeviceTokens } from './device-tokens.js';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { url: { type: 'string' } } });
const [command, arg] = positionals;

await withCliDatabase(async (pool) => {
  const clock = () => new Date();
  const devices = new DeviceTokens(pool, clock);
  const audit = new AuditLog(pool, clock);
  if (command === 'create' && arg) {
    const { token, device } = await devices.create(arg, null);
    await audit.record({ action: 'device.create', outcome: 'success', actor: SYSTEM_ACTOR, target: device.id, details: { name: device.name, via: 'cli' } });
    const base = values.url ?? `http://127.0.0.1:${process.env['PORT'] ?? 8080}`;
    console.log(`Device ${device.id} "${device.name}". Open this once on the wall's browser; it cannot be shown again:\n${base}/api/auth/device?token=${encodeURIComponent(token)}`);
  } else if (command === 'list') {
    for (const d of await devices.list()) console.log([d.id, d.name, d.lastSeenAt ?? 'never seen', d.revokedAt ? `revoked ${d.revokedAt}` : 'active'].join('\t'));
  } else if (command === 'revoke' && arg) {
    const device = await devices.revoke(arg, null);
    await audit.record({ action: 'device.revoke', outcome: 'success', actor: SYSTEM_ACTOR, target: device.id, details: { via: 'cli' } });
    console.log(`Revoked ${device.id} "${device.name}"`);
  } else {
    console.error('usage: npm run devices -- create NAME [--url BASE_URL] | list | revoke ID');
    process.exitCode = 2;
  }
});

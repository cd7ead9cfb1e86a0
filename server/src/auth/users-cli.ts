/**
 * `npm run users -- <command>`: people's accounts from the server machine.
 *   add USERNAME --role ROLE [--unit agency:CODE|commune:CODE] [--name "Display name"]   password from IOC_NEW_PASSWORD
 *   list
 *   unlock USERNAME
 * In the embedded mode stop the server first: its database serves one process at a time.
 */
import { parseArgs } from 'node:util';
import { ROLES, type ReportingUnitRef, type Role } from '@ioc/shared';
import { AuditLog, SYSTEM_ACTOR } from '../audit/audit-log.js';
import { AccountRepository } from './accounts.js';
import { withCliDatabase } from '../db/cli-database.js';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { role: { type: 'string' }, unit: { type: 'string' }, name: { type: 'string' } } });
const [command, username] = positionals;
const usage = 'usage: IOC_NEW_PASSWORD=… npm run users -- add USERNAME --role ROLE [--unit agency:CODE|commune:CODE] [--name TEXT] | list | unlock USERNAME';

function parseUnit(text: string | undefined): ReportingUnitRef | null {
  if (!text) return null;
  const [kind, code] = text.split(':');
  if ((kind !== 'agency' && kind !== 'commune') || !code) throw new Error(`--unit: agency:CODE or commune:CODE, got ${text}`);
  return { kind, code };
}

await withCliDatabase(async (pool) => {
  const clock = () => new Date();
  const accounts = new AccountRepository(pool, clock, 15);
  const audit = new AuditLog(pool, clock);
  if (command === 'add' && username && values.role && ROLES.includes(values.role as Role)) {
    const password = process.env['IOC_NEW_PASSWORD'];
    if (!password) throw new Error('IOC_NEW_PASSWORD: set the new account’s password in this variable (at least 12 characters)');
    const account = await accounts.create({ username, displayName: values.name ?? username, password, role: values.role as Role, unit: parseUnit(values.unit) });
    await audit.record({ action: 'account.create', outcome: 'success', actor: SYSTEM_ACTOR, target: account.username, details: { role: account.role, unit: account.unit, via: 'cli' } });
    console.log(`Created ${account.username} (${account.role}${account.unit ? ` of ${account.unit.kind} ${account.unit.code}` : ''})`);
  } else if (command === 'list') {
    for (const a of await accounts.list()) {
      console.log([a.username, a.role, a.unit ? `${a.unit.kind}:${a.unit.code}` : '-', a.isDemo ? 'demo' : '', a.disabledAt ? 'disabled' : a.lockedUntil && a.lockedUntil > new Date() ? `locked until ${a.lockedUntil.toISOString()}` : 'active'].join('\t'));
    }
  } else if (command === 'unlock' && username) {
    const a = await accounts.findByUsername(username);
    if (!a) throw new Error(`no account ${username}`);
    await accounts.unlock(a.id);
    await audit.record({ action: 'account.unlock', outcome: 'success', actor: SYSTEM_ACTOR, target: username, details: { via: 'cli' } });
    console.log(`Unlocked ${username}`);
  } else {
    console.error(usage);
    process.exitCode = 2;
  }
});

/**
 * Who is asking: a person (session cookie) or a wall screen (device cookie).
 * One resolver serves HTTP routes and socket handshakes, so both check the same
 * credentials the same way.
 */
import { parse as parseCookies } from 'cookie';
import type { Role } from '@ioc/shared';
import type { AuditActor } from '../audit/audit-log.js';
import type { Account, AccountRepository } from './accounts.js';
import type { DeviceRecord, DeviceTokens } from './device-tokens.js';
import type { SessionStore } from './sessions.js';

export const SESSION_COOKIE = 'ioc_session';
export const DEVICE_COOKIE = 'ioc_device';

export type Principal = { kind: 'user'; account: Account; sessionHash: string } | { kind: 'device'; device: DeviceRecord };

export type Resolution = { principal: Principal } | { principal: null; reason: 'none' | 'session_expired'; expiredUserId?: number };

export const roleOf = (p: Principal): Role | 'device' => (p.kind === 'user' ? p.account.role : 'device');

export function auditActorOf(p: Principal | null): AuditActor {
  if (!p) return { kind: 'anonymous', id: null, name: null };
  return p.kind === 'user' ? { kind: 'user', id: String(p.account.id), name: p.account.username } : { kind: 'device', id: p.device.id, name: p.device.name };
}

/** The Socket.IO room of a principal, to disconnect it when its credential is revoked. */
export const principalRoom = (p: Principal): string => (p.kind === 'user' ? `user:${p.account.id}` : `device:${p.device.id}`);

export class Authenticator {
  constructor(
    private readonly sessions: SessionStore,
    private readonly devices: DeviceTokens,
    private readonly accounts: AccountRepository,
  ) {}

  /** Resolves the credentials in a Cookie header. A person's session wins over a device cookie in the same browser. */
  async resolve(cookieHeader: string | undefined): Promise<Resolution> {
    const cookies = cookieHeader ? parseCookies(cookieHeader) : {};
    let expiredUserId: number | undefined;
    const sessionId = cookies[SESSION_COOKIE];
    if (sessionId) {
      const session = await this.sessions.lookup(sessionId);
      if (session.state === 'active') {
        const account = await this.accounts.get(session.userId);
        if (!account.disabledAt) return { principal: { kind: 'user', account, sessionHash: session.idHash } };
      } else if (session.state === 'expired') expiredUserId = session.userId;
    }
    const deviceToken = cookies[DEVICE_COOKIE];
    if (deviceToken) {
      const device = await this.devices.verify(deviceToken);
      if (device) return { principal: { kind: 'device', device } };
    }
    return expiredUserId !== undefined ? { principal: null, reason: 'session_expired', expiredUserId } : { principal: null, reason: 'none' };
  }
}

/**
 * The signed-in person (GET /api/auth/me), for the report screens: their role
 * and unit decide what they may fill, decide or only read. Asked again each time
 * a report screen mounts (cheap), so a sign-out and another sign-in without a
 * page reload never shows the previous person's rights.
 */
import type { PrincipalInfo } from '@ioc/shared';
import { useQuery, type QueryState } from '../lib/use-query.js';
import { reportsApi } from './reports-api.js';

export function usePrincipal(): QueryState<PrincipalInfo> {
  return useQuery('principal', (signal) => reportsApi.me(signal));
}

import { describe, expect, it } from 'vitest';
import { resolveRoute } from './routes.js';

describe('resolveRoute', () => {
  it('sends the root to the wall', () => {
    expect(resolveRoute('/')).toEqual({ redirect: '/wall' });
    expect(resolveRoute('')).toEqual({ redirect: '/wall' });
  });
  it('finds the wall with or without a trailing slash', () => {
    expect(resolveRoute('/wall')).toEqual({ screen: 'wall' });
    expect(resolveRoute('/wall/')).toEqual({ screen: 'wall' });
  });
  it('finds the operator and meeting screens, and a commune page by its 5-digit code', () => {
    expect(resolveRoute('/ops')).toEqual({ screen: 'ops' });
    expect(resolveRoute('/meeting/')).toEqual({ screen: 'meeting' });
    expect(resolveRoute('/ops/commune/03670')).toEqual({ screen: 'ops-commune', code: '03670' });
    expect(resolveRoute('/ops/commune/3670')).toEqual({ screen: 'not-found' });
  });
  it('says when there is no such screen', () => {
    expect(resolveRoute('/nope')).toEqual({ screen: 'not-found' });
  });
});

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
  it('says when there is no such screen', () => {
    expect(resolveRoute('/nope')).toEqual({ screen: 'not-found' });
  });
});

import { describe, expect, it } from 'vitest';
import { SCREEN_ID_KEY, resolveScreenId, type KeyValueStorage } from './screen-id.js';

function memory(initial: Record<string, string> = {}): KeyValueStorage & { data: Record<string, string> } {
  const data = { ...initial };
  return { data, getItem: (k) => data[k] ?? null, setItem: (k, v) => void (data[k] = v) };
}

describe('resolveScreenId', () => {
  it('takes ?screen= first and remembers it', () => {
    const storage = memory({ [SCREEN_ID_KEY]: 'old' });
    expect(resolveScreenId('?screen=phong-hop-1', storage)).toBe('phong-hop-1');
    expect(storage.data[SCREEN_ID_KEY]).toBe('phong-hop-1');
  });

  it('keeps a stored id, and generates and stores one otherwise', () => {
    expect(resolveScreenId('', memory({ [SCREEN_ID_KEY]: 'wall-abc' }))).toBe('wall-abc');
    const storage = memory();
    const id = resolveScreenId('?screen=bad id!', storage, () => 0.5);
    expect(id).toMatch(/^wall-[0-9a-z]{6}$/);
    expect(storage.data[SCREEN_ID_KEY]).toBe(id);
  });

  it('works without storage', () => {
    const broken: KeyValueStorage = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    };
    expect(resolveScreenId('', broken, () => 0)).toBe('wall-000000');
  });
});

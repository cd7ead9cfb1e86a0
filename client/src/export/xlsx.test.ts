import { describe, expect, it } from 'vitest';
import { sheetName } from './xlsx.js';

describe('sheetName', () => {
  it('drops forbidden characters, keeps 31 characters and makes names unique', () => {
    const taken = new Set<string>();
    expect(sheetName('Xếp hạng [DVC/TTHC]?', taken)).toBe('Xếp hạng  DVC TTHC');
    expect(sheetName('Xếp hạng  DVC TTHC', taken)).toBe('Xếp hạng  DVC TTHC 2');
    expect(sheetName('x'.repeat(40), taken)).toHaveLength(31);
    expect(sheetName('', taken)).toBe('Sheet');
  });
});

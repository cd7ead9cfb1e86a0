import { describe, expect, it } from 'vitest';
import { HamletImportError, parseHamletCsv } from './hamlet-import.js';

const communes = new Set(['03646', '03670']);

describe('parseHamletCsv', () => {
  it('reads a valid registry, defaulting the type to bản', () => {
    const rows = parseHamletCsv('commune_code,hamlet_code,hamlet_name,hamlet_type\n03646,03646-01,Tổ 1,\n03670,03670-01,Bản Hài,bản\n', communes);
    expect(rows).toEqual([
      { communeCode: '03646', code: '03646-01', name: 'Tổ 1', type: 'bản' },
      { communeCode: '03670', code: '03670-01', name: 'Bản Hài', type: 'bản' },
    ]);
  });

  it('names the line, field and reason of every error and returns nothing', () => {
    const csv = ['commune_code,hamlet_code,hamlet_name', '99999,a1,Bản A', '03646,a1,', '03646,a1,Bản C', '3646,b 2,Bản D'].join('\n');
    try {
      parseHamletCsv(csv, communes);
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(HamletImportError);
      expect((err as HamletImportError).errors).toEqual([
        { line: 2, field: 'commune_code', reason: '99999 is not one of the 75 communes' },
        { line: 3, field: 'hamlet_name', reason: 'must not be empty' },
        { line: 4, field: 'hamlet_code', reason: 'a1 already on line 2' },
        { line: 5, field: 'commune_code', reason: 'must be a 5-digit commune code' },
        { line: 5, field: 'hamlet_code', reason: 'must be 1–32 letters, digits, dots, dashes or underscores' },
      ]);
    }
  });

  it('refuses an empty file', () => {
    expect(() => parseHamletCsv('commune_code,hamlet_code,hamlet_name\n', communes)).toThrow(/no hamlet rows/);
  });
});

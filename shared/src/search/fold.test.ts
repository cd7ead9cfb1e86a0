import { describe, expect, it } from 'vitest';
import { foldVietnamese, matchByName } from './fold.js';

describe('foldVietnamese', () => {
  it('strips tones and vowel marks', () => {
    expect(foldVietnamese('Chiềng Cơi')).toBe('chieng coi');
    expect(foldVietnamese('Mường La')).toBe('muong la');
    expect(foldVietnamese('Quỳnh Nhai')).toBe('quynh nhai');
    expect(foldVietnamese('Huổi Một')).toBe('huoi mot');
  });
  it('maps đ and Đ to d', () => {
    expect(foldVietnamese('Đoàn Kết')).toBe('doan ket');
    expect(foldVietnamese('Phiêng Đồn')).toBe('phieng don');
  });
  it('handles precomposed and decomposed input alike, and collapses spaces', () => {
    expect(foldVietnamese('Chie\u0302\u0300ng   Co\u031bi ')).toBe('chieng coi');
  });
});

describe('matchByName', () => {
  const names = ['Chiềng Cơi', 'Chiềng Cọ', 'Chiềng An', 'Tô Hiệu', 'Mộc Sơn', 'Vân Sơn', 'Sơn La'] as const;
  const search = (q: string) => matchByName(q, names, (n) => n).map((m) => m.item);

  it('finds Chiềng Cơi without diacritics', () => {
    expect(search('chieng coi')[0]).toBe('Chiềng Cơi');
    expect(search('CHIENG COI')).toEqual(['Chiềng Cơi']);
  });
  it('ranks a whole-name match, then prefixes, then word starts, then inside', () => {
    expect(search('son')).toEqual(['Sơn La', 'Mộc Sơn', 'Vân Sơn']);
    expect(search('chieng')).toEqual(['Chiềng An', 'Chiềng Cọ', 'Chiềng Cơi']);
  });
  it('respects diacritics the user typed', () => {
    expect(search('chiềng cơi')).toEqual(['Chiềng Cơi']);
    expect(search('cọ')).toEqual(['Chiềng Cọ']);
  });
  it('matches đ typed as d, and an empty query matches nothing', () => {
    expect(matchByName('dien bien', ['Điện Biên'], (n) => n)).toHaveLength(1);
    expect(search('   ')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import type { ReportField } from '@ioc/shared';
import { errorsByInput, figuresFromForm, formFromFigures, formatViInput, parseViNumber, percentOf } from './figures.js';

const fields: ReportField[] = [
  { code: 'DVC_ONLINE', nameVi: 'Hồ sơ nộp trực tuyến', measure: 'ratio', unitLabel: 'hồ sơ' },
  { code: 'TEAMS', nameVi: 'Số tổ công nghệ số cộng đồng', measure: 'count', unitLabel: 'tổ' },
  { code: 'BUDGET', nameVi: 'Kinh phí giải ngân', measure: 'amount', unitLabel: 'triệu đồng' },
];

describe('parseViNumber', () => {
  it.each([
    ['68,07', 68.07],
    ['228.769', 228769],
    ['1.234.567,5', 1234567.5],
    ['1 234', 1234],
    ['1\u00a0234,5', 1234.5],
    ['  42 ', 42],
    ['0,5', 0.5],
    ['68.5', 68.5],
    ['0.25', 0.25],
    ['-3,5', -3.5],
    ['−12', -12],
    ['197548', 197548],
  ])('reads %j as %d', (text, value) => {
    expect(parseViNumber(text)).toEqual({ ok: true, value });
  });

  it.each(['abc', '1,2,3', '1.23.4', '12,', ',5', '1.2345.678', '--1', '1e5', '12.345,6.7'])('refuses %j', (text) => {
    expect(parseViNumber(text)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('says when nothing was typed', () => {
    expect(parseViNumber('   ')).toEqual({ ok: false, reason: 'empty' });
  });

  it('reads back what the form shows', () => {
    for (const v of [0, 7, 1234, 228769, 68.07, 0.125, 138692307020]) expect(parseViNumber(formatViInput(v))).toEqual({ ok: true, value: v });
  });
});

describe('figuresFromForm', () => {
  const filled = {
    DVC_ONLINE: { numerator: '2.163', denominator: '3.177', value: '' },
    TEAMS: { numerator: '', denominator: '', value: '2.233' },
    BUDGET: { numerator: '', denominator: '', value: '197.548,5' },
  };

  it('turns a complete form into the API figures', () => {
    expect(figuresFromForm(fields, filled, 'submit')).toEqual({
      figures: { DVC_ONLINE: { numerator: 2163, denominator: 3177 }, TEAMS: { value: 2233 }, BUDGET: { value: 197548.5 } },
      errors: [],
    });
  });

  it('leaves empty fields out of a draft but requires them on submission', () => {
    const form = { ...filled, TEAMS: { numerator: '', denominator: '', value: '' } };
    expect(figuresFromForm(fields, form, 'draft')).toEqual({
      figures: { DVC_ONLINE: { numerator: 2163, denominator: 3177 }, BUDGET: { value: 197548.5 } },
      errors: [],
    });
    expect(figuresFromForm(fields, form, 'submit').errors).toEqual([{ field: 'TEAMS', part: 'value', reason: 'required' }]);
    expect(figuresFromForm(fields, {}, 'submit').errors.map((e) => `${e.field}.${e.part}`)).toEqual(['DVC_ONLINE.numerator', 'DVC_ONLINE.denominator', 'TEAMS.value', 'BUDGET.value']);
  });

  it('names what is wrong with each input', () => {
    const form = {
      DVC_ONLINE: { numerator: '12', denominator: '', value: '' },
      TEAMS: { numerator: '', denominator: '', value: '2,5' },
      BUDGET: { numerator: '', denominator: '', value: 'nhiều' },
    };
    expect(figuresFromForm(fields, form, 'draft').errors).toEqual([
      { field: 'DVC_ONLINE', part: 'denominator', reason: 'incomplete' },
      { field: 'TEAMS', part: 'value', reason: 'not-integer' },
      { field: 'BUDGET', part: 'value', reason: 'invalid' },
    ]);
  });

  it('checks a ratio as the server does: a positive denominator, a numerator not above it, nothing negative', () => {
    const ratio = (numerator: string, denominator: string) => figuresFromForm([fields[0]!], { DVC_ONLINE: { numerator, denominator, value: '' } }, 'submit').errors;
    expect(ratio('5', '0')).toEqual([{ field: 'DVC_ONLINE', part: 'denominator', reason: 'zero-denominator' }]);
    expect(ratio('6', '5')).toEqual([{ field: 'DVC_ONLINE', part: 'numerator', reason: 'numerator-exceeds' }]);
    expect(ratio('-1', '5')).toEqual([{ field: 'DVC_ONLINE', part: 'numerator', reason: 'negative' }]);
    expect(ratio('5', '5')).toEqual([]);
  });

  it('keeps the first error of each input', () => {
    const map = errorsByInput([
      { field: 'A', part: 'value', reason: 'invalid' },
      { field: 'A', part: 'value', reason: 'required' },
    ]);
    expect([...map]).toEqual([['A.value', 'invalid']]);
  });
});

describe('formFromFigures and percentOf', () => {
  it('shows saved figures the Vietnamese way and empty inputs for the rest', () => {
    expect(formFromFigures(fields, { DVC_ONLINE: { numerator: 217339, denominator: 228769 }, BUDGET: { value: 30.77 } })).toEqual({
      DVC_ONLINE: { numerator: '217.339', denominator: '228.769', value: '' },
      TEAMS: { numerator: '', denominator: '', value: '' },
      BUDGET: { numerator: '', denominator: '', value: '30,77' },
    });
  });

  it('computes the percent of a ratio being typed', () => {
    expect(percentOf({ numerator: '6.807', denominator: '10.000', value: '' })).toBeCloseTo(68.07, 10);
    expect(percentOf({ numerator: '1', denominator: '0', value: '' })).toBeNull();
    expect(percentOf({ numerator: '1', denominator: '', value: '' })).toBeNull();
    expect(percentOf(undefined)).toBeNull();
  });
});

/**
 * The report form's figures as typed (Vietnamese style: "1.234,5") and as the
 * API wants them ({numerator, denominator} for a ratio, {value} otherwise).
 * Pure, so the rules for what a person may type are tested in one place.
 */
import { ratioPercent, type FieldMeasure, type FigureValue, type Figures, type ReportField } from '@ioc/shared';

export type ParsedNumber = { ok: true; value: number } | { ok: false; reason: 'empty' | 'invalid' };

/** Thousands grouped with dots (and an optional decimal comma): "228.769", "1.234,5". */
const GROUPED = /^\d{1,3}(\.\d{3})+(,\d+)?$/;
const DECIMAL_COMMA = /^\d+(,\d+)?$/;
/** A decimal point typed on an English keyboard: "68.5", "0.25" (not three digits after it, which is a thousands group). */
const DECIMAL_POINT = /^\d+\.(\d{1,2}|\d{4,})$/;

/**
 * Reads a number typed the Vietnamese way: a comma for decimals, dots or spaces
 * between thousands ("1.234,56", "1 234", "68,07"). "1.234" is one thousand two
 * hundred and thirty-four, as a Vietnamese reader means it; a single dot
 * followed by other than three digits ("68.5") is taken as a decimal point.
 */
export function parseViNumber(text: string): ParsedNumber {
  let s = text.trim().replace(/[\s\u00a0\u202f]/g, '');
  if (s === '') return { ok: false, reason: 'empty' };
  let sign = 1;
  if (s.startsWith('-') || s.startsWith('−')) {
    sign = -1;
    s = s.slice(1);
  }
  let normal: string;
  if (GROUPED.test(s)) normal = s.replace(/\./g, '').replace(',', '.');
  else if (DECIMAL_COMMA.test(s)) normal = s.replace(',', '.');
  else if (DECIMAL_POINT.test(s)) normal = s;
  else return { ok: false, reason: 'invalid' };
  const value = Number(normal);
  return Number.isFinite(value) ? { ok: true, value: sign * value } : { ok: false, reason: 'invalid' };
}

const inputFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 6, useGrouping: true });

/** A number as the form shows it for editing: "228.769", "68,07" (reads back with parseViNumber). */
export function formatViInput(value: number): string {
  return inputFormat.format(value);
}

/** What the person typed for one field. */
export interface FieldText {
  numerator: string;
  denominator: string;
  value: string;
}

export type FormText = Record<string, FieldText>;

export type FieldPart = keyof FieldText;

const EMPTY: FieldText = { numerator: '', denominator: '', value: '' };

export function emptyFieldText(): FieldText {
  return { ...EMPTY };
}

/** The form's text for figures already saved (a draft, or the submitted ones). */
export function formFromFigures(fields: readonly ReportField[], figures: Figures): FormText {
  const form: FormText = {};
  for (const f of fields) {
    const v = figures[f.code];
    if (!v) form[f.code] = emptyFieldText();
    else if ('numerator' in v) form[f.code] = { numerator: formatViInput(v.numerator), denominator: formatViInput(v.denominator), value: '' };
    else form[f.code] = { numerator: '', denominator: '', value: formatViInput(v.value) };
  }
  return form;
}

export type FigureErrorReason = 'required' | 'invalid' | 'negative' | 'not-integer' | 'zero-denominator' | 'numerator-exceeds' | 'incomplete';

export interface FigureError {
  field: string;
  part: FieldPart;
  reason: FigureErrorReason;
}

/** The parts a field of this measure has. */
export function partsOf(measure: FieldMeasure): FieldPart[] {
  return measure === 'ratio' ? ['numerator', 'denominator'] : ['value'];
}

/**
 * The figures to send, and what is wrong with the text. For a draft ('draft'),
 * a field left entirely empty is left out; for a submission ('submit') every
 * field is required (Điều 5.1: the report's table of indicators is complete).
 */
export function figuresFromForm(fields: readonly ReportField[], form: FormText, mode: 'draft' | 'submit'): { figures: Figures; errors: FigureError[] } {
  const figures: Figures = {};
  const errors: FigureError[] = [];
  for (const f of fields) {
    const text = form[f.code] ?? EMPTY;
    const parts = partsOf(f.measure);
    const parsed = parts.map((part) => [part, parseViNumber(text[part])] as const);
    const allEmpty = parsed.every(([, p]) => !p.ok && p.reason === 'empty');
    if (allEmpty) {
      if (mode === 'submit') for (const part of parts) errors.push({ field: f.code, part, reason: 'required' });
      continue;
    }
    let bad = false;
    const values: Partial<Record<FieldPart, number>> = {};
    for (const [part, p] of parsed) {
      if (!p.ok) {
        errors.push({ field: f.code, part, reason: p.reason === 'empty' ? 'incomplete' : 'invalid' });
        bad = true;
      } else if (p.value < 0 && f.measure !== 'amount') {
        errors.push({ field: f.code, part, reason: 'negative' });
        bad = true;
      } else if (f.measure === 'count' && !Number.isInteger(p.value)) {
        errors.push({ field: f.code, part, reason: 'not-integer' });
        bad = true;
      } else values[part] = p.value;
    }
    if (bad) continue;
    let figure: FigureValue;
    if (f.measure === 'ratio') {
      const numerator = values.numerator!;
      const denominator = values.denominator!;
      if (denominator <= 0) {
        errors.push({ field: f.code, part: 'denominator', reason: 'zero-denominator' });
        continue;
      }
      if (numerator > denominator) {
        errors.push({ field: f.code, part: 'numerator', reason: 'numerator-exceeds' });
        continue;
      }
      figure = { numerator, denominator };
    } else figure = { value: values.value! };
    figures[f.code] = figure;
  }
  return { figures, errors };
}

/** The percent a ratio's text makes, or null while it is incomplete or wrong. */
export function percentOf(text: FieldText | undefined): number | null {
  if (!text) return null;
  const n = parseViNumber(text.numerator);
  const d = parseViNumber(text.denominator);
  if (!n.ok || !d.ok || n.value < 0) return null;
  return ratioPercent(n.value, d.value);
}

/** The first error of each field part, for showing beside its input. */
export function errorsByInput(errors: readonly FigureError[]): Map<string, FigureErrorReason> {
  const map = new Map<string, FigureErrorReason>();
  for (const e of errors) {
    const key = `${e.field}.${e.part}`;
    if (!map.has(key)) map.set(key, e.reason);
  }
  return map;
}
